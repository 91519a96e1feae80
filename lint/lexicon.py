"""Named word and phrase lists (YAML), shipped in rules/lexicons/ and extendable from config.

A lexicon file maps names to lists of strings. Names are global: two files defining one name is
an error, so an extension can never silently shadow a shipped list.
"""

from __future__ import annotations

import functools
from pathlib import Path

from . import derived
from . import rules as shipped
from .finding import InputError
from .yamlio import LinedDict, load_yaml


def builtin_dir() -> Path:
    return shipped.folder() / "lexicons"


def read_mapping(data: LinedDict, path: str) -> dict[str, tuple[str, ...]]:
    """Validate YAML that maps lexicon names to lists of phrases (a lexicon file, or a pack's
    inline `lexicons:`)."""
    out: dict[str, tuple[str, ...]] = {}
    for name, entries in data.items():
        line = data.line_of(name)
        if not isinstance(name, str) or not isinstance(entries, list):
            raise InputError(path, f"lexicon {name!r} must be a list of phrases", line)
        bad = [e for e in entries if not isinstance(e, str) or not e.strip()]
        if bad:
            raise InputError(path, f"lexicon {name!r}: {bad[0]!r} is not a phrase", line)
        out[name] = tuple(entries)
    return out


def load_file(path: Path) -> dict[str, tuple[str, ...]]:
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise InputError(str(path), "a lexicon file maps names to lists of phrases", 1)
    return read_mapping(data, str(path))


@functools.cache
def builtin() -> dict[str, tuple[str, ...]]:
    """The shipped lexicons, from the package's derived data (newslint.derived)."""
    merged: dict[str, tuple[str, ...]] = {}
    for file, data in derived.parsed_yaml("lexicons", load_yaml).items():
        path = str(builtin_dir() / file)
        if not isinstance(data, dict):
            raise InputError(path, "a lexicon file maps names to lists of phrases", 1)
        for name, entries in read_mapping(data, path).items():
            if name in merged:
                raise InputError(path, f"lexicon {name!r} is defined twice")
            merged[name] = entries
    return merged
