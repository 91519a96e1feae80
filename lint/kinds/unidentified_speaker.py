"""unidentified-speaker: "White said" with no White introduced; "she said" with nobody before.

A surname-only attribution needs the person's full name or title earlier in the story
("Col. Thomas Veale" before "Veale said"); a pronoun attribution needs someone introduced
before it — a name, a title or a role ("a police spokeswoman"). Not checked: institutions that
speak under one name ("Reuters reported", "Moscow said"; rules/tables/attribution.yaml), names
already mentioned or described where they speak ("midfielder Guti said"), plurals ("Analysts
said"), weekdays and months.

Example (fail): `The bridge reopened on Monday.` … `"It is safe now," White said.`
Example (pass): `Engineer Ann White inspected the bridge.` … `"It is safe now," White said.`
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from typing import NamedTuple

from ..document import Document
from ..extract import attribution
from ..finding import Hit

KIND = "unidentified-speaker"
ARGS = ("speaker",)


class Params(NamedTuple):
    pronouns: bool = False  # "she said" checks: too often wrong on real copy (see pack docs)


def check(doc: Document, params: Params) -> Iterator[Hit]:
    c = attribution.cues()
    text = doc.prose
    people = attribution.people(doc)
    for m in c.surname_speaker.finditer(text):
        word = m.group("s") or m.group("t")
        start = m.start("s") if m.group("s") else m.start("t")
        key = attribution.surname_key(word)
        if key in c.institutions or key in c.not_names or key in _CALENDAR or _plural(word):
            continue
        if doc.in_quote(start) or doc.in_headline(start):
            continue
        described = m.group("s") and _described(text, start)
        if _inside_a_name(text, start) or described or _named_before(text, word, start):
            continue  # "Ministry of Defense said", "midfielder Guti said", named before
        if any(p.surname == key and p.start < start for p in people):
            continue
        if any(p.start <= start < p.end for p in people):
            continue  # part of a full name written right here
        yield Hit(start, start + len(word), {"speaker": word})
    if not params.pronouns:
        return
    first_person = min([p.start for p in people] + [_first_role(doc, c)], default=len(text))
    for m in c.pronoun_speaker.finditer(text):
        start = m.start("p") if m.group("p") else m.start("q")
        if start < first_person and not doc.in_quote(start):
            word = m.group("p") or m.group("q")
            yield Hit(start, start + len(word), {"speaker": word})


_CALENDAR = frozenset(
    [d.lower() for d in calendar.day_name] + [m.lower() for m in calendar.month_name if m]
)


def _plural(word: str) -> bool:
    """ "Analysts said", "Lawmakers said": a capitalised common noun, not a surname."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _described(text: str, start: int) -> bool:
    """ "midfielder Guti said", "film giant Disney says": a lower-case word before the name
    introduces it."""
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def _named_before(text: str, word: str, start: int) -> bool:
    """The word stood alone earlier ("Disney ... Disney said"), not as part of a longer name
    ("the White House" does not introduce a Ms White)."""
    return re.search(rf"\b{re.escape(word)}\b(?![ \t]+[A-Z])", text[:start]) is not None


def _inside_a_name(text: str, start: int) -> bool:
    """ "Ministry of Defense said", "the White House said": the word ends a longer name."""
    before = text[max(0, start - 20) : start].split()
    if not before or not before[-1][-1].isalpha():
        return False  # '…in Syria", White said': punctuation ends the name before
    return before[-1][0].isupper() or before[-1] in ("of", "the", "for", "de")


def _first_role(doc: Document, c) -> int:
    found = c.role.search(doc.prose)
    return found.start() if found else len(doc.prose)
