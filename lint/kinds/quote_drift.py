"""quote-drift: the same quote worded differently, or given to different speakers, across
reports of one event.

Direct quotes (double quotation marks, at least `min-words` words) are matched across reports
by word similarity. A pair that is alike but not the same words — "We estimate more than 100
were killed" against "We estimate over 100 were killed" — is a misquote in one of them; a pair
given to two different named speakers is a misattribution. Punctuation and case are ignored,
and so are quotes that are word for word the same with the same or an unnamed speaker, and a
partial quote of a longer one. A misattribution needs two speakers written as names ("Mayor
Ann Lee", "Governor Tom Hale") with no word in common.

Example (fail): `"We will not be moved on this," the mayor said.` in one report,
`"We will never be moved on this," the mayor said.` in another.
Example (pass): the same words in both.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import NamedTuple

from .. import patterns
from ..document import Document
from ..extract import attribution
from ..finding import Hit

KIND = "quote-drift"
SCOPE = "set"
ARGS = ("quote", "other", "document", "difference")

_WORDS = patterns.compile(r"[\w'’]+")


class Params(NamedTuple):
    min_words: int = 6
    similarity: float = 0.75


class _Quote(NamedTuple):
    doc: int
    start: int
    end: int
    words: tuple[str, ...]
    speaker: attribution.Source | None


def _quotes(index: int, doc: Document, min_words: int) -> list[_Quote]:
    out = []
    for q in doc.quotes:
        if not q.double:
            continue
        words = tuple(
            w.lower().replace("’", "'") for w in _WORDS.findall(doc.prose[q.start : q.end])
        )
        if len(words) < min_words:
            continue
        para = doc.paragraphs[q.paragraph]
        outside = doc.unquoted[para.start : para.end]
        lead = len(outside) - len(outside.lstrip())  # the quote itself is blanked out
        speaker = attribution.source_of(outside.strip(), para.start + lead)
        out.append(_Quote(index, q.start, q.end, words, speaker))
    return out


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))


def _differ(a: _Quote, b: _Quote) -> str | None:
    if a.words != b.words:
        longer, shorter = (a.words, b.words) if len(a.words) >= len(b.words) else (b.words, a.words)
        return None if _contains(longer, shorter) else "worded differently"  # a partial quote
    sa, sb = a.speaker, b.speaker
    people = sa and sb and _person(sa.text) and _person(sb.text)
    if people and not set(sa.text.split()) & set(sb.text.split()):
        return f"given to {sa.text} and to {sb.text}"
    return None


def _person(text: str) -> bool:
    """ "Ann Lee", "Mayor Ann Lee": a name, not a description the attribution reader caught."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def check_set(docs: list[Document], params: Params) -> Iterator[tuple[int, Hit]]:
    quotes = [_quotes(i, doc, params.min_words) for i, doc in enumerate(docs)]
    for j in range(len(docs)):
        for b in quotes[j]:
            for i in range(j):
                match = None
                for a in quotes[i]:
                    ratio = difflib.SequenceMatcher(None, a.words, b.words, autojunk=False).ratio()
                    if ratio >= params.similarity and (difference := _differ(a, b)):
                        match = (a, difference)
                        break
                if match:
                    a, difference = match
                    yield (
                        j,
                        Hit(
                            b.start,
                            b.end,
                            {
                                "quote": docs[j].prose[b.start : b.end],
                                "other": docs[i].prose[a.start : a.end],
                                "document": docs[i].path,
                                "difference": difference,
                            },
                            related=((a.start, a.end, "the same quote here", docs[i]),),
                        ),
                    )
                    break
