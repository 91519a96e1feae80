"""Record: an immutable, typed record, written like `typing.NamedTuple` and built at a fraction of
its cost.

Every fact an extractor pulls (a claim, a date, a person) and every kind's `Params` is such a
record: a tuple with named fields. `typing.NamedTuple` checks each field's annotation as it
makes the class; under `from __future__ import annotations` each annotation is a string, and
checking it compiles it. newslint defines about 80 records at start-up, which cost ~13 ms that
way, a seventh of a one-story run. `Record` makes the class `collections.namedtuple` makes,
in one step and without compiling source for each (see `_tuple_members`), from the
annotations as written, without reading them:

    class Quantity(Record):
        value: float
        unit: str | None = None

        @property
        def known(self) -> bool:
            return self.unit is not None

is a tuple subclass with fields `value` and `unit`, `unit` defaulting to None, the property,
`_replace`, `_fields`, `_field_defaults`, `__annotations__` (so `typing.get_type_hints`
reads the types) and the tuple's equality, hashing and pickling. As with typing.NamedTuple,
a field without a default may not follow one with a default, and methods may not use `super()`.

Type checkers see `typing.NamedTuple` itself.
"""

from __future__ import annotations

import functools
import sys
import types
from operator import itemgetter
from typing import TYPE_CHECKING

try:
    from _collections import _tuplegetter
except ImportError:  # pragma: no cover - another Python

    def _tuplegetter(index, doc):
        return property(itemgetter(index), doc=doc)


__all__ = ["Record"]


class _RecordMeta(type):
    def __new__(mcls, name: str, bases: tuple, namespace: dict):
        if not bases:  # Record itself
            return super().__new__(mcls, name, bases, namespace)
        if bases != (Record,):
            raise TypeError(f"record {name} must derive from Record alone")
        fields = tuple(map(sys.intern, namespace.get("__annotations__", {})))
        defaults = tuple(namespace[field] for field in fields if field in namespace)
        if any(field not in namespace for field in fields[len(fields) - len(defaults) :]):
            raise TypeError(f"record {name}: a field without a default follows one with a default")
        body = {key: value for key, value in namespace.items() if key not in fields}
        return type(name, (tuple,), {**_tuple_members(name, fields, defaults), **body})


# What collections.namedtuple puts in its class, made the same way except for `__new__`:
# namedtuple compiles its source with eval (about half of its cost); here one function per
# number of fields is compiled and its code is given each record's field names.
def _tuple_members(name: str, fields: tuple[str, ...], defaults: tuple) -> dict:
    count = len(fields)
    template = _new_template(count)
    code = template.__code__.replace(
        co_varnames=("_cls", *fields), co_name="__new__", co_qualname=f"{name}.__new__"
    )
    new = types.FunctionType(code, template.__globals__, "__new__", defaults or None)
    new.__doc__ = f"Create new instance of {name}({', '.join(fields)})"
    repr_format = "(" + ", ".join(f"{field}=%r" for field in fields) + ")"

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != count:
            raise TypeError(f"Expected {count} arguments, got {len(result)}")
        return result

    def _replace(self, /, **changes):
        result = self._make(map(changes.pop, fields, self))
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_format % self

    def _asdict(self):
        return dict(zip(self._fields, self, strict=True))

    def __getnewargs__(self):
        return tuple(self)

    members = {
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": dict(zip(fields[count - len(defaults) :], defaults, strict=True)),
        "__new__": new,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, field in enumerate(fields):
        members[field] = _tuplegetter(index, f"Alias for field number {index}")
    return members


@functools.cache
def _new_template(count: int):
    """`lambda _cls, a0, a1…: tuple.__new__(_cls, (a0, a1…))`, as namedtuple writes it."""
    args = ", ".join(f"a{i}" for i in range(count)) + ("," if count == 1 else "")
    params = f"_cls, {args}" if count else "_cls"
    return eval(  # our own fixed source, as collections.namedtuple does
        f"lambda {params}: _tuple_new(_cls, ({args}))",
        {"_tuple_new": tuple.__new__, "__builtins__": {}, "__name__": "newslint_record"},
    )


if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:

    class Record(metaclass=_RecordMeta):
        """Derive a record from this (see the module's docstring)."""

        __slots__ = ()
