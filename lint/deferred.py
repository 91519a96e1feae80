"""Standard-library modules that newslint's dependencies import but a lint run never uses,
loaded only when something first reads one of their names.

click imports `inspect` (for help text: `inspect.cleandoc`), and `urllib.parse`, which
pathlib imports, imports `ipaddress` (for URLs with a bracketed IPv6 host). Checking a story
needs neither, yet `inspect` alone brings in `ast`, `dis`, `tokenize` and `linecache`. Each is
registered in `sys.modules` before anything imports it, as a module whose code runs the first
time one of its names is read: `import inspect` binds it at once, and help output or an IPv6
URL still work exactly as before. (`importlib.util.LazyLoader` would be the standard way, but
on Python 3.11 the import system's own look at `__spec__` runs the module at once.) `uuid`,
which click imports too, cannot wait: click reads `uuid.UUID` as it defines its types.

Example: `defer(("inspect",))` before importing click; `newslint --help` then loads
`inspect` when click cleans its first docstring, and `newslint check story.txt` never does.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
import types
from importlib.machinery import FrozenImporter, SourceFileLoader

# The modules deferred on start-up (see the module docstring for who imports them and why).
UNUSED_BY_A_RUN = ("ipaddress", "linecache", "ntpath", "tokenize")

_loading = threading.RLock()


class _Deferred(types.ModuleType):
    """A module whose code has not run yet. Its import attributes (`__spec__`, `__name__`, …)
    are set, so `import name` finds it imported; the first other name read runs its code in
    place, in this very module object, and it becomes a plain module."""

    def __getattr__(self, name: str):
        with _loading:
            if type(self) is _Deferred:  # not run yet (another thread may have run it)
                self.__class__ = types.ModuleType
                try:
                    self.__spec__.loader.exec_module(self)
                except BaseException:
                    sys.modules.pop(self.__name__, None)  # the next import tries afresh
                    raise
        return getattr(self, name)


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
        sys.modules[name] = module
        deferred.append(name)
    return deferred
