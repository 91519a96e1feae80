"""cross-source-drift (dates): the same event dated differently across reports of one event.

Each report's event dates are read with the dates extractor and resolved against that report's
own reference date: explicit dates attached to an event noun ("the February 7 attack"), dates
written with a weekday ("Wednesday night and Thursday morning, Jan. 7-8"), and bare weekdays
attached to an event noun ("Wednesday's attack"). Two claims disagree when they share no day
and either name the same event noun within `max-days` of each other (a day slip) or give the
same day numbers a month apart (a month slip: the same event noun, or a claim whose own
weekdays do not fit its date, as "Wednesday ..., Jan. 7-8" in 2018);
further apart, coverage of a series ("Tuesday's launch", "Friday's launch") is another event.
The claim fewer reports support is flagged, pointing at the better-supported one; captions,
publication lines and future-tense dates are left out.

Example (fail): `On Wednesday night and Thursday morning, Jan. 7-8, the guns fired.` in one
report (published Feb. 8, 2018), `The February 7 attack was repelled.` in two others.
Example (pass): the same with `Feb. 7-8` in the first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..document import Document
from ..extract import dates, ledger
from ..finding import Hit
from ..records import Record

KIND = "cross-source-dates"
SCOPE = "set"
ARGS = ("date", "resolved", "others")


class Params(Record):
    max_days: int = 1  # a day slip; a series of events (launch after launch) is further apart


def _month_slip(a: ledger.DateClaim, b: ledger.DateClaim) -> bool:
    """The same days in the month before or after: "Jan. 7-8" for "Feb. 7"."""
    months = {d.year * 12 + d.month for d in a.days}, {d.year * 12 + d.month for d in b.days}
    near = any(abs(x - y) == 1 for x in months[0] for y in months[1])
    return near and bool({d.day for d in a.days} & {d.day for d in b.days})


def _disagree(a: ledger.DateClaim, b: ledger.DateClaim, max_days: int) -> bool:
    """Two dates for one event: a day slip for the same event noun ("the Feb. 7 attack",
    "Wednesday's attack" resolving to Feb. 6), or the same days a month off."""
    if a.doc == b.doc or a.days & b.days:
        return False
    if _month_slip(a, b):
        if a.event and b.event:
            return a.event == b.event
        return a.weekday_wrong or b.weekday_wrong  # its own weekdays say the month slipped
    gap = min(abs((x - y).days) for x in a.days for y in b.days)
    if a.counted and b.counted and (a.event == b.event or ledger.COUNTED in (a.event, b.event)):
        # Both dates sit beside the toll of the story's own event: a slip of a few days is
        # still one event told with two dates (a series of events is not counted together).
        return gap <= max(max_days, 3)
    return bool(a.event) and a.event == b.event and gap <= max_days


def _label(days: frozenset[dt.date]) -> str:
    first, last = min(days), max(days)
    text = f"{dates.ap_month(first.month)} {first.day}"
    return (text + (f"-{last.day}" if last != first else "")) + f", {first.year}"


def check_set(docs: list[Document], params: Params) -> Iterator[tuple[int, Hit]]:
    claims = [c for index, doc in enumerate(docs) for c in ledger.date_claims(index, doc)]

    def support(claim: ledger.DateClaim) -> int:
        return len({c.doc for c in claims if c.days & claim.days})

    for claim in claims:
        rivals = [c for c in claims if _disagree(claim, c, params.max_days)]
        stronger = [c for c in rivals if support(c) > support(claim)]
        tied = [c for c in rivals if support(c) == support(claim) and c.doc < claim.doc]
        against = stronger or tied
        if not against:
            continue
        best = max(against, key=support)
        others = f"{docs[best.doc].path}:{docs[best.doc].position(best.start)[0]} has '{best.text}'"
        yield (
            claim.doc,
            Hit(
                claim.start,
                claim.end,
                {"date": claim.text, "resolved": _label(claim.days), "others": others},
                related=((best.start, best.end, f"dated '{best.text}' here", docs[best.doc]),),
            ),
        )
