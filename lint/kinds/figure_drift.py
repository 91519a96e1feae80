"""figure-drift: one measure given two values — an age, a rate, a distance or size.

Figures are tied to what they measure (see newslint.extract.figures): a person's age by name or
role ("the driver, 27" and "the 72-year-old driver"), a rate by its measure and synonyms
("unemployment rose to 5.3 percent" and "the 3.5 percent jobless rate"), a distance by the
place it is measured from ("five miles east of the river" and "five kilometres east of the
river"), a group size ("a 30,000-strong force"). Units are converted before comparing, so "five
miles" and "eight kilometers" agree; approximate figures ("about", round numbers) may differ by
the `approximate-margin`, exact ones by the unit table's rounding tolerance.

Example (fail): `The driver, 27, was unhurt.` … `Police said the 72-year-old driver fled.`
Example (pass): `The camp is five miles east of Khusham.` … `eight kilometers east of Khusham`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import figures
from ..extract.figures import Figure
from ..finding import Hit, drift
from ..records import Record

KIND = "figure-drift"
ARGS = ("figure", "other", "other_line", "measure", "subject")

_MAX_DISTINCT = 64
_MEASURES = ("age", "percent", "count", "length", "area", "mass", "volume", "speed", "temperature")


class Params(Record):
    measures: tuple[str, ...] = _MEASURES
    approximate_margin: float = 0.1

    def validate(self) -> None:
        unknown = [m for m in self.measures if m not in _MEASURES]
        if unknown:
            raise ValueError(f"unknown measure {unknown[0]!r} (known: {', '.join(_MEASURES)})")


def check(doc: Document, params: Params) -> Iterator[Hit]:
    seen: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures.figures(doc):
        if figure.measure not in params.measures:
            continue
        key = (figure.measure, figure.subject)
        earlier = seen.setdefault(key, [])
        other = next(
            (e for e in earlier if not figures.agree(e, figure, params.approximate_margin)), None
        )
        if other is not None:
            given = "given as '{}' here"
            yield drift(doc, figure, other, given, measure=figure.measure, subject=figure.subject)
        if len(earlier) < _MAX_DISTINCT and all(
            (e.value, e.approximate) != (figure.value, figure.approximate) for e in earlier
        ):
            earlier.append(figure)  # distinct values only, and a bounded number: linear time
