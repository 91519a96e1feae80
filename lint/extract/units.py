"""Units after a number, named and converted so "five miles" and "eight kilometers" can agree.

The conversion table is data (rules/tables/units.yaml): each unit's dimension, factor to the
dimension's base unit and the words copy writes it with. Those words are also the gate: only a
number followed by a unit word gets a unit. quantulum3 names the unit; the table vetoes a name
from the wrong dimension ("30 kilometres an hour" is a speed, which quantulum3 reads as a
length) and converts. Its names for every unit word of the table are worked out when the
package is made (newslint.derived), so a run never loads quantulum3 (its first parse costs
~0.3 s).
"""

from __future__ import annotations

import functools
import re
import warnings

from .. import derived, patterns
from ..finding import InputError
from ..records import Record
from . import tables


class Unit(Record):
    name: str
    dimension: str
    factor: float
    offset: float = 0.0

    def to_base(self, value: float) -> float:
        return value * self.factor + self.offset


class FoundUnit(Record):
    name: str
    dimension: str
    end: int  # where the unit words end in the text


class _Table(Record):
    units: dict[str, Unit]
    by_word: dict[str, str]  # surface word (lower-case, or exact for abbreviations) -> unit name
    words: re.Pattern  # full words, after any number
    abbreviations: re.Pattern  # up to three letters, only straight after digits
    tolerance: float


def _is_abbreviation(word: str) -> bool:
    return len(word.rstrip(".")) <= 3 and " " not in word


@functools.cache
def table() -> _Table:
    data = tables.load("units")
    path = str(tables.table_dir() / "units.yaml")
    dimensions = data.get("dimensions") or {}
    units: dict[str, Unit] = {}
    by_word: dict[str, str] = {}
    for name, spec in (data.get("units") or {}).items():
        line = data["units"].line_of(name)
        if not isinstance(spec, dict) or spec.get("dimension") not in dimensions:
            raise InputError(path, f"unit {name!r} needs a known dimension", line)
        if not isinstance(spec.get("words"), list) or not spec["words"]:
            raise InputError(path, f"unit {name!r} needs a list of words", line)
        units[name] = Unit(
            name, spec["dimension"], float(spec["factor"]), float(spec.get("offset", 0))
        )
        for word in spec["words"]:
            key = word if _is_abbreviation(word) else word.lower()
            if by_word.get(key, name) != name:
                raise InputError(path, f"unit word {word!r} names two units", line)
            by_word[key] = name
    full = [w for w in by_word if not _is_abbreviation(w)]
    short = [w for w in by_word if _is_abbreviation(w)]
    return _Table(
        units=units,
        by_word=by_word,
        words=patterns.compile(rf"(?:\s+|-)(?P<u>{tables.alternation(full)})(?![\w])", re.I),
        abbreviations=patterns.compile(rf"[\s-]?(?P<u>{tables.alternation(short)})(?![\w])"),
        tolerance=float(data.get("tolerance", 0.06)),
    )


def unit_after(text: str, end: int, after_digits: bool) -> FoundUnit | None:
    """The unit written right after a number that ends at `end`, if any."""
    t = table()
    match = t.words.match(text, end)
    key = match and match.group("u").lower()
    if match is None and after_digits:
        match = t.abbreviations.match(text, end)
        key = match and match.group("u")
    if match is None:
        return None
    word = " ".join(key.split())
    unit = t.units[t.by_word[word]]
    named = quantulum_names().get(word)
    if named in t.units and t.units[named].dimension == unit.dimension:
        unit = t.units[named]
    return FoundUnit(unit.name, unit.dimension, match.end())


@functools.cache
def quantulum_names() -> dict[str, str]:
    """quantulum3's name for each unit word of the table, worked out when the package was made
    (newslint.derived), so a run never loads quantulum3 (~0.5 s)."""
    found = derived.data("units")
    names = found.get("names") if isinstance(found, dict) else None
    if isinstance(names, dict):
        return names
    return derive()["data"]["names"]  # a checkout without derived data: ask quantulum3 now


def derive() -> dict:
    """quantulum3's answer for every unit word in the table, named from the unit words alone
    after a stand-in number ("2 kilometres an hour"), as newslint.derived ships it."""
    names = {}
    for word in sorted(table().by_word):
        named = _ask_quantulum("2 " + word)
        if named is not None:
            names[word] = named
    return {"digest": derived.digest([tables.table_dir() / "units.yaml"]), "data": {"names": names}}


@functools.cache
def _parser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # it warns that its optional classifier is missing
        from quantulum3 import parser
    return parser


def _ask_quantulum(span: str) -> str | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = _parser().parse(span)
    except Exception:  # a third-party parser must never take the linter down
        return None
    for quantity in parsed:
        name = quantity.unit.name
        if name != "dimensionless":
            return name
    return None


def to_base(value: float, unit_name: str) -> float:
    return table().units[unit_name].to_base(value)


def agree(a: float, b: float) -> bool:
    """Whether two values in one base unit are the same figure, rounding allowed."""
    larger = max(abs(a), abs(b))
    return larger == 0 or abs(a - b) <= table().tolerance * larger
