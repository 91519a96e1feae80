"""casualty-drift: two casualty figures for one event that cannot both be true.

Compares every casualty mention (see newslint.extract.casualties) with the earlier ones about
the same event and outcome: "at least 40 dead" then "a death toll of 37"; "four firefighters were
hurt" then "five firefighters were injured"; "no immediate reports of casualties" then "more than
100 were killed". A count for a named group may be smaller than the total for everyone ("12
killed, including 10 Americans") but never larger; "casualties" bounds the killed and the
wounded. Mentions of another event ("in 2016", "last year's flood", "since 2011", a dated or
labelled background line), parts of a total, counts by severity ("four with serious injuries"),
updated tolls ("the toll rose to 40") and two figures in one sentence are left alone. Figures
more than `max-ratio` apart (84 and 25) are almost always different things, not a drift, and are
left alone too; a zero against any figure always counts. When the two figures come from
different named sources, or one is inside a direct quotation, the finding is capped at
`sources-differ` (info by default): the story may be reporting a real disagreement.

Example (fail): `At least 40 people died in the fire.` … `The death toll stood at 37 on Friday.`
Example (pass): `Around 100 soldiers were killed in a 2016 strike.` beside this week's toll.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..document import Document
from ..extract import casualties
from ..finding import Hit, Severity, drift

KIND = "casualty-drift"
ARGS = ("figure", "other", "other_line", "outcome", "note")

_OUTCOMES = ("killed", "wounded", "missing", "casualties")


class Params(NamedTuple):
    outcomes: tuple[str, ...] = _OUTCOMES
    sources_differ: str = "info"
    max_ratio: float = 3.0

    def validate(self) -> None:
        unknown = [o for o in self.outcomes if o not in _OUTCOMES]
        if unknown:
            raise ValueError(f"unknown outcome {unknown[0]!r} (known: {', '.join(_OUTCOMES)})")
        Severity.parse(self.sources_differ)
        if self.max_ratio < 1:
            raise ValueError("max-ratio must be at least 1")


def _disagreement(a: casualties.Mention, b: casualties.Mention) -> str:
    if a.quoted or b.quoted:
        return " (one of them is a quoted figure)"
    return f" ({a.source.text} and {b.source.text} disagree)"


def check(doc: Document, params: Params) -> Iterator[Hit]:
    found = [m for m in casualties.mentions(doc) if m.outcome in params.outcomes]
    cap = Severity.parse(params.sources_differ)
    for later, candidates in casualties.with_earlier(found):
        conflicts = [
            earlier
            for earlier in candidates
            if later.start >= earlier.end
            and casualties.same_story(earlier, later)
            and casualties.conflict(earlier, later)
            and casualties.close_enough(earlier, later, params.max_ratio)
        ]
        if not conflicts:
            continue
        # The strongest evidence: a conflict in the story's own voice before a disagreement
        # between sources, and a figure before a hedged zero.
        earlier = min(conflicts, key=lambda e: (casualties.sources_differ(e, later), e.hedged))
        differ = casualties.sources_differ(earlier, later)
        if differ:
            note = _disagreement(earlier, later)
        elif earlier.hedged or later.hedged:
            note = " (a hedged zero is still a zero)"
        else:
            note = ""
        severity = cap if differ else None
        related = "the other figure: '{}'"
        yield drift(doc, later, earlier, related, severity, outcome=later.outcome, note=note)
