"""short-line-run: a run of very short lines with no sentence punctuation — a pasted menu.

Navigation bars, section lists, player controls and tag clouds arrive as one to three words a
line ("Home", "World", "Business", "Sport"), one after another. Copy is sentences; a run of
`min_run` or more such consecutive lines is chrome. A run spread over blank lines counts only when
at least `min_navigation_share` of its lines are known menu labels (`navigation` lexicon), since
fixture lists and fact boxes in real copy are spaced-out short lines too. List items ("- Apples")
and Markdown headings end a run.

Example (fail): four lines `Home`, `World`, `Business`, `Sport`.
Example (pass): a headline, then a paragraph of copy.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import identity
from ..document import Document
from ..finding import Hit
from ..params import Lexicon
from ..records import Record
from ..segment import LIST_ITEM

KIND = "short-line-run"
ARGS = ("count", "line")

_SENTENCE_END = tuple('.!?"”’')


class Params(Record):
    min_run: int = 4
    max_words: int = 3
    navigation: Lexicon = Lexicon()
    min_navigation_share: float = 0.4


def _segments(doc: Document, params: Params) -> Iterator[list[list]]:
    """Runs of short lines that may span blank lines, each as its list of tight segments."""
    run: list[list] = [[]]
    for line in doc.lines:
        text = line.text.strip()
        if not text:
            if run[-1]:
                run.append([])
            continue
        short = line.words <= params.max_words and not text.endswith(_SENTENCE_END)
        if short and not LIST_ITEM.match(line.text) and line.index not in doc.heading_lines:
            run[-1].append(line)
            continue
        yield [segment for segment in run if segment]
        run = [[]]
    yield [segment for segment in run if segment]


def _hit(lines: list) -> Hit:
    return Hit(
        lines[0].core_start, lines[-1].core_end, {"count": len(lines), "line": lines[0].core}
    )


@identity.by_identity()
def _labels(navigation: Lexicon) -> frozenset[str]:
    """The menu labels, case folded: once per rule, not for every story."""
    return frozenset(p.casefold() for p in navigation)


def check(doc: Document, params: Params) -> Iterator[Hit]:
    labels = _labels(params.navigation)
    for segments in _segments(doc, params):
        lines = [line for segment in segments for line in segment]
        known = sum(line.text.strip().strip(":").casefold() in labels for line in lines)
        spaced = len(segments) > 1 and len(lines) >= params.min_run
        if spaced and known >= max(2, params.min_navigation_share * len(lines)):
            yield _hit(lines)
            continue
        for segment in segments:
            if len(segment) >= params.min_run:
                yield _hit(segment)


def fix_problem(params: Params) -> str | None:
    """Why `fix: delete-line` would be unsafe for these params (None: it is safe): every
    finding of this kind is a whole line."""
    return None
