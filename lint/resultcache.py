"""Findings remembered per file, like ruff's cache: a re-run over unchanged copy skips linting.

An entry's key is a digest of everything a file's findings depend on: its bytes and the name it
is reported under; newslint's version and the size and time of every file of the installed
package (code, packs, tables: an edited rule is a different key even without a new release);
the rules that run on it with their severities and params; the bytes of any extra packs; and
the command-line date. A story checked against its `sources:` depends on other files too, so
its findings are never stored.

The cache is one file, `<folder>/results-v2.json` (`.newslint_cache/` by default, with a
`.gitignore` of `*` so it is not committed by accident). It sits in the repository, which a
stranger's pull request can write to, so it is data only (JSON, never pickle), signed with this
user's key (newslint.usercache), and checked entry by entry when read. A cache that arrived with
the repository, or from another machine, fails the signature: it is ignored with one warning and
replaced at the end of the run. It can neither run code nor hide a finding.

It is read once and written once at the end of a run (atomically); entries unused for 30 days
are dropped then. `--no-cache` turns it off.
"""

from __future__ import annotations

import functools
import os
import time
from pathlib import Path

from . import usercache
from .digests import blake2b
from .finding import Finding, InputError, Location, Related, Severity

FILE_NAME = "results-v2.json"
_MAX_AGE_DAYS = 30
_SEVERITIES = {str(s): s for s in Severity}


@functools.cache
def code_stamp() -> str:
    """Version plus the size and modification time of every file of the installed package
    (its code and its YAML): cheap to take (no file is read) and different after any edit."""
    from . import rules
    from .version import __version__

    digest = blake2b(digest_size=16)
    digest.update(__version__.encode())
    for root in sorted({Path(__file__).parent, rules.folder()}):
        for folder, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".py", ".yaml", ".json")):
                    stat = os.stat(os.path.join(folder, name))
                    digest.update(f"{folder}/{name}|{stat.st_size}|{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _location(row) -> Location:
    path, line, column, end_line, end_column = row
    if not isinstance(path, str) or not all(
        type(n) is int and n >= 1 for n in (line, column, end_line, end_column)
    ):
        raise ValueError("bad location")
    return Location(path, line, column, end_line, end_column)


def encode(finding: Finding) -> list:
    loc = finding.location
    related = [[*r.location, r.message] for r in finding.related]
    return [*loc, finding.code, finding.rule, str(finding.severity), finding.message, related]


def decode(row) -> Finding:
    """A Finding from a stored row, or ValueError when the row is not one."""
    if not isinstance(row, list) or len(row) != 10:
        raise ValueError("bad finding")
    code, rule, severity, message, related = row[5:]
    if not all(isinstance(v, str) for v in (code, rule, message)) or severity not in _SEVERITIES:
        raise ValueError("bad finding")
    if not isinstance(related, list):
        raise ValueError("bad related")
    others = []
    for entry in related:
        if not isinstance(entry, list) or len(entry) != 6 or not isinstance(entry[5], str):
            raise ValueError("bad related")
        others.append(Related(_location(entry[:5]), entry[5]))
    location = _location(row[:5])
    return Finding(location, code, rule, _SEVERITIES[severity], message, tuple(others))


class ResultCache:
    """Findings by key for one run; `save()` writes what this run added or used."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._today = int(time.time() // 86400)
        self.warning: InputError | None = None  # why an existing cache file was not used
        self._entries: dict[str, tuple[int, list[Finding]]] = self._read()
        self._changed = False
        self.hits = 0

    def _read(self) -> dict:
        path = self.folder / FILE_NAME
        data, problem = usercache.read_signed_json(path)
        if problem == "missing":
            return {}
        entries = {}
        try:
            if problem is not None or not isinstance(data, dict):
                raise ValueError
            for key, value in data.items():
                day, rows = value
                if type(day) is not int or not isinstance(rows, list):
                    raise ValueError
                entries[key] = (day, [decode(row) for row in rows])
        except (ValueError, TypeError):
            self.warning = InputError(
                str(path),
                "result cache not written by newslint for this user, or damaged; "
                "ignored (it is replaced at the end of this run)",
            )
            self._changed = True
            return {}
        return entries

    @staticmethod
    def key(data: bytes, name: str, context: str) -> str:
        digest = blake2b(digest_size=20)
        digest.update(f"{code_stamp()}\0{context}\0{name}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str, name: str) -> list[Finding] | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        day, findings = entry
        if any(f.location.path != name for f in findings):
            return None  # findings on another file than the one asked about: not this entry
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
        kept = {
            k: [day, [encode(f) for f in findings]]
            for k, (day, findings) in self._entries.items()
            if day >= oldest
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            if self.folder.is_symlink():
                return  # a link committed to the repository could point anywhere
            # O_NOFOLLOW | O_EXCL: never through a link, never over a file already there
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(self.folder / ".gitignore", flags, 0o644)
            with os.fdopen(fd, "w", encoding="utf-8") as ignore:
                ignore.write("# Made by newslint: its result cache.\n*\n")
        except FileExistsError:
            pass
        except OSError:
            return
        (self.folder / "results-v1.pickle").unlink(missing_ok=True)  # before 0.2: never read
        usercache.write_signed_json(self.folder / FILE_NAME, kept)
        self._changed = False
