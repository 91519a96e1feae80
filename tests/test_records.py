"""newslint.records.Record makes the class typing.NamedTuple makes, only cheaper."""

from __future__ import annotations

import pickle
import typing
from typing import NamedTuple

import pytest

from newslint.records import Record


class Figure(Record):
    """A figure in a story."""

    value: float
    unit: str | None = None
    words: tuple[str, ...] = ()

    @property
    def known(self) -> bool:
        return self.unit is not None

    def shown(self) -> str:
        return f"{self.value:g} {self.unit}"


class FigureTuple(NamedTuple):
    value: float
    unit: str | None = None
    words: tuple[str, ...] = ()


def test_a_record_is_the_named_tuple_typing_makes():
    mine, theirs = Figure(12, "km"), FigureTuple(12, "km")
    assert mine == theirs and hash(mine) == hash(theirs)
    assert isinstance(mine, tuple)
    assert Figure._fields == FigureTuple._fields
    assert Figure._field_defaults == FigureTuple._field_defaults
    assert typing.get_type_hints(Figure) == typing.get_type_hints(FigureTuple)
    assert repr(mine) == "Figure(value=12, unit='km', words=())"
    assert mine._replace(unit="mi") == Figure(12, "mi")
    assert Figure(value=3).unit is None
    assert Figure.__doc__ == "A figure in a story."
    assert Figure.__qualname__ == "Figure" and Figure.__module__ == __name__


def test_a_record_keeps_its_methods_and_pickles():
    figure = Figure(5, "mi")
    assert figure.known and not Figure(5).known
    assert figure.shown() == "5 mi"
    assert pickle.loads(pickle.dumps(figure)) == figure
    assert type(pickle.loads(pickle.dumps(figure))) is Figure
    with pytest.raises(AttributeError):
        figure.value = 6  # immutable
    with pytest.raises(AttributeError):
        figure.note = "x"  # no __dict__


def test_a_field_without_a_default_may_not_follow_one_with_a_default():
    with pytest.raises(TypeError, match="without a default"):

        class Bad(Record):
            value: float = 0.0
            unit: str


def test_a_record_derives_from_record_alone():
    with pytest.raises(TypeError, match="Record alone"):

        class Bad(Record, dict):
            value: float


class Empty(Record):
    pass


class One(Record):
    only: int


def test_records_of_no_field_and_of_one_field():
    assert Empty() == () and repr(Empty()) == "Empty()"
    assert One(3) == (3,) and One(only=4).only == 4 and repr(One(3)) == "One(only=3)"
    with pytest.raises(TypeError):
        One()
    with pytest.raises(TypeError):
        One(1, 2)
    assert One._make([5]) == One(5)
    with pytest.raises(TypeError):
        One._make([1, 2])
    with pytest.raises(ValueError):
        One(1)._replace(other=2)
    assert One(1)._asdict() == {"only": 1}
    assert One.__match_args__ == ("only",)


def test_field_names_are_the_new_function_s_arguments():
    """`__new__` takes the fields by name, as namedtuple's does, and keeps its defaults."""
    import inspect

    assert list(inspect.signature(Figure.__new__).parameters) == ["_cls", "value", "unit", "words"]
    assert Figure.__new__.__defaults__ == (None, ())
    assert Figure(words=("a",), value=1) == (1, None, ("a",))
