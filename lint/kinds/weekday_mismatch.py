"""weekday-mismatch: a weekday written with a calendar date that falls on another weekday.

"Wednesday night and Thursday morning, Jan. 7-8" — in 2018, Jan. 7 was a Sunday. Every day of
a range is checked against the weekdays written with it. The year is the date's own or, when
it has none, read against the story's reference date (see newslint.extract.dates); without
either the check is skipped (dates/unknown-year says so once). The message names the real
weekdays and, when the same days in a nearby month or a shift of a few days would fit, that
date ("Feb. 7-8, 2018 fall on Wednesday–Thursday"). Publication lines are dateline-weekday's.

Example (fail): `On Wednesday, Jan. 7, 2018, the council voted.`
Example (pass): `On Wednesday, Feb. 7, 2018, the council voted.`
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..document import Document
from ..extract import dates
from ..finding import Hit
from ..records import Record

KIND = "weekday-mismatch"
ARGS = ("date", "written", "real", "year", "verb", "hint")


class Params(Record):
    nearby_months: int = 2  # how far to look for the month the writer may have meant


def _pairs(weekdays: tuple[int, ...], days: list[dt.date]) -> list[tuple[int, dt.date]]:
    if len(weekdays) == len(days):
        return list(zip(weekdays, days, strict=True))
    if len(weekdays) == 2 and len(days) > 2:
        return [(weekdays[0], days[0]), (weekdays[1], days[-1])]
    return [(weekdays[0], days[0])]


def _names(weekdays) -> str:
    return "–".join(dates.WEEKDAY_NAMES[w] for w in weekdays)


def _fits(weekdays: tuple[int, ...], days: list[dt.date] | None) -> bool:
    return bool(days) and all(d.weekday() == w for w, d in _pairs(weekdays, days))


def _span(days: list[dt.date], year: bool = True) -> str:
    first, last = days[0], days[-1]
    text = f"{dates.ap_month(first.month)} {first.day}" + (f"-{last.day}" if len(days) > 1 else "")
    return f"{text}, {first.year}" if year else text


def _hint(w: dates.WrittenDate, year: int, nearby: int) -> str:
    """A date the writer may have meant: the same days in a nearby month, or a small shift."""
    for distance in range(1, nearby + 1):
        for step in (distance, -distance):
            month, y = w.month + step, year
            y, month = y + (month - 1) // 12, (month - 1) % 12 + 1
            moved = dates.WrittenDate(w.start, w.end, w.text, month, w.days, y, w.weekdays)
            days = moved.calendar_days(y)
            if _fits(w.weekdays, days):
                verb = "fall" if len(days) > 1 else "falls"
                return f"; {_span(days)} {verb} on {_names(w.weekdays)}"
    days = w.calendar_days(year) or []
    for shift in (1, -1, 2, -2, 3, -3):
        moved = [d + dt.timedelta(days=shift) for d in days]
        if moved and moved[0].month == w.month and _fits(w.weekdays, moved):
            return f"; {_span(moved)} would fit"
    return ""


def check(doc: Document, params: Params) -> Iterator[Hit]:
    found = dates.dates(doc)
    for w in found.in_copy():
        if not w.weekdays or not w.days or (w.year is None and found.on_caption(w)):
            continue  # a caption's date without a year is often from another year
        year = dates.year_in_story(doc, w, found.reference)
        days = w.calendar_days(year) if year else None
        if not days or _fits(w.weekdays, days):
            continue
        real = [d.weekday() for _, d in _pairs(w.weekdays, days)]
        yield Hit(
            w.start,
            w.end,
            {
                "date": _span(days, year=False),
                "written": _names(w.weekdays),
                "real": _names(real),
                "year": year,
                "verb": "fall" if len(days) > 1 else "falls",
                "hint": _hint(w, year, params.nearby_months),
            },
        )
