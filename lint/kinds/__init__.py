"""Check kinds: one module each, found by file name (kind `phrase-line` is phrase_line.py).

Every kind module has a docstring, `KIND` (its name), `ARGS` (the fields its message templates may
use), a `Params` record (newslint.records.Record: an immutable named tuple, cheaper to define
than a dataclass or a typing.NamedTuple, which matters at start-up) with an optional
`validate()` that raises ValueError, and a pure `check(doc, params)` that yields Hits. A kind
that compares several documents (coverage of one event) sets `SCOPE = "set"` and has
`check_set(docs, params)` yielding (document index, Hit) instead; its Hits may relate to
places in the other documents.
A kind whose findings are whole lines of chrome may define `fix_problem(params)`, returning None
when a rule of it may say `fix: delete-line` (see newslint.fix) or the reason it may not.
The kind `engine` is not a module: its findings (suppression directives) come from the engine.
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType

ENGINE = "engine"


@functools.cache
def names() -> tuple[str, ...]:
    import pkgutil  # listing the kinds is for validating packs; a run loads its kinds by name

    found = [m.name.replace("_", "-") for m in pkgutil.iter_modules(__path__) if not m.ispkg]
    return tuple(sorted(found))


@functools.cache
def load(kind: str) -> ModuleType:
    module = importlib.import_module(f"{__name__}.{kind.replace('-', '_')}")
    if getattr(module, "KIND", None) != kind:
        raise RuntimeError(f"kind module {module.__name__} must set KIND = {kind!r}")
    return module


def scope(kind: str) -> str:
    """ "set" or "document", read off the kind's module."""
    return getattr(load(kind), "SCOPE", "document")


@functools.cache
def is_set_kind(kind: str) -> bool:
    """Whether `kind` compares several documents. The shipped kinds' scopes come from
    lint/derived/registry.json, so `check` does not import the cross-document kinds only to
    learn it may skip them (about 4 ms of a one-story run)."""
    if kind == ENGINE:
        return False
    from ..rulepack import shipped_scopes

    known = shipped_scopes().get(kind)
    return (known or scope(kind)) == "set"
