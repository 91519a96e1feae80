"""unknown-variant: a near-miss of a well-known place name that is not itself a place.

"Demascus lodged a complaint": no such place; Damascus is one letter away. Measured against
the gazetteer's typo targets (newslint.extract.gazetteer: countries, US states, national
capitals and large cities from GeoNames data), so the right spelling need not appear anywhere
in the story. The typo model is one edit with transpositions: a dropped, doubled, swapped or
changed letter. The message names the right spelling.

Checked only for words the copy uses as a place (after "in", "from", "to" …, or listed beside a
real place: "Lesotho, Sri Lanka, Bangaldesh", "Narobi, Kenya"; not "Hebei province" or
"Merlin engines") that are surely names and surely not real: written with a capital
mid-sentence; not an ordinary English word
("Dating", "Changing"), a well-known name ("Rinaldi" is a person) or any place in the gazetteer
(every city of 15,000 people or more, with its alternate names: "Mosul" and "Kiev" are real);
used fewer than `established` times; not written beside another name ("Sir Cameron
Mackintosh"); and not in a team sheet or results list. A word whose right spelling does appear
in the story is spelling-variant's.

Example (fail): `The UN said Demascus had lodged a complaint.`
Example (pass): `Damascus lodged a complaint with the UN.`
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import patterns
from ..document import Document
from ..extract import gazetteer, names, tables, words
from ..finding import Hit
from ..records import Record

KIND = "unknown-variant"
ARGS = ("word", "place")


class Params(Record):
    min_length: int = 5
    established: int = 3


def _candidate(spelling: names.Spelling, params: Params) -> bool:
    return (
        spelling.alone
        and not spelling.neighbours  # "Sir Cameron Mackintosh": a name, whatever it is near
        and len(spelling.folded) >= params.min_length
        and len(spelling.occurrences) < params.established
        and spelling.text[1:].islower()
        and not words.is_ordinary(spelling.text)
        and not words.well_known_name(spelling.text)
    )


@functools.cache
def _context() -> tuple[re.Pattern, re.Pattern]:
    before = tables.alternation(tables.words("names", "place-words-before"))
    after = tables.alternation(tables.words("names", "place-words-after"))
    return (
        patterns.compile(rf"\b(?:{before})\s+(?:the\s+)?$", re.I),
        patterns.compile(rf"^['’]?s?\s+(?:{after})\b", re.I),
    )


@functools.cache
def _speaks() -> re.Pattern:
    verbs = tables.alternation(
        (*tables.words("attribution", "reporting-verbs"), "has", "have", "had", "will", "would")
    )
    return patterns.compile(rf"\s+(?:(?:has|have|had|also)\s+)?(?:{verbs})\b")


_LISTED = patterns.compile(r"^\s*(?:,|and\b|or\b)\s*([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_LISTED_BEFORE = patterns.compile(
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s*(?:,\s*(?:and|or)?|\band|\bor)\s*$"
)


def used_as_a_place(doc: Document, start: int, end: int, governs: bool = False) -> bool:
    """The copy uses the word as a place: after "in", "from", "to" …; next to a country,
    region or large city in a list ("Lesotho, Sri Lanka, and Bangaldesh") or before one
    ("Narobi, Kenya"); and not as a region or a body ("Hebei province"). A small town in the
    list proves nothing: "Nokia, Sagem, Sony" lists companies. A country or capital also
    speaks for its government ("Demascus said", "Washinton has warned") when `governs`."""
    text = doc.prose
    before_re, after_re = _context()
    if after_re.match(text, end, min(len(text), end + 30)):
        return False
    if governs and _speaks().match(text, end, min(len(text), end + 40)):
        return True
    if before_re.search(text, max(0, start - 20), start):
        return True
    near = [_LISTED.match(text, end, min(len(text), end + 40))]
    near.append(_LISTED_BEFORE.search(text, max(0, start - 40), start))
    big = gazetteer.targets()
    return any(m is not None and big.has(names.fold(m.group(1))) for m in near)


def check(doc: Document, params: Params) -> Iterator[Hit]:
    spellings = [s for s in names.spellings(doc) if " " not in s.text]
    near = {}
    for spelling in spellings:
        if _candidate(spelling, params):
            places = [
                (p, kind)
                for p, kind in gazetteer.targets().near(spelling.folded)
                if not names.derived_from(spelling.text, p)  # "Rwandan", "Angolan"
            ]
            if places:
                near[spelling] = places
    if not near:
        return
    real = gazetteer.known()  # loaded only once a word looks like a typo
    in_story = {s.folded for s in spellings}
    for spelling, places in near.items():
        if spelling.folded in real or names.in_a_list(doc, spelling):
            continue
        present = [p for p, _ in places if names.fold(p) in in_story]
        if any(names.skeleton(p) == names.skeleton(spelling.text) for p in present):
            continue  # spelling-variant compares these two and says so
        governs = any(kind in ("country", "capital") for _, kind in places)
        if not present and not any(
            used_as_a_place(doc, a, b, governs) for a, b in spelling.occurrences
        ):
            continue  # "Merlin engines", "Kodak film": a name, not a place gone wrong
        if present:
            places = [(p, k) for p, k in places if p in present]
        for start, end in spelling.occurrences:
            yield Hit(start, end, {"word": spelling.text, "place": places[0][0]})
