"""qualifier-drift: one casualty figure told with qualifiers that say different things.

"more than 100" in the headline and "about 100" in the body, "100 dead" beside "more than
100", "about 100" beside "at least 100", "at least 100" beside "up to 100": the number is the
same, but the claims are not. Qualifiers are read as sides of the figure
(newslint.extract.numbers.SIDES): above ("more than", "over"), at ("about", a bare figure),
below ("nearly", "fewer than"), or a mix ("at least" is at-or-above, "up to" at-or-below). Two
claims of one figure for the same event and measure are reported when their sides share
nothing, or when both are hedged and their sides differ (newslint.extract.claims). Pairs whose
intervals cannot both be true are left to casualty-drift; figures from different named sources
are capped at `sources-differ`.

Example (fail): headline `Storm kills more than 100` … body `The storm killed about 100 people.`
Example (pass): `At least 100 died` … `The toll of 100 was confirmed on Monday.`
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import claims
from ..finding import Hit, Severity, drift
from ..records import Record

KIND = "qualifier-drift"
ARGS = ("figure", "other", "other_line", "line", "what")


class Params(Record):
    sources_differ: str = "info"

    def validate(self) -> None:
        Severity.parse(self.sources_differ)


def check(doc: Document, params: Params) -> Iterator[Hit]:
    cap = Severity.parse(params.sources_differ)
    for later, candidates in claims.with_earlier(claims.claims(doc)):
        for earlier in candidates:
            if claims.same_event(earlier, later) and claims.qualifier_drift(earlier, later):
                severity = cap if claims.sources_differ(earlier, later) else None
                args = {
                    "line": doc.position(later.start)[0],
                    "what": claims.describe_event(earlier, later),
                }
                yield drift(doc, later, earlier, "told as '{}' here", severity, **args)
                break
