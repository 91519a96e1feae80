"""casualty-drift: two casualty claims of one event that cannot both be true.

Reads the claim model (newslint.extract.claims): each claim is compared with the earlier ones
of the same event and measure — the title's and the headline's with the body's too. Two
claims conflict when their groups are the same (or one contains the other) and their
intervals cannot both hold: "at least 40 dead" then "a death toll of 37"; "four firefighters
were hurt" then "five firefighters were injured"; "no immediate reports of casualties" then
"more than 100 were killed". A subset beside its total never conflicts ("12 killed, including
10 Americans" … "the 10 Americans who died"); "casualties" bound the killed and the wounded;
people never contain animals. Claims of another event ("in 2016", "last year's flood",
"since 2011"), updated tolls ("rose to 40", "as of Friday": see toll-update) and two figures in
one sentence are left alone. Figures more than `max-ratio` apart (84 and 25) are almost always
different things; a zero against any figure always counts. When the two figures come from
different named sources, or one is inside a direct quotation, the finding is capped at
`sources-differ` (info by default): the story may be reporting a real disagreement.

Example (fail): `At least 40 people died in the fire.` … `The death toll stood at 37 on Friday.`
Example (pass): `Around 100 soldiers were killed in a 2016 strike.` beside this week's toll.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import claims
from ..finding import Hit, Severity, drift
from ..records import Record

KIND = "casualty-drift"
ARGS = ("figure", "other", "other_line", "line", "what", "outcome", "note")

_OUTCOMES = ("killed", "wounded", "missing", "casualties")


class Params(Record):
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


def _note(a: claims.Claim, b: claims.Claim, differ: bool) -> str:
    if differ:
        if a.quoted or b.quoted:
            return " (one of them is a quoted figure)"
        return f" ({a.source.text} and {b.source.text} disagree)"
    if a.hedged or b.hedged:
        return " (a hedged zero is still a zero)"
    return ""


def check(doc: Document, params: Params) -> Iterator[Hit]:
    found = [c for c in claims.claims(doc) if c.measure in params.outcomes]
    cap = Severity.parse(params.sources_differ)
    for later, candidates in claims.with_earlier(found):
        conflicts = [
            earlier
            for earlier in candidates
            if claims.same_event(earlier, later)
            and claims.conflict(earlier, later)
            and claims.close_enough(earlier, later, params.max_ratio)
        ]
        if not conflicts:
            continue
        # The strongest evidence: a conflict in the story's own voice before a disagreement
        # between sources, and a figure before a hedged zero.
        earlier = min(conflicts, key=lambda e: (claims.sources_differ(e, later), e.hedged))
        differ = claims.sources_differ(earlier, later)
        args = {
            "line": doc.position(later.start)[0],
            "what": claims.describe_event(earlier, later),
            "outcome": later.measure,
            "note": _note(earlier, later, differ),
        }
        related = "the other figure: '{}'"
        yield drift(doc, later, earlier, related, cap if differ else None, **args)
