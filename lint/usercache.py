"""Derived data kept in the user's cache folder ($XDG_CACHE_HOME/newslint or ~/.cache/newslint)
so a run does not redo start-up work: the validated rule registry, the extractors' tables, the
gazetteer's name sets, quantulum3's unit names and compiled pattern programs.

Every entry's file name carries a fingerprint of what it was built from (newslint's version,
the Python version and the bytes of the source files), so a changed pack, table or release
is a new entry and never a stale one. Entries are written atomically and never required: an
unwritable or corrupt cache only means the work is redone.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newslint"


def fingerprint(paths: Iterable[Path], *extra: object) -> str:
    """A short digest of newslint's version, the Python version, the files' bytes and `extra`.
    A file that cannot be read counts as its path alone (the loader will report it)."""
    from .version import __version__

    digest = hashlib.blake2b(digest_size=12)
    digest.update(f"{__version__}|{sys.version}|{extra!r}".encode())
    for path in paths:
        digest.update(str(path).encode() + b"\0")
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.hexdigest()


def read_json(name: str):
    """The cached value, or None when there is none (or it cannot be read)."""
    import json

    try:
        return json.loads((folder() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(name: str, value) -> None:
    """Replace the cached value atomically; silently skipped when the folder is not writable."""
    import json

    _write(name, json.dumps(value).encode())


def read_pickle(name: str):
    """The cached object, or None. Only newslint writes this folder, like Python's own
    __pycache__; a truncated or foreign file is ignored, not trusted."""
    try:
        data = (folder() / name).read_bytes()
    except OSError:
        return None
    try:
        return pickle.loads(data)
    except Exception:  # any corrupt entry is a miss
        return None


def write_pickle(name: str, value) -> None:
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    _write(name, data)


def _write(name: str, data: bytes) -> None:
    import tempfile  # ~4 ms; only a miss pays for it

    path = folder() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(data)
        os.replace(tmp.name, path)
    except OSError:
        pass
