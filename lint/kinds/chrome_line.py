"""chrome-line: a line that the chrome model scores as web-page interface text.

The chrome model (newslint.extract.chrome) says which signals fire on each line — a call to
action aimed at the reader, network names and handles, a link label, a counter or time code,
player controls, a picture credit, tags, a paywall, syndication or cookie notice, a menu's or a
headline list's shape, a place outside the story's body. This kind adds the `weights` of the
signals that fired, takes off `sentence` when the line reads as a sentence of copy, and reports
lines scoring at least `threshold` (and below `below`, when set, so one rule can take the sure
lines and another the likely ones). The message names the signals, so an editor sees why.
Signals in `alone-not-enough` never make a finding on their own (a short title-case line is
a subhead as often as a menu item).

Example (fail): `Get our morning briefing straight to your inbox every weekday`
Example (pass): `He declined to comment.`
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import chrome
from ..finding import Hit
from ..records import Record

KIND = "chrome-line"
ARGS = ("line", "signals", "score")

SIGNALS = (
    "call-to-action", "social", "link", "separated", "counter", "player", "credit", "tags",
    "paywall", "syndication", "notice", "navigation", "repeated", "shape", "list", "page-title",
    "outside",
)  # fmt: skip


class Params(Record):
    weights: dict[str, float]
    threshold: float = 1.0
    below: float = 0.0  # 0: no upper bound
    sentence: float = 1.0  # taken off a line that reads as a sentence
    alone_not_enough: tuple[str, ...] = ("shape", "outside", "navigation", "repeated")
    max_words: int = 40

    def validate(self) -> None:
        unknown = sorted(set(self.weights) - set(SIGNALS))
        if unknown:
            raise ValueError(f"unknown signal {unknown[0]!r} (known: {', '.join(SIGNALS)})")
        if self.below and self.below <= self.threshold:
            raise ValueError("below must be larger than threshold")


def score(facts: chrome.LineFacts, params: Params) -> float:
    fired = {s.name for s in facts.signals if s.name in params.weights}
    if not fired - set(params.alone_not_enough):
        return 0.0
    total = sum(params.weights[name] for name in fired)
    return total - (params.sentence if facts.sentence else 0.0)


def _named(facts: chrome.LineFacts, params: Params) -> str:
    seen: dict[str, str] = {}
    for signal in facts.signals:
        if signal.name in params.weights and signal.name not in seen:
            seen[signal.name] = signal.evidence
    return ", ".join(f"{name} ({ev})" if ev else name for name, ev in seen.items())


def check(doc: Document, params: Params) -> Iterator[Hit]:
    page = chrome.page(doc)
    for index, facts in sorted(page.lines.items()):
        line = doc.lines[index]
        if facts.guarded or line.words > params.max_words:
            continue
        value = score(facts, params)
        if value >= params.threshold and (not params.below or value < params.below):
            args = {"line": line.core, "signals": _named(facts, params), "score": f"{value:g}"}
            yield Hit(line.core_start, line.core_end, args)


def fix_problem(params: Params) -> str | None:
    """Every finding of this kind is one whole line; a rule decides whether it is sure enough
    to delete (its threshold)."""
    return None
