"""Turning a rule's YAML `params` into its kind's frozen Params, strictly.

Keys may be written kebab-case or snake_case. Field types understood: bool, int, float, str,
tuple[str, ...], dict[str, float] (named weights), Lexicon (one lexicon name or a list of them,
resolved to their phrases) and Pattern (a regular expression, compiled here so a bad one is
caught at load time).
"""

from __future__ import annotations

import functools
import re
import sys
import time
import typing
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import regex


class Lexicon(tuple):
    """Phrases from one or more named lexicons."""


class Pattern(str):
    """A regular expression from a rule pack; the compiled form is `.compiled`.

    Pack authors can write patterns that backtrack catastrophically (`(a|aa)+$`), so a kind
    searches with `finditer(text, deadline)`: past the deadline the `regex` module raises
    TimeoutError, which the engine reports as the rule timing out on that file.
    """

    compiled: regex.Pattern | re.Pattern
    BUDGET = 2.0  # seconds one rule's pattern may spend on one file

    def finditer(self, text: str, deadline: float):
        """Matches in `text`; raises TimeoutError once `time.monotonic()` passes `deadline`.
        A shipped pattern that the standard `re` reads is compiled with it (newslint.patterns
        ships its compiled program, and it matches faster); those are newslint's own, tested
        and fuzzed, and run without a deadline."""
        if isinstance(self.compiled, re.Pattern):
            return self.compiled.finditer(text)
        return self.compiled.finditer(text, timeout=max(deadline - time.monotonic(), 1e-3))


class ParamError(ValueError):
    def __init__(self, message: str, key: str | None = None):
        super().__init__(message)
        self.key = key


def _coerce(name: str, kind, value, lexicons: dict[str, tuple[str, ...]], shipped: bool = False):
    if kind is bool:
        if not isinstance(value, bool):
            raise ParamError(f"param {name!r} must be true or false, not {value!r}", name)
        return value
    if kind is int or kind is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ParamError(f"param {name!r} must be a number, not {value!r}", name)
        if kind is int and not float(value).is_integer():
            raise ParamError(f"param {name!r} must be a whole number, not {value!r}", name)
        return kind(value)
    if kind is str:
        if not isinstance(value, str):
            raise ParamError(f"param {name!r} must be text, not {value!r}", name)
        return value
    if kind is Pattern:
        if not isinstance(value, str):
            raise ParamError(f"param {name!r} must be a regular expression", name)
        if shipped:
            from . import patterns

            pattern = Pattern(value)
            try:  # \p{L}, \p{Lu}, \p{Ll}, \p{N} as re classes
                pattern.compiled = patterns.compile(patterns.portable(value) or value)
                return pattern
            except re.error:
                pass  # other `regex` syntax: compiled below
        import regex  # only here: a run answered from the result cache compiles nothing

        try:
            compiled = regex.compile(value)
        except regex.error as exc:
            raise ParamError(f"param {name!r}: invalid regular expression: {exc}", name) from None
        pattern = Pattern(value)
        pattern.compiled = compiled
        return pattern
    if kind is Lexicon:
        lexicon_names = [value] if isinstance(value, str) else value
        if not isinstance(lexicon_names, list) or not all(
            isinstance(v, str) for v in lexicon_names
        ):
            raise ParamError(f"param {name!r} must name a lexicon or a list of lexicons", name)
        phrases: list[str] = []
        for lexicon_name in lexicon_names:
            if lexicon_name not in lexicons:
                raise ParamError(f"param {name!r}: unknown lexicon {lexicon_name!r}", name)
            phrases.extend(lexicons[lexicon_name])
        return Lexicon(phrases)
    if typing.get_origin(kind) is dict:  # dict[str, float]: named weights
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool)
            for k, v in value.items()
        ):
            raise ParamError(f"param {name!r} must map names to numbers", name)
        return {str(k): float(v) for k, v in value.items()}
    if typing.get_origin(kind) is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ParamError(f"param {name!r} must be a list of text", name)
        return tuple(value)
    raise ParamError(f"param {name!r} has a type newslint cannot read: {kind!r}", name)


# The annotations the kinds write, as types: typing.get_type_hints compiles and evaluates each
# annotation string, about 1 ms for the kinds of one run. Anything else is evaluated as before.
_WRITTEN = {
    "int": int,
    "float": float,
    "bool": bool,
    "str": str,
    "Lexicon": Lexicon,
    "Pattern": Pattern,
    "tuple[str, ...]": tuple[str, ...],
    "dict[str, float]": dict[str, float],
}


@functools.cache
def _hints(params_class) -> dict:
    """A kind's param types, read once per kind, not once per rule: each annotation is written
    as a string; the usual ones are looked up, any other is evaluated."""
    written = {}
    for klass in reversed(params_class.__mro__):
        written.update(vars(klass).get("__annotations__", {}))
    module = vars(sys.modules.get(params_class.__module__, typing))
    if all(
        isinstance(a, str) and a in _WRITTEN and module.get(a, _WRITTEN[a]) is _WRITTEN[a]
        for a in written.values()
    ) and not any(name in module for name in ("int", "float", "bool", "str", "tuple", "dict")):
        return {name: _WRITTEN[a] for name, a in written.items()}
    return typing.get_type_hints(params_class)  # a name the module binds to something else


def build(params_class, raw: dict, lexicons: dict[str, tuple[str, ...]], shipped: bool = False):
    """A Params instance from YAML values; unknown, missing or mistyped params raise ParamError.
    `shipped`: the params of newslint's own packs (see Pattern)."""
    hints = _hints(params_class)
    fields = params_class._fields
    defaults = params_class._field_defaults
    values = {}
    for key, value in raw.items():
        name = str(key).replace("-", "_")
        if name not in fields:
            known = ", ".join(sorted(f.replace("_", "-") for f in fields)) or "none"
            raise ParamError(f"unknown param {key!r} (known: {known})", key)
        values[name] = _coerce(str(key), hints[name], value, lexicons, shipped)
    for name in fields:
        if name not in values and name not in defaults:
            raise ParamError(f"missing param {name.replace('_', '-')!r}")
    try:
        built = params_class(**values)
        if hasattr(built, "validate"):
            built.validate()
        return built
    except (TypeError, ValueError) as exc:
        raise ParamError(str(exc)) from None
