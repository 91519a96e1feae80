"""weekday-drift: a bare weekday that contradicts the explicit date given for the same event.

AP style dates events within a week by weekday alone ("the attack on Wednesday"). Read against
the reference date — the day within the week before it in the past tense, after it in the
future tense — that weekday names one date; if the story also dates the same event explicitly
("the Feb. 7 attack") and the two differ, one of them is wrong. An event is "the same" when
both are attached to the same event noun — "the attack on Wednesday", "Wednesday's attack",
"the Feb. 7 attack" (attack, strike, vote, crash…; rules/tables/dates.yaml); a loose weekday
("officials said on Thursday") is not compared.

Example (fail): published Monday, Feb. 12, 2018: `The attack on Wednesday killed 12.` …
`The Feb. 9 attack was the deadliest.`
Example (pass): the same with `The Feb. 7 attack was the deadliest.`
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..document import Document
from ..extract import dates
from ..finding import Hit

KIND = "weekday-drift"
ARGS = ("weekday", "resolved", "date")


@dataclass(frozen=True)
class Params:
    pass


def check(doc: Document, params: Params) -> Iterator[Hit]:
    found = dates.dates(doc)
    reference = found.reference
    if reference is None:
        return
    explicit = []
    for w in found.in_copy():
        year = dates.year_in_story(doc, w, reference)
        days = w.calendar_days(year) if year and w.days else None
        event = dates.event_of(doc, w.start, w.end, possessive=False)
        if days and event:
            explicit.append((w, days, event))
    for bare in found.weekdays:
        possessive = bare.text.endswith(("'s", "’s"))
        event = dates.event_of(doc, bare.start, bare.end, possessive=possessive)
        if event is None:
            continue
        when = dates.tense(doc, bare.start, bare.end)
        resolved = dates.resolve_weekday(bare.weekday, reference.date, when)
        for w, days, their_event in explicit:
            if event == their_event and resolved not in days:
                yield Hit(
                    bare.start,
                    bare.end,
                    {
                        "weekday": bare.text,
                        "resolved": f"{dates.ap_month(resolved.month)} {resolved.day}",
                        "date": w.text,
                    },
                    related=((w.start, w.end, f"the same event dated '{w.text}' here"),),
                )
                break
