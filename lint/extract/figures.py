"""Figures tied to a subject: a person's age, a rate, a distance or size of one thing.

A story states each of these once; if it states it twice the values must agree. Each Figure
has a `subject` key (what it measures) and its value in a comparable unit:

- ages: "the 72-year-old driver", "the driver, aged 27", "Ann Lee, 34," ("age", the role noun
  or the person's name; common nouns such as "man" are never one subject);
- rates: "unemployment rose to 5.3 percent", "the 3.5 percent jobless rate" (the measure, with
  its synonyms; past, forecast or sub-group values are skipped);
- measures with units, anchored to a place ("five miles east of Deir Ezzor") or to a definite
  thing ("the 3-mile tunnel"), converted to the unit table's base unit;
- group sizes written "a 30,000-strong force".

The vocabulary is data: rules/tables/measures.yaml and units.yaml.
"""

from __future__ import annotations

import functools
import re

from .. import patterns
from ..records import Record
from . import cached, casualties, numbers, tables, units


class Figure(Record):
    start: int
    end: int
    text: str
    measure: str  # age, percent, count, or a unit dimension
    subject: str  # what is measured: "driver", "smith", "unemployment", "east of deir ezzor"
    value: float  # in the dimension's base unit for measures with units
    approximate: bool


class _Grammar(Record):
    rates: re.Pattern
    rate_class: dict[str, str]
    rate_other: frozenset[str]
    months: frozenset[str]
    generic: frozenset[str]
    direction: re.Pattern


_NAME_OR_ROLE_BEFORE = patterns.compile(
    r"(?:(?P<name>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)|\b(?P<role>[a-z][\w-]+))"
    r"(?:,|\s+\(|,\s+aged)\s*$"
)
_APPOSITION_AFTER = patterns.compile(r"\s*[,)]")
_RUN_AFTER = patterns.compile(r"[\s-]*(?:years?|yrs?)[\s-]*old[\s,]+((?:[\w'’-]+\s*){1,3})")
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "was",
        "is",
        "were",
        "who",
        "which",
        "from",
        "of",
        "and",
        "in",
        "on",
        "at",
        "with",
        "had",
        "has",
        "said",
        "after",
        "when",
        "as",
        "to",
    ]
)
_STRONG = patterns.compile(r"-strong\s+((?:[a-z][\w'-]*\s*){1,2})")
_THE_BEFORE = patterns.compile(r"\bthe\s+$", re.I)
_WORD = patterns.compile(r"[\w'’-]+")


@functools.cache
def grammar() -> _Grammar:
    t = "measures"
    rates = {
        " ".join(p.lower().split()): cls
        for cls, ps in tables.classes(t, "rates").items()
        for p in ps
    }
    directions = tables.alternation(tables.words(t, "directions"))
    return _Grammar(
        rates=patterns.compile(rf"\b(?:{tables.alternation(rates)})\b", re.I),
        rate_class=rates,
        rate_other=frozenset(tables.words(t, "rate-other")),
        months=frozenset(tables.words("numbers", "months")),
        generic=frozenset(tables.words(t, "age-generic")),
        direction=patterns.compile(
            rf"\s+(?P<dir>{directions})\s+(?:of\s+)?(?P<place>(?:the\s+)?(?:[A-Z][\w'’-]*\s*){{1,4}})",
            re.I,
        ),
    )


def _subject_words(run: str) -> list[str]:
    words = []
    for word in _WORD.findall(run):
        if word.lower() in _STOP:
            break
        words.append(word)
    return words


def _person_key(words: list[str], g: _Grammar, after: bool = False) -> str | None:
    """A name ("ann lee") or a role ("driver"); None for common nouns ("man")."""
    if not words:
        return None
    if after:  # "72-year-old Ann Lee said", "72-year-old driver fled": the first word leads
        names = []
        for word in words:
            if not word[0].isupper():
                break
            names.append(word.lower())
        if names:
            return " ".join(names)
        role = words[0].lower()
    elif words[-1][0].isupper():
        return " ".join(w.lower() for w in words if w[0].isupper())
    else:
        role = words[-1].lower()
    return None if role in g.generic else role


def _age(q: numbers.Quantity, text: str, g: _Grammar) -> str | None:
    after = _RUN_AFTER.match(text, q.end)
    if after:
        return _person_key(_subject_words(after.group(1)), g, after=True)
    before = _NAME_OR_ROLE_BEFORE.search(text, max(0, q.start - 60), q.start)
    if before:
        words = (before.group("name") or before.group("role")).split()
        return _person_key(words, g)
    return None


