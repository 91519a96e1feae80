"""dateline-weekday: a publication line whose weekday does not match its date.

"Published: Tue, February 12, 2018" — Feb. 12, 2018 was a Monday. The publication line (a
short line near the top holding only a date, after an optional label such as "Published:" or
"Updated") is what readers and archives trust for when a story ran; a wrong weekday there
makes every "on Tuesday" in the story suspect.

Example (fail): `Published: Tue, February 12, 2018`
Example (pass): `Published: Mon, February 12, 2018`
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import dates
from ..finding import Hit
from ..records import Record

KIND = "dateline-weekday"
ARGS = ("date", "written", "real")


class Params(Record):
    pass


def check(doc: Document, params: Params) -> Iterator[Hit]:
    for line in dates.dates(doc).publication_lines:
        if not line.weekdays:
            continue
        day = line.calendar_days(line.year)[0]
        if day.weekday() != line.weekdays[0]:
            yield Hit(
                line.start,
                line.end,
                {
                    "date": f"{dates.ap_month(day.month)} {day.day}, {day.year}",
                    "written": dates.WEEKDAY_NAMES[line.weekdays[0]],
                    "real": dates.WEEKDAY_NAMES[day.weekday()],
                },
            )
