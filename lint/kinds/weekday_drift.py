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

from ..document import Document
from ..extract import dates, ledger
from ..finding import Hit
from ..records import Record

KIND = "weekday-drift"
ARGS = ("weekday", "resolved", "date")


class Params(Record):
    pass


def check(doc: Document, params: Params) -> Iterator[Hit]:
    claims = ledger.date_claims(0, doc)  # empty of weekdays when the story has no reference date
    explicit = [c for c in claims if not c.bare and c.event]
    for bare in (c for c in claims if c.bare):
        (resolved,) = bare.days
        other = next(
            (c for c in explicit if c.event == bare.event and resolved not in c.days), None
        )
        if other is not None:
            yield Hit(
                bare.start,
                bare.end,
                {
                    "weekday": bare.text,
                    "resolved": f"{dates.ap_month(resolved.month)} {resolved.day}",
                    "date": other.text,
                },
                related=((other.start, other.end, f"the same event dated '{other.text}' here"),),
            )
