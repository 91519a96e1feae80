"""short-line-run: a run of very short lines with no sentence punctuation — a pasted menu.

Navigation bars, section lists, player controls and tag clouds arrive as one to three words a
line ("Home", "World", "Business", "Sport"). Copy is sentences; a run of `min_run` or more such
lines (blank lines allowed between them) is chrome. List items marked as a list ("- Apples")
and Markdown headings are not counted.

Example (fail): four lines `Home`, `World`, `Business`, `Sport`.
Example (pass): a headline, then a paragraph of copy.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from ..document import Document
from ..finding import Hit
from ..phrases import strip_edges, word_count

KIND = "short-line-run"
ARGS = ("count", "line")

_LIST_ITEM = regex.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s")
_SENTENCE_END = tuple('.!?"”’')


@dataclass(frozen=True)
class Params:
    min_run: int = 4
    max_words: int = 3


def check(doc: Document, params: Params) -> Iterator[Hit]:
    run: list = []

    def flush():
        if len(run) >= params.min_run:
            first, last = run[0], run[-1]
            start = first.start + strip_edges(first.text)[0]
            end = last.start + strip_edges(last.text)[1]
            yield Hit(start, end, {"count": len(run), "line": first.text.strip()})
        run.clear()

    for line in doc.lines:
        text = line.text.strip()
        if not text:
            continue
        if _LIST_ITEM.match(line.text) or line.index in doc.heading_lines:
            yield from flush()
            continue
        if word_count(text) <= params.max_words and not text.endswith(_SENTENCE_END):
            run.append(line)
        else:
            yield from flush()
    yield from flush()
