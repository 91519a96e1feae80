"""spelling-variant: one proper name spelled two ways in one story.

"Deir Ezzor" in paragraph four and "Deir ez-Zour" in paragraph sixteen; "Hizbollah" beside
"Hizballah"; "Demascus" two paragraphs after "Damascus". Spellings are compared through the
names extractor's keys (newslint.extract.names): transliteration variants (hyphens, spaces,
the Arabic article's al/el/ez, doubled letters, vowel swaps, Qaddafi/Gaddafi), case and
diacritics (Malmö/Malmo) and one-off typos. The finding sits on each use of the minority
spelling; its related location is the majority spelling's first use.

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
from dataclasses import dataclass

from ..document import Document
from ..extract import gazetteer, names
from ..finding import Hit

KIND = "spelling-variant"
ARGS = ("variant", "spelling", "count")


@dataclass(frozen=True)
class Params:
    established: int = 3
    min_length: int = 5


def _variants(a: names.Spelling, b: names.Spelling, params: Params) -> bool:
    fa, fb = a.folded, b.folded
    if min(len(fa), len(fb)) < params.min_length or names.aliases_of(a.text, b.text):
        return False
    if len(a.text.split()) != len(b.text.split()) or names.related_words(a.text, b.text):
        return False  # "SE Syria" and "Syria"; "Iraq" and "Iraqi"; "Minister" and "Ministry"
    if names.same_letters(a.text, b.text) or a.text.isupper() or b.text.isupper():
        return False  # "HOUSTON" and "Houston", "New Years" and "New Year's": typography
    if fa == fb:  # diacritics or the article differ: "Malmö"/"Malmo" yes, "al-Assad"/"Assad" no
        return names.fold(a.text, True) == names.fold(b.text, True)
    if not names.close(a.text, b.text):
        return False
    if a.neighbours and b.neighbours and not a.neighbours & b.neighbours:
        return False  # "Mario Ancic" and "Maria Sharapova": two people
    if min(len(a.occurrences), len(b.occurrences)) >= params.established:
        return False
    known = gazetteer.load().known
    return not (fa in known and fb in known)  # two real places: Niger and Nigeria


def in_a_list(doc: Document, spelling: names.Spelling) -> bool:
    """Team sheets and results tables ("Bell, Doherty; McMullen, Dickens; ...") list many
    people with similar names; a spelling used only in such lines is left alone."""
    for start, _ in spelling.occurrences:
        line = doc.lines[doc.position(start)[0] - 1]
        if (
            line.text.count(",") + line.text.count(";") < 5
            or len(line.text) / max(1, line.words) > 12
        ):
            return False
    return True


def check(doc: Document, params: Params) -> Iterator[Hit]:
    groups: dict[str, list[names.Spelling]] = {}
    for spelling in names.spellings(doc):
        if len(names.skeleton(spelling.text)) >= 2:
            groups.setdefault(names.skeleton(spelling.text), []).append(spelling)
    hits: list[Hit] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        ranked = sorted(
            group, key=lambda s: (-len(s.occurrences), not s.mid_sentence, s.occurrences[0])
        )
        majority = ranked[0]
        if not majority.mid_sentence:
            continue
        for minority in ranked[1:]:
            if not _variants(majority, minority, params) or in_a_list(doc, minority):
                continue
            first = majority.occurrences[0]
            for start, end in minority.occurrences:
                hits.append(
                    Hit(
                        start,
                        end,
                        {
                            "variant": minority.text,
                            "spelling": majority.text,
                            "count": len(majority.occurrences),
                        },
                        related=((first[0], first[1], f"spelled '{majority.text}' here"),),
                    )
                )
    yield from _outermost(hits)


def _outermost(hits: list[Hit]) -> list[Hit]:
    """One finding per place: "Deir ez-Zour" rather than also its "ez-Zour"."""
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept
