"""Findings remembered per file, like ruff's cache: a re-run over unchanged copy skips linting.

An entry's key is a digest of everything a file's findings depend on: its bytes and the name it
is reported under; newslint's version and the size and time of every file of the installed
package (code, packs, tables: an edited rule is a different key even without a new release);
the rules that run on it with their severities and params; the bytes of any extra packs; and
the command-line date. A story checked against its `sources:` depends on other files too, so
its findings are never stored.

The cache is one file, `<folder>/results-v1.pickle` (`.newslint_cache/` by default, with a
`.gitignore` of `*` so it is never committed). It is read once, written once at the end of a run
(atomically), and entries unused for 30 days are dropped then. A cache that cannot be read is
empty; one that cannot be written is skipped. `--no-cache` turns it off.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import time
from pathlib import Path

from .finding import Finding

FILE_NAME = "results-v1.pickle"
_MAX_AGE_DAYS = 30


@functools.cache
def code_stamp() -> str:
    """Version plus the size and modification time of every file of the installed package
    (its code and its YAML): cheap to take (no file is read) and different after any edit."""
    from . import rules
    from .version import __version__

    digest = hashlib.blake2b(digest_size=16)
    digest.update(__version__.encode())
    for root in sorted({Path(__file__).parent, rules.folder()}):
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".yaml")):
                    stat = os.stat(os.path.join(folder, name))
                    digest.update(f"{folder}/{name}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


class ResultCache:
    """Findings by key for one run; `save()` writes what this run added or used."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._today = int(time.time() // 86400)
        self._entries: dict[str, tuple[int, list[Finding]]] = self._read()
        self._changed = False
        self.hits = 0

    def _read(self) -> dict:
        try:
            data = pickle.loads((self.folder / FILE_NAME).read_bytes())
        except Exception:  # missing, truncated or from another version: start empty
            return {}
        return data if isinstance(data, dict) else {}

    @staticmethod
    def key(data: bytes, name: str, context: str) -> str:
        digest = hashlib.blake2b(digest_size=20)
        digest.update(f"{code_stamp()}\0{context}\0{name}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> list[Finding] | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        day, findings = entry
        if day != self._today:
            self._entries[key] = (self._today, findings)
            self._changed = True
        self.hits += 1
        return findings

    def put(self, key: str, findings: list[Finding]) -> None:
        self._entries[key] = (self._today, findings)
        self._changed = True

    def save(self) -> None:
        if not self._changed:
            return
        oldest = self._today - _MAX_AGE_DAYS
        kept = {k: v for k, v in self._entries.items() if v[0] >= oldest}
        import tempfile

        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            ignore = self.folder / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# Made by newslint: its result cache.\n*\n", encoding="utf-8")
            with tempfile.NamedTemporaryFile("wb", dir=self.folder, delete=False) as tmp:
                pickle.dump(kept, tmp, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp.name, self.folder / FILE_NAME)
        except OSError:
            pass
        self._changed = False
