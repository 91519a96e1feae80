"""Record: an immutable, typed record, written like `typing.NamedTuple` and built at a third of
its cost.

Every fact an extractor pulls (a claim, a date, a person) and every kind's `Params` is such a
record: a tuple with named fields. `typing.NamedTuple` checks each field's annotation as it
makes the class; under `from __future__ import annotations` each annotation is a string, and
checking it compiles it. newslint defines about 80 records at start-up, which cost ~13 ms that
way, a seventh of a one-story run. `Record` makes the same class with
`collections.namedtuple` from the annotations as written, without reading them:

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

import collections
from typing import TYPE_CHECKING

__all__ = ["Record"]


class _RecordMeta(type):
    def __new__(mcls, name: str, bases: tuple, namespace: dict):
        if not bases:  # Record itself
            return super().__new__(mcls, name, bases, namespace)
        if bases != (Record,):
            raise TypeError(f"record {name} must derive from Record alone")
        fields = tuple(namespace.get("__annotations__", {}))
        defaults = [namespace[field] for field in fields if field in namespace]
        if any(field not in namespace for field in fields[len(fields) - len(defaults) :]):
            raise TypeError(f"record {name}: a field without a default follows one with a default")
        tuple_class = collections.namedtuple(
            name, fields, defaults=defaults, module=namespace.get("__module__")
        )
        body = {key: value for key, value in namespace.items() if key not in fields}
        body["__slots__"] = ()
        return type(name, (tuple_class,), body)


if TYPE_CHECKING:
    from typing import NamedTuple as Record
else:

    class Record(metaclass=_RecordMeta):
        """Derive a record from this (see the module's docstring)."""

        __slots__ = ()
