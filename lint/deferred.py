"""Standard-library modules that newslint's dependencies import but a lint run never uses,
loaded only when something first reads one of their names.

click imports `inspect`, and `urllib.parse`, which pathlib imports, imports `ipaddress` (for
URLs with a bracketed IPv6 host). Checking a story needs neither, yet `inspect` alone brings in
`ast`, `dis`, `tokenize` and `linecache` (about 3 % of a one-story run). Each is registered in
`sys.modules` before anything imports it, as a module whose code runs the first time one of
its names is read: `import inspect` binds it at once, and help output or an IPv6 URL still
work exactly as before. (`importlib.util.LazyLoader` would be the standard way, but on Python
3.11 the import system's own look at `__spec__` runs the module at once.) `uuid`, which click
imports too, cannot wait: click reads `uuid.UUID` as it defines its types; but `platform`,
which `uuid` imports only to ask which system it is on, can.

Two names are read on start-up: click cleans every option's help text with
`inspect.cleandoc` as the command line is defined, and `uuid` asks `platform.system()`. A
deferred module may answer such a name with a stand-in (`_STAND_INS`) that gives what the
module's own function would on the inputs a run passes it, and runs the module for any other:
`inspect.cleandoc` of one line that does not open with white space is that line with its
tabs expanded, and `platform.system()` on Linux is the system name `os.uname()` gives.

Example: `defer(("inspect",))` before importing click; `newslint --help` then loads
`inspect` when click cleans a command's docstring of several lines, and `newslint check
story.txt` never does.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import threading
import types
from importlib.machinery import FrozenImporter, SourceFileLoader

# The modules deferred on start-up (see the module docstring for who imports them and why).
UNUSED_BY_A_RUN = ("inspect", "ipaddress", "linecache", "ntpath", "platform", "tokenize")

_loading = threading.RLock()


class _Deferred(types.ModuleType):
    """A module whose code has not run yet. Its import attributes (`__spec__`, `__name__`, …)
    are set, so `import name` finds it imported; the first other name read runs its code in
    place, in this very module object, and it becomes a plain module."""

    def __getattr__(self, name: str):
        return getattr(_run(self), name)


def _run(module: types.ModuleType) -> types.ModuleType:
    """`module`, its code run if it has not run yet (by this or another thread)."""
    with _loading:
        if type(module) is _Deferred:
            module.__class__ = types.ModuleType
            try:
                module.__spec__.loader.exec_module(module)
            except BaseException:
                sys.modules.pop(module.__name__, None)  # the next import tries afresh
                raise
    return module


def _cleandoc(doc: str) -> str:
    """`inspect.cleandoc`, without running `inspect` for one line that does not open with
    white space: nothing to dedent or strip, so the line as it is, tabs expanded."""
    if "\n" not in doc and not doc[:1].isspace():
        return doc.expandtabs()
    import inspect  # this module, deferred: run it, and its own cleandoc replaces this one

    return _run(inspect).cleandoc(doc)


def _system() -> str:
    """`platform.system()`, without running `platform` on Linux, where it is the name
    `os.uname()` gives unchanged (elsewhere it may rename it: "Microsoft" is "Windows")."""
    name = os.uname().sysname if hasattr(os, "uname") else ""
    if name == "Linux":
        return name
    import platform  # this module, deferred: run it, and its own system replaces this one

    return _run(platform).system()


# Names a deferred module answers before its code runs; running it replaces them with its own.
_STAND_INS = {"inspect": {"cleandoc": _cleandoc}, "platform": {"system": _system}}


def defer(names=UNUSED_BY_A_RUN) -> list[str]:
    """Register each module of `names` that is not imported yet as a deferred module; the
    names deferred. A name that cannot be found is left for the import system to report."""
    deferred = []
    for name in names:
        if name in sys.modules:
            continue
        spec = importlib.util.find_spec(name)
        loader = getattr(spec, "loader", None)
        if not (loader is FrozenImporter or isinstance(loader, SourceFileLoader)) or spec.parent:
            continue  # not a top-level module of Python code (a package, a compiled module)
        module = importlib.util.module_from_spec(spec)
        module.__class__ = _Deferred
        module.__dict__.update(_STAND_INS.get(name, {}))
        sys.modules[name] = module
        deferred.append(name)
    return deferred