_NAME_APPOSITION = patterns.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+)(?:,|\s+\()\s*$")
_ROLE_APPOSITION = patterns.compile(r"\b(?:the|a|an)\s+([a-z][\w-]+),\s*$", re.I)


def _apposition_age(q: numbers.Quantity, text: str, g: _Grammar) -> str | None:
    """ "Ann Lee, 34," "Ann Lee (34)" or "the driver, 27,": a bare number after a name or a
    role is an age. A number in brackets after a common word is a citation ("eating (2)")."""
    if q.qualifier != "exact" or not 1 <= q.value <= 110 or not q.value.is_integer():
        return None
    if not _APPOSITION_AFTER.match(text, q.end):
        return None
    window = max(0, q.start - 60)
    name = _NAME_APPOSITION.search(text, window, q.start)
    if name:
        return _person_key(name.group(1).split(), g)
    role = _ROLE_APPOSITION.search(text, window, q.start)
    if role and text[q.end : q.end + 1] != ")":
        return _person_key([role.group(1)], g)
    return None


def _sentence_bounds(doc, pos: int) -> tuple[int, int]:
    sentence = doc.sentences[doc.sentence_index(pos)] if doc.sentences else None
    if sentence and sentence.start <= pos < sentence.end:
        return sentence.start, sentence.end
    return pos, pos


def _rate(q: numbers.Quantity, doc, g: _Grammar) -> str | None:
    text = doc.prose
    s_start, s_end = _sentence_bounds(doc, q.start)
    clause_start = max(s_start, text.rfind(";", s_start, q.start) + 1)
    end = text.find(";", q.end, s_end)
    clause_end = s_end if end == -1 else end
    clause = text[clause_start:clause_end]
    words = [w.lower() for w in _WORD.findall(clause)]
    if any(w in g.rate_other or w in g.months for w in words):
        return None  # a past, forecast or compared value sits in the same clause
    if casualties.event_in(clause, doc.date.year if doc.date else None, casualties.grammar()):
        return None
    best = None
    for m in g.rates.finditer(text, clause_start, clause_end):
        between = text[m.end() : q.start] if m.end() <= q.start else text[q.end : m.start()]
        gap = _WORD.findall(between)
        if len(gap) > 6 or any(w.lower() in ("among", "for", "of") for w in gap):
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), g.rate_class[" ".join(m.group(0).lower().split())])
    return best[1] if best else None


def _anchored(q: numbers.Quantity, text: str, g: _Grammar) -> str | None:
    after = g.direction.match(text, q.unit_end)
    if after:
        place = " ".join(after.group("place").lower().split())
        place = place.removeprefix("the ")
        return f"{after.group('dir').lower()} of {place}"
    hyphenated = text[q.end : q.end + 1] == "-"  # "the 3-mile tunnel"
    if hyphenated and _THE_BEFORE.search(text, max(0, q.start - 5), q.start):
        words = _subject_words(text[q.unit_end : q.unit_end + 40])[:2]
        if words and words[-1].islower():
            return f"the {words[-1]}"
    return None


def agree(a: Figure, b: Figure, margin: float) -> bool:
    """Whether two figures of one subject are the same value: within `margin` when either is
    approximate, else exact (ages, rates, counts) or within the unit table's rounding."""
    if a.approximate or b.approximate:
        larger = max(abs(a.value), abs(b.value))
        return abs(a.value - b.value) <= margin * larger
    if a.measure in ("age", "percent", "count"):
        return abs(a.value - b.value) < 1e-9
    return units.agree(a.value, b.value)


def figures(doc) -> list[Figure]:
    """Every figure tied to a subject, in order."""
    return cached(doc, "figures", lambda: _extract(doc))


def _extract(doc) -> list[Figure]:
    g = grammar()
    text = doc.prose
    out = []
    for q in numbers.quantities(doc):
        approximate = q.qualifier not in ("exact", "range")
        subject = None
        value = q.value
        measure = q.measure
        if q.measure == "age":
            subject = _age(q, text, g)
        elif q.measure == "count":
            subject = _apposition_age(q, text, g)
            if subject:
                measure = "age"
            else:
                strong = _STRONG.match(text, q.end)
                words = _subject_words(strong.group(1)) if strong else []
                subject = " ".join(words).lower() or None
        elif q.measure == "percent":
            subject = _rate(q, doc, g)
        elif q.unit is not None:
            subject = _anchored(q, text, g)
            value = units.to_base(q.value, q.unit)
        if subject and q.qualifier in ("exact", "round", "about"):
            end = q.unit_end or q.end
            out.append(
                Figure(q.start, end, text[q.start : end], measure, subject, value, approximate)
            )
    return _surnames(out)


def _surnames(found: list[Figure]) -> list[Figure]:
    """ "Lee, 34" later in a story is the one "Ann Lee" named earlier — unless two people share
    the surname, when it could be either and is left alone."""
    full = [f.subject for f in found if f.measure == "age" and " " in f.subject]
    by_surname: dict[str, set[str]] = {}
    for name in full:
        by_surname.setdefault(name.rsplit(" ", 1)[-1], set()).add(name)
    out = []
    for f in found:
        if f.measure == "age" and " " not in f.subject:
            names = by_surname.get(f.subject, set())
            if len(names) == 1:
                f = f._replace(subject=next(iter(names)))
            elif len(names) > 1:
                continue
        out.append(f)
    return out
