"""duplicate-line: a line of copy printed again later in the story (a headline or caption twice).

Lines are compared after folding case, spacing and quote styles; lines shorter than `min_words`
words are ignored, so a repeated "0:00" or "Reuters" is left to other rules. A line of verse (a
song's or a poem's chorus: a short line among short lines that do not end like sentences) may
repeat. The finding sits on the repeat and points at the first occurrence.

Example (fail): the headline `Storm closes harbour for third day` on line 1 and again on line 3.
Example (pass): two different paragraphs that share a few words.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import patterns
from ..document import Document
from ..finding import Hit
from ..records import Record

KIND = "duplicate-line"
ARGS = ("first_line", "line")

_FOLD = patterns.compile(r"[\W_]+")  # spaces, punctuation and symbols
# The same for ASCII text, without a regex: each non-alphanumeric character becomes a space
_ASCII_FOLD = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


def _key(line: str) -> str:
    """The line as compared: case folded, each run of spaces, punctuation and symbols one space."""
    folded = line.casefold()
    if folded.isascii():  # most lines; about three times faster than the regex
        return " ".join(folded.translate(_ASCII_FOLD).split())
    return _FOLD.sub(" ", folded).strip()


class Params(Record):
    min_words: int = 4


_VERSE_WORDS = 10
_ENDS = (".", "?", "!", '"', "”", ":")


def _verse(doc: Document, index: int) -> bool:
    """The line and the lines on either side are short, and most end without a full stop."""
    if doc.lines[index].words > _VERSE_WORDS:
        return False  # a paragraph of copy: no need to look at its neighbours
    around = [doc.lines[i] for i in (index - 1, index, index + 1) if 0 <= i < len(doc.lines)]
    around = [line for line in around if line.words]
    if len(around) < 3 or any(line.words > _VERSE_WORDS for line in around):
        return False
    return sum(not line.core.endswith(_ENDS) for line in around) >= 2


def check(doc: Document, params: Params) -> Iterator[Hit]:
    first_seen: dict[str, tuple[int, int, int]] = {}
    for line in doc.lines:
        if line.words < params.min_words or _verse(doc, line.index):
            continue
        key = _key(line.core)
        seen = first_seen.get(key)
        if seen is None:
            first_seen[key] = (line.index, line.core_start, line.core_end)
            continue
        first_index, first_start, first_end = seen
        yield Hit(
            line.core_start,
            line.core_end,
            {"first_line": first_index + 1, "line": line.core},
            related=((first_start, first_end, "first printed here"),),
        )


def fix_problem(params: Params) -> str | None:
    """Why `fix: delete-line` would be unsafe for these params (None: it is safe): every
    finding of this kind is a whole line."""
    return None
