"""newslint.params reads a kind's param types without evaluating the usual annotations, and
gets the same types typing.get_type_hints would."""

import re
import sys
import types
import typing

import pytest

from newslint import kinds, params
from newslint.records import Record


@pytest.mark.parametrize("kind", kinds.names())
def test_every_kinds_param_types_are_what_typing_reads(kind):
    found = kinds.load(kind).Params
    params._hints.cache_clear()
    assert params._hints(found) == typing.get_type_hints(found)


def _params_in_a_module(monkeypatch, source: str):
    module = types.ModuleType("newslint_test_kind")
    monkeypatch.setitem(sys.modules, module.__name__, module)
    exec(compile(source, "<kind>", "exec"), vars(module))
    params._hints.cache_clear()
    return module.Params


def test_a_module_that_binds_a_name_otherwise_is_read_by_typing(monkeypatch):
    header = "from __future__ import annotations\nfrom newslint.records import Record\n"
    shadowed = _params_in_a_module(
        monkeypatch, header + "import re\nPattern = re.Pattern\nclass Params(Record):\n"
        "    expression: Pattern = None\n"
    )  # fmt: skip
    assert params._hints(shadowed) == {"expression": re.Pattern}
    plain = _params_in_a_module(
        monkeypatch, header + "from newslint.params import Lexicon\nclass Params(Record):\n"
        "    words: Lexicon = ()\n    limit: int = 3\n    weights: dict[str, float] = None\n"
    )  # fmt: skip
    assert params._hints(plain) == {
        "words": params.Lexicon, "limit": int, "weights": dict[str, float]
    }  # fmt: skip


def test_a_built_params_coerces_by_those_types():
    class Params(Record):
        limit: int = 3
        share: float = 0.5
        names: tuple[str, ...] = ()

    built = params.build(Params, {"limit": 4, "share": 1, "names": ["a", "b"]}, {})
    assert built == (4, 1.0, ("a", "b")) and isinstance(built.share, float)
    with pytest.raises(params.ParamError):
        params.build(Params, {"limit": 2.5}, {})
