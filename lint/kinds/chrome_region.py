"""chrome-region: the page around the story — menus, link lists, footers — pasted with it.

When a whole web page is pasted, the story's body sits between a header (site menus, section
links, sign-in prompts) and a footer (other stories' headlines, legal links, app badges). The
chrome model (newslint.extract.chrome) finds the body — the biggest run of paragraphs of
running text — and marks the lines before and after it that are not sentences. This kind
reports each run of `min-lines` or more such lines as one finding, naming what its lines show.
The story's headline, subheads, bylines and datelines are never part of a run, and a line that
reads as a sentence ends one.

Example (fail): a page whose story is preceded by `Home`, `World`, `Sign in`, `Subscribe`.
Example (pass): a headline, a byline and the story.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ..document import Document
from ..extract import chrome
from ..finding import Hit
from ..records import Record

KIND = "chrome-region"
ARGS = ("count", "where", "signals", "line")


class Params(Record):
    min_lines: int = 2
    # Lines with a signal besides shape and place that a run after the story needs: a results
    # table or a list of names at the end of a story is the story's own.
    min_signals_after: int = 1


def _member(doc: Document, facts: chrome.LineFacts) -> bool:
    """Outside the body, and not a sentence of copy: a short sentence ("Thanks for signing
    up!") or one with a signal still belongs to the page around the story."""
    if not facts.has("outside"):
        return False
    short = doc.lines[facts.index].words <= _SHORT_SENTENCE
    return not facts.sentence or short or chrome.has_content_signal(facts)


_SHORT_SENTENCE = 8


def _runs(doc: Document, page: chrome.Page) -> Iterator[list[chrome.LineFacts]]:
    run: list[chrome.LineFacts] = []
    for _, facts in sorted(page.lines.items()):
        if _member(doc, facts):
            run.append(facts)
            continue
        if run:
            yield run
        run = []
    if run:
        yield run


def _evidence(run: list[chrome.LineFacts]) -> int:
    """Lines of the run with a signal besides their shape and place."""
    return sum(map(chrome.has_signal, run))


def check(doc: Document, params: Params) -> Iterator[Hit]:
    page = chrome.page(doc)
    if page.body is None:
        return
    for run in _runs(doc, page):
        after = run[0].index > page.body[1]
        if len(run) < params.min_lines or (after and _evidence(run) < params.min_signals_after):
            continue
        shown = Counter(s.name for f in run for s in f.signals if s.name not in ("outside",))
        signals = ", ".join(name for name, _ in shown.most_common(4)) or "short lines"
        first, last = doc.lines[run[0].index], doc.lines[run[-1].index]
        where = "after" if after else "before"
        args = {"count": len(run), "where": where, "signals": signals, "line": first.core}
        yield Hit(first.core_start, last.core_end, args)
