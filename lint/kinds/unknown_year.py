"""unknown-year: weekday checks skipped because the story has no publication date.

A date with a weekday and no year ("Wednesday, Jan. 7") can only be checked against the year
the story ran. When there is no `--date`, no front matter `date:` and no publication line, the
dates pack says so once, on the first such date, instead of guessing a year silently.

Example (fail): `On Wednesday, Jan. 7, the council voted.` (no publication date anywhere)
Example (pass): `On Wednesday, Jan. 7, 2026, the council voted.`
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import dates
from ..finding import Hit
from ..records import Record

KIND = "unknown-year"
ARGS = ("date", "count")


class Params(Record):
    pass


def check(doc: Document, params: Params) -> Iterator[Hit]:
    found = dates.dates(doc)
    if found.reference is not None:
        return
    unchecked = [w for w in found.in_copy() if w.weekdays and w.days and w.year is None]
    if unchecked:
        first = unchecked[0]
        yield Hit(first.start, first.end, {"date": first.text, "count": len(unchecked)})
