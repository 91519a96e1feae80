"""after-publication: an event told in the past tense dated after the story was published.

"The driver was killed on Oct. 19" in a story published Oct. 12 is a wrong month, a wrong day
or a story held too long. The reference date is `--date`, front matter `date:` or the story's
publication line; without one the rule says nothing. Future tense is fine ("the vote will be
held on Oct. 19"); so is a clause whose tense cannot be told, a note about the story ("This
article was amended on ...") and a photo caption (its date is the photo's). A past-tense date
without a year more than a month after publication is last year's (a January story's "Dec.
30"), not this.

Example (fail): `Published: Oct. 12, 2025` … `The driver was killed on Oct. 19.`
Example (pass): `Published: Oct. 12, 2025` … `The inquest will open on Oct. 19.`
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..document import Document
from ..extract import dates
from ..finding import Hit
from ..records import Record

KIND = "after-publication"
ARGS = ("date", "published")


class Params(Record):
    grace_days: int = 0  # days after publication still allowed (late-night datelines)


def _first_day(w: dates.WrittenDate, year: int) -> dt.date | None:
    if w.days:
        days = w.calendar_days(year)
        return days[0] if days else None
    return dt.date(year, w.month or 1, 1)


def _ap(day: dt.date) -> str:
    return f"{dates.ap_month(day.month)} {day.day}, {day.year}"


def check(doc: Document, params: Params) -> Iterator[Hit]:
    found = dates.dates(doc)
    reference = found.reference
    if reference is None:
        return
    latest = reference.date + dt.timedelta(days=params.grace_days)
    for w in found.in_copy():
        when = dates.tense(doc, w.start, w.end)
        if when != "past" or dates.story_note(doc, w.start, w.end) or found.on_caption(w):
            continue
        year = dates.year_in_story(doc, w, reference)
        first = _first_day(w, year) if year else None
        if first is None or first <= latest:
            continue
        if not w.days and w.month == 0 and year <= latest.year:
            continue
        yield Hit(
            w.start,
            w.end,
            {"date": w.text, "published": _ap(reference.date)},
            related=(
                ((reference.line.start, reference.line.end, "published on this date"),)
                if reference.line
                else ()
            ),
        )
