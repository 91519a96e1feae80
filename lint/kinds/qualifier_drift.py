"""qualifier-drift: one casualty figure told with qualifiers that say different things.

"more than 100" in the headline and "about 100" in the body, or "100 dead" beside "more than
100": the number is the same, but one says the toll is above it and the other that it is at it.
Qualifiers are read as a side of the figure (newslint.extract.numbers.SIDES): above ("more
than", "over", "in excess of"), at ("about", a bare figure), below ("nearly", "fewer than"), or
a mix ("at least" is at-or-above, "up to" at-or-below). Two mentions of one figure for the same
event and outcome whose sides share nothing are flagged on the later one. Pairs whose intervals
cannot both be true are left to casualty-drift; figures from different named sources are capped
at `sources-differ`.

Example (fail): headline `Storm kills more than 100` … body `The storm killed about 100 people.`
Example (pass): `At least 100 died` … `The toll of 100 was confirmed on Monday.`
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..document import Document
from ..extract import casualties
from ..finding import Hit, Severity, drift

KIND = "qualifier-drift"
ARGS = ("figure", "other", "other_line")


class Params(NamedTuple):
    sources_differ: str = "info"

    def validate(self) -> None:
        Severity.parse(self.sources_differ)


def check(doc: Document, params: Params) -> Iterator[Hit]:
    found = casualties.mentions(doc)
    cap = Severity.parse(params.sources_differ)
    for later, candidates in casualties.with_earlier(found):
        for earlier in candidates:
            if casualties.same_story(earlier, later) and casualties.qualifier_drift(earlier, later):
                severity = cap if casualties.sources_differ(earlier, later) else None
                yield drift(doc, later, earlier, "told as '{}' here", severity)
                break
