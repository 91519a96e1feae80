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
import marshal
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


def remembered(kind: str, sources: list[Path], build, *extra: object, keep_others=False):
    """`build()`'s result, kept under `kind` and a fingerprint of `sources` and `extra`.
    The newest entry of a kind replaces the older ones unless `keep_others` (the registry: two
    projects with their own packs both stay warm)."""
    name = f"{kind}-{fingerprint(sources, *extra)}.pickle"
    found = read_pickle(name)
    if found is not None:
        return found
    value = build()
    write_pickle(name, value, replaces=None if keep_others else f"{kind}-")
    return value


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
    __pycache__; a truncated or foreign file is ignored, not trusted. Plain data (strings,
    numbers, tuples, lists, sets, dicts) is stored with marshal, which reads the gazetteer's
    43,000 names ~5x faster than pickle; anything else with pickle."""
    try:
        data = (folder() / name).read_bytes()
    except OSError:
        return None
    try:
        if data[:1] == b"M":
            return marshal.loads(data[1:])
        if data[:1] == b"P":
            return pickle.loads(data[1:])
    except Exception:  # any corrupt entry is a miss
        return None
    return None


def write_pickle(name: str, value, replaces: str | None = None) -> None:
    """Store `value`; with `replaces`, other entries whose names start with it are removed
    (an older fingerprint of the same thing, which no run will ask for again)."""
    try:
        data = b"M" + marshal.dumps(value)
    except ValueError:  # not plain data: a subclass, a record
        try:
            data = b"P" + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        except (pickle.PicklingError, TypeError, AttributeError):
            return
    _write(name, data, replaces)


def _write(name: str, data: bytes, replaces: str | None = None) -> None:
    import tempfile  # ~4 ms; only a miss pays for it

    path = folder() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(data)
        os.replace(tmp.name, path)
        for old in path.parent.glob(f"{replaces}*") if replaces else ():
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass
