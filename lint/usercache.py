"""Small derived-data caches in the user's cache folder ($XDG_CACHE_HOME/newslint or
~/.cache/newslint): the gazetteer's name sets and quantulum3's unit names. They are written
atomically and never required: an unwritable folder only means the work is redone each run."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newslint"


def read_json(name: str):
    """The cached value, or None when there is none (or it cannot be read)."""
    try:
        return json.loads((folder() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(name: str, value) -> None:
    """Replace the cached value atomically; silently skipped when the folder is not writable."""
    path = folder() / name
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as tmp:
            json.dump(value, tmp)
        os.replace(tmp.name, path)
    except OSError:
        pass
