"""Pattern text built from word lists, built ahead by `make derived` and shipped.

Building the extractors' alternations from their tables ("killed|died|dead|…", one branch per
first letter) and the phrase lexicons' line patterns takes about 6 ms of every run, and gives
the same strings every time. `make derived` records each string built while it lints the
examples (in the process newslint.patterns.derive starts) and ships them in
lint/derived/alternations.json, keyed by a digest of how the string was asked for (which
builder, with which options) and of the sorted phrases: every builder here depends on the set
of phrases only, never on their order. The file also records a digest of the builders'
source; made by other code, it is not used. A string it lacks (a user's own phrases) is built
as before.

Example: `built(("alternation",), ["said", "told"], build)` is `build(["said", "told"])`,
or the string shipped for those phrases, which is the same.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import derived
from .digests import blake2b

_BUILDERS = ("extract/tables.py", "phrases.py")  # the modules whose code makes the strings
_shipped_strings: dict[str, str] | None = None
recorded: dict[str, str] | None = None  # set to {} to collect what is built (patterns._collect)


def _source_stamp() -> str:
    here = Path(__file__).resolve().parent
    return derived.digest([here / name for name in _BUILDERS], sys.version_info[:2])


def _shipped() -> dict[str, str]:
    global _shipped_strings
    if _shipped_strings is None:
        found = derived.read("alternations")
        ok = found is not None and found.get("digest") == _source_stamp()
        data = found["data"] if ok and not os.environ.get("NEWSLINT_NO_SHIPPED") else {}
        valid = isinstance(data, dict) and all(isinstance(v, str) for v in data.values())
        _shipped_strings = data if valid else {}
    return _shipped_strings


def built(how: tuple, phrases, build) -> str:
    """`build(sorted phrases)`, or the string shipped for the same `how` and phrases."""
    ordered = sorted(set(phrases))
    joined = "\0".join(ordered)
    if joined.count("\0") != max(len(ordered) - 1, 0):
        return build(ordered)  # a NUL inside a phrase: the key could not tell it apart
    key = blake2b(f"{how!r}\0\0{joined}".encode(), digest_size=16).hexdigest()
    out = _shipped().get(key)
    if out is None:
        out = build(ordered)
        if recorded is not None:
            recorded[key] = out
    return out


def derive() -> dict:
    """lint/derived/alternations.json from what `recorded` collected."""
    return {"digest": _source_stamp(), "data": dict(sorted((recorded or {}).items()))}
