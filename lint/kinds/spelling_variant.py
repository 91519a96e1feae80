"""spelling-variant: one proper name spelled two ways in one story.

"Deir Ezzor" in paragraph four and "Deir ez-Zour" in paragraph sixteen; "Hizbollah" beside
"Hizballah"; "Demascus" two paragraphs after "Damascus". Spellings are compared through the
names extractor's keys (newslint.extract.names): transliteration variants (hyphens, spaces,
the Arabic article's al/el/ez, doubled letters, vowel swaps, Qaddafi/Gaddafi), case and
diacritics (Malmö/Malmo) and one-off typos. The finding sits on each use of the spelling to
change; its related location is the first use of the spelling to keep: the one that is a real
place (gazetteer) or English words, else the one used most, else (a tie) the one that is a
well-known name ("McIlroy" beside "McIlory").

Two spellings are close when their folded letters are one edit apart (up to six letters), two
(up to eight) or three (longer). Never flagged: aliases (Islamic State/ISIS/Daesh, U.S./USA;
rules/tables/names.yaml); two
different real places (Niger/Nigeria, Austria/Australia: both in the gazetteer); two spellings
each used `established` times or more (two people, not one misspelt); names under five letters;
spellings that differ only in case or apostrophes; a name and its derived form (Iraq/Iraqi);
two first names written beside different surnames ("Mario Ancic", "Maria Sharapova").

Example (fail): `Troops massed near Deir Ezzor.` … `Shelling hit Deir ez-Zour overnight.`
Example (pass): `Officials in Niger and Nigeria met on Monday.`
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import gazetteer, names, words
from ..finding import Hit, outermost
from ..records import Record

KIND = "spelling-variant"
ARGS = ("variant", "spelling", "count")


class Params(Record):
    established: int = 3
    min_length: int = 5


def check(doc: Document, params: Params) -> Iterator[Hit]:
    groups: dict[str, list[names.Spelling]] = {}
    uses = {s.text: len(s.occurrences) for s in names.spellings(doc)}

    def support(s: names.Spelling) -> int:
        """Uses of the spelling's least used word: "Mars Reconaissance" leans on the one
        "Reconaissance", "Mars Reconnaissance" on two "Reconnaissance"."""
        return min(uses.get(w, 0) for w in s.text.split())

    for spelling in names.spellings(doc):
        if spelling.text[:1].islower():
            continue  # "de Janeiro": a fragment of a longer name, compared as the whole
        skeleton = names.skeleton(spelling.text)
        if len(skeleton) >= 2:
            groups.setdefault(skeleton, []).append(spelling)
    hits: list[Hit] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        ranked = sorted(
            group,
            key=lambda s: (
                not names.looks_right(s),
                -len(s.occurrences),
                -support(s),
                not any(words.well_known_name(w) for w in s.text.split()),  # a tie: "McIlroy"
                not s.mid_sentence,
                s.occurrences[0],
            ),
        )
        majority = ranked[0]
        if not (majority.mid_sentence or names.looks_right(majority)):
            continue
        for minority in ranked[1:]:
            if (
                not names.variants(majority, minority, params.min_length, params.established)
                or names.in_a_list(doc, minority)
                or names.in_a_list(doc, majority)
            ):
                continue  # a team sheet or results list: many people with similar names
            keep = majority
            places = gazetteer.targets()  # main names only: alternates are variants themselves
            if (
                places.has(minority.folded)
                and not places.has(majority.folded)
                and not majority.neighbours  # "Hans Christian Andersen": a person, not a place
            ):
                keep, minority = minority, majority  # the gazetteer knows the right spelling
            first = keep.occurrences[0]
            for start, end in minority.occurrences:
                hits.append(
                    Hit(
                        start,
                        end,
                        {
                            "variant": minority.text,
                            "spelling": keep.text,
                            "count": len(keep.occurrences),
                        },
                        related=((first[0], first[1], f"spelled '{keep.text}' here"),),
                    )
                )
    yield from outermost(hits)
