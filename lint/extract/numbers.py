"""Quantities in news copy: every number with its qualifier, read as an interval of true figures.

"more than 100" is (100, ∞), "about 100" and a bare round "100" are 100 ± 10 %, "nearly 40" is
[36, 39], "between 30 and 40" is [30, 40], "dozens" is [24, 199], "298" is exactly 298. Number
words ("twenty-five", "1.5 million", "a quarter of a million", "two dozen") are read too. The
qualifier words, vague quantities and the margin are data: rules/tables/numbers.yaml.

Not counts, and left out: years, dates, clock times, ordinals, designators and model names
("T-72", "M777", "Sukhoi 25", "F-16s", "COVID-19"), street numbers, phone numbers and sports
scores. Ages ("the 72-year-old driver", "Ann Lee, 34,"), percentages, money, durations ("four
months ago") and physical measures ("five miles") are kept with their `measure` so figure
checks can use them, but they are never counts.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterator

from .. import literals, patterns
from ..records import Record
from . import cached, tables, units

INF = math.inf

# Which side of the stated figure N each qualifier puts the true figure: below, at or above it.
# Two mentions of one figure whose sides share nothing tell the reader different things
# ("more than 100" says above, "about 100" says at).
SIDES = {
    "exact": frozenset("="),
    "round": frozenset("="),
    "about": frozenset("="),
    "above": frozenset("+"),
    "at-least": frozenset("=+"),
    "nearly": frozenset("-"),
    "at-most": frozenset("-="),
    "below": frozenset("-"),
}


class Quantity(Record):
    start: int  # span in the document, qualifier included
    end: int
    text: str
    value: float  # the figure as written (low end of a range or vague quantity)
    low: float  # the interval of true figures the words allow
    high: float
    qualifier: str  # exact, round, about, above, at-least, nearly, at-most, below, range, vague
    measure: str = "count"  # count, age, percent, money, duration, or a unit dimension
    unit: str | None = None
    unit_end: int | None = None  # end of the unit words, when there are any

    @property
    def is_count(self) -> bool:
        return self.measure == "count"

    def overlaps(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high


class _Grammar(Record):
    pattern: re.Pattern  # case-sensitive, for lower-cased text
    starts: re.Pattern  # where a match of `pattern` can start (see _starts)
    any_case: re.Pattern  # the same with re.IGNORECASE, for text whose length lower() changes
    words: dict[str, float]
    scales: dict[str, float]
    fractions: dict[str, float]
    vague: dict[str, tuple[float, float]]
    qualifiers: dict[str, str]  # phrase -> class
    suffixes: dict[str, str]
    margin: float
    leaders: frozenset[str]
    before_date: re.Pattern
    month_endings: tuple[str, ...]  # the months, folded: what ends a `before_date` match
    after_date: re.Pattern
    after_time: re.Pattern
    after_street: re.Pattern
    after_currency: re.Pattern
    after_duration: re.Pattern


def _phrase_classes(mapping: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {" ".join(p.lower().split()): cls for cls, phrases in mapping.items() for p in phrases}


def _by_first_letter(phrases) -> str:
    """An alternation of the (lower-case) phrases, one branch per first letter: the number
    pattern tries its word lists at every word of the text, and a branch per letter fails at
    the first character instead of trying each phrase."""
    return tables.alternation_at(phrases, guard="")


def _opening_word(phrase: str) -> str | None:
    """The letters a phrase opens with ("more" of "more than"), "" for a digit, None for
    anything else (a phrase that opens with "~" could start a match anywhere)."""
    lowered = phrase.lower()
    end = 0
    while end < len(lowered) and "a" <= lowered[end] <= "z":
        end += 1
    if end == 0 and not lowered[:1].isdigit():
        return None
    return lowered[:end]


def _starts(openers: set[str | None], phrased: dict[str, list[str]]) -> re.Pattern:
    """Where the number pattern can start in lower-cased text: where its own look-behind lets
    it, at a digit or at a whole word that opens one of its phrases. Every alternative of the
    pattern opens with such a word followed by no letter (or with a digit), so a match starts
    only at one of these, and the long pattern is tried there instead of at every word.

    A word in `phrased` opens only qualifiers of several words ("in" of "in excess of"), and a
    qualifier is followed by white space, so it is a start only where one of those follows:
    "in" is the commonest word the pattern would otherwise try and fail at."""
    if None in openers:  # a phrase that opens otherwise: try every place the look-behind allows
        return patterns.compile(r"(?<![\w.,:/-])(?=.)", re.DOTALL)
    alone = sorted(w for w in openers if w and w not in phrased)
    branches = [r"\d", rf"(?:{tables.alternation_at(alone, guard='')})(?![a-z])"]
    if phrased:
        whole = tables.alternation_at(sorted(p for ps in phrased.values() for p in ps), guard="")
        branches.append(rf"(?=(?:{whole})\s)")
    return patterns.compile(rf"(?<![\w.,:/-])(?:{'|'.join(branches)})")


def _phrased(qualifiers, others: set[str | None]) -> dict[str, list[str]]:
    """The words that open only qualifiers of several words, not a number or any other phrase
    of the pattern, each with those qualifiers."""
    by_opener: dict[str, list[str]] = {}
    for phrase in qualifiers:
        if word := _opening_word(phrase):
            by_opener.setdefault(word, []).append(phrase)
    return {
        w: phrases
        for w, phrases in by_opener.items()
        if w not in others and all(p[len(w) : len(w) + 1] == " " for p in phrases)
    }


@functools.cache
def grammar() -> _Grammar:
    table = tables.load("numbers")
    words = {str(k): float(v) for k, v in table["words"].items()}
    scales = {str(k): float(v) for k, v in table["scales"].items()}
    fractions = {str(k): float(v) for k, v in table["fractions"].items()}
    vague = {
        " ".join(str(k).split()): (float(v[0]), float(v[1])) for k, v in table["vague"].items()
    }
    qualifiers = _phrase_classes(tables.classes("numbers", "qualifiers"))
    suffixes = _phrase_classes(tables.classes("numbers", "suffixes"))
    alt = _by_first_letter
    ones = [w for w, v in words.items() if 1 <= v <= 9]
    tens = [w for w, v in words.items() if v >= 20]
    word_number = rf"(?:(?:{alt(tens)})(?:[-\s](?:{alt(ones)}))?|{alt(words)})\b"
    digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    base = rf"(?:{digits}|{word_number})"
    scale = rf"(?:{alt(scales)})\b"
    number = rf"(?:(?:{base}|an?)(?:[\s-]+{scale})+(?:\s+and\s+{word_number})?|{base})"
    fraction = rf"(?:(?:a|one)\s+)?(?:{alt(fractions)})\s+(?:of\s+)?(?:a|one)\s+{scale}"
    dozen = rf"(?:a|{base})[\s-]+dozen\b(?!s)"
    vague_re = rf"(?:{alt(vague)})\b"
    suffix = "|".join(
        rf"\s+{re.escape(s)}\b" if s[0].isalpha() else re.escape(s)
        for s in sorted(suffixes, key=lambda s: (-len(s), s))
    ).replace(r"\ ", r"\s+")
    source = rf"""(?<![\w.,:/-])
        (?:(?P<q>{alt(qualifiers)})\s+)?
        (?:between\s+(?P<a>{number})\s+and\s+(?P<b>{number})
          |(?P<n>{fraction}|{dozen}|{vague_re}|{number})
           (?:\s*(?P<dash>[-–—]|to)\s*(?P<n2>{number}))?)
        (?![\w])
        (?P<s>{suffix})?"""
    pattern = patterns.folded(source, re.VERBOSE)  # scanned over lower-cased text
    openers = {"between", "a", "an", "one"}  # "between 5 and 10", "a dozen", "one in five"
    for phrases in (words, fractions, vague):
        openers |= {_opening_word(p) for p in phrases}
    phrased = _phrased(qualifiers, openers)
    openers |= {_opening_word(p) for p in qualifiers}
    any_case = patterns.compile(source, re.IGNORECASE | re.VERBOSE)
    months = tables.alternation(tables.words("numbers", "months"))
    clock = tables.alternation(tables.words("numbers", "clock-suffixes"))
    streets = tables.alternation(tables.words("numbers", "street-suffixes"))
    currency = tables.alternation(tables.words("numbers", "currency-words"))
    return _Grammar(
        pattern=pattern,
        starts=_starts(openers, phrased),
        any_case=any_case,
        words=words,
        scales=scales,
        fractions=fractions,
        vague=vague,
        qualifiers=qualifiers,
        suffixes=suffixes,
        margin=float(table["margin"]),
        leaders=frozenset(w.lower() for w in tables.words("numbers", "leaders")),
        # "March 8", "Feb. 7,": on one line ("… on 14 March.\n\n8 workers died" is a count).
        before_date=patterns.compile(rf"\b(?:{months})\.?,?[ \t]+$", re.IGNORECASE),
        month_endings=tuple(
            literals.folded(" ".join(m.split())) or m for m in tables.words("numbers", "months")
        ),
        after_date=patterns.compile(
            rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{months})\b", re.IGNORECASE
        ),
        after_time=patterns.compile(rf"^(?::\d|\s*(?:{clock})(?!\w))", re.IGNORECASE),
        after_street=patterns.compile(rf"^\s+(?:[A-Z][\w'’-]*\s+){{1,2}}(?i:{streets})\b"),
        after_currency=patterns.compile(rf"^\s*(?:{currency})\b", re.IGNORECASE),
        after_duration=patterns.compile(
            rf"^[\s-]+(?:{tables.alternation(tables.words('numbers', 'durations'))})\b",
            re.IGNORECASE,
        ),
    )


# -- reading a number -----------------------------------------------------------------------


_LEADING_NUMBER = patterns.compile(r"[0-9]+(?:\.[0-9]+)?")


def number_value(text: str, g: _Grammar | None = None) -> float:
    """The value of a number as written: "470,000", "1.5 million", "twenty-five", "a hundred"."""
    g = g or grammar()
    tokens = text.lower().replace(",", "").replace("-", " ").split()
    total = current = 0.0
    for token in tokens:
        if not token or token == "and":
            continue
        if token in ("a", "an"):
            current = 1.0
        elif token in g.words:
            current += g.words[token]
        elif token in g.scales:
            scale = g.scales[token]
            if scale == 100:
                current = (current or 1.0) * 100
            else:
                total += (current or 1.0) * scale
                current = 0.0
        elif token[0].isdigit():
            digits = _LEADING_NUMBER.match(token)  # "100" or "100more" (glued copy): 100
            if digits:
                current = float(digits.group())
    return total + current


def _fraction_value(text: str, g: _Grammar) -> float:
    lowered = " ".join(text.lower().split())
    part = next(
        v for k, v in sorted(g.fractions.items(), key=lambda kv: -len(kv[0])) if k in lowered
    )
    scale = next(v for k, v in g.scales.items() if lowered.endswith(k))
    return part * scale


def is_round(value: float) -> bool:
    """100, 500, 1,000, 25,000, 470,000, 1.5 million: figures that news rounds to."""
    if value < 100 or not float(value).is_integer():
        return False
    digits = str(int(value)).rstrip("0")
    return len(digits) <= 1 or (value >= 1000 and len(digits) <= 2)


def interval(qualifier: str, value: float, margin: float) -> tuple[float, float]:
    """The true figures a qualifier allows around `value` (counts, so whole numbers)."""
    if qualifier in ("about", "round"):
        return math.floor(round(value * (1 - margin), 6)), math.ceil(round(value * (1 + margin), 6))
    if qualifier == "above":
        return math.floor(value) + 1, INF
    if qualifier == "at-least":
        return value, INF
    if qualifier == "nearly":
        return math.floor(round(value * (1 - margin), 6)), math.ceil(value) - 1
    if qualifier == "at-most":
        return 0, value
    if qualifier == "below":
        return 0, math.ceil(value) - 1
    return value, value


# -- what is not a count ----------------------------------------------------------------------

# The word before a number on the same line (a headline on the line above is not "Headline 28").
_PREV_TOKEN = patterns.compile(r"(?:^|(?<=[\s(\[\"“‘']))([\w.#'’]+)[ \t]+$")
_YEAR = patterns.compile(r"^(?:1[5-9]|20)\d\d$")
_AGE_AFTER = patterns.compile(r"^[\s-]*(?:years?|yrs?)[\s-]*old\b|^-year\b", re.IGNORECASE)
_AGE_BEFORE = patterns.compile(
    r"\b(?:aged|age|age\s+of|(?:died|dies|dead)\s+at|(?:who|he|she)\s+(?:was|is))\s+$",
    re.IGNORECASE,
)
_PERCENT_AFTER = patterns.compile(
    r"^\s*(?:%|per\s*cent\b|percent\b|percentage\s+points?\b|pc\b)", re.IGNORECASE
)
_CURRENCY_BEFORE = patterns.compile(r"(?:[$£€¥₹]|US\$|A\$|C\$|Rs\.?\s?)$")
_DESIGNATOR_BEFORE = patterns.compile(r"(?:\bNo\.?|\b[Nn]umber|#|\bNos\.?)\s*$")
_NAME_AFTER = patterns.compile(r"^[ \t]+[A-Z][a-z]")  # "the Six Nations": a capitalised number word
_PHONE_AFTER = patterns.compile(r"^[\s-]\d{2,}")
_OF_NUMBER_AFTER = patterns.compile(r"^\s+of\s+\d")  # "16 of 30": a counter, not a count
_OF_NUMBER_BEFORE = patterns.compile(r"\d\s+of\s+$")
_APPOSITION_BEFORE = patterns.compile(r"\b[A-Za-z][\w'’-]*,\s+$")
_APPOSITION_AFTER = patterns.compile(r"^\s*(?:[,;)]|\.(?:\s|$))")


# What the words before a number must end with, trailing blanks dropped, for each look-back
# below to match: the look-backs are anchored at the number, and re searches them from every
# character of the 40 before it, so the ending is read first (in any case, as re.IGNORECASE
# compares) and the pattern run only when it fits.
_DESIGNATOR_ENDINGS = ("No", "No.", "Nos", "Nos.", "number", "Number", "#")
_AGE_ENDINGS = ("aged", "age", "of", "at", "was", "is")


def _date_before(before: str, g: _Grammar) -> bool:
    """`g.before_date.search(before)`: a month, maybe "." and ",", blanks, then the number."""
    line = before[:-1] if before.endswith("\n") else before  # `$` also matches before a last \n
    words = line.rstrip(" \t")
    if len(words) == len(line):
        return False  # no blank before the number
    words = words.removesuffix(",").removesuffix(".")
    return _ends_with(words, g.month_endings, fold=True) and bool(g.before_date.search(before))


def _ends_with(before: str, endings: tuple[str, ...], fold: bool = False) -> bool:
    """Whether `before`, its trailing whitespace dropped, ends with one of `endings` (folded
    first with `fold`; a text that cannot be folded offset for offset passes)."""
    words = before.rstrip()
    if not fold:
        return words.endswith(endings)
    ending = literals.folded(words[-12:])
    return ending is None or ending.endswith(endings)


def _measure(
    text: str, start: int, end: int, value: float, is_digits: bool, g: _Grammar
) -> str | None:
    """What a number at text[start:end] measures; None when it is not a quantity at all."""
    after = text[end : end + 40]
    before = text[max(0, start - 40) : start]
    if g.after_time.match(after) or _date_before(before, g) or g.after_date.match(after):
        return None
    if _ends_with(before, _DESIGNATOR_ENDINGS) and _DESIGNATOR_BEFORE.search(before):
        return None
    blank_before = before[-1:].isspace()
    if is_digits:
        if g.after_street.match(after) or _PHONE_AFTER.match(after):
            return None
        if _OF_NUMBER_AFTER.match(after) or _OF_NUMBER_BEFORE.search(before):
            return None
        appositive = (
            blank_before
            and _ends_with(before, (",",))
            and _APPOSITION_BEFORE.search(before)
            and _APPOSITION_AFTER.match(after)
        )
        if appositive and value <= 110:
            return "age"  # "Thanou, 30, was suspended"; "the driver, 27, was unhurt"
    if _AGE_AFTER.match(after):
        return "age"
    if blank_before and _ends_with(before, _AGE_ENDINGS, fold=True) and _AGE_BEFORE.search(before):
        return "age"
    if _PERCENT_AFTER.match(after):
        return "percent"
    if g.after_duration.match(after):
        return "duration"
    if _CURRENCY_BEFORE.search(before) or g.after_currency.match(after):
        return "money"
    return "count"


def _designator(text: str, start: int, g: _Grammar) -> bool:
    """ "Boeing 737", "Sukhoi 25", "Route 66": a capitalised word right before a bare number."""
    match = _PREV_TOKEN.search(text, max(0, start - 40), start)
    if not match:
        return False
    token = match.group(1)
    return token[0].isupper() and token.lower().strip(".'’") not in g.leaders


# -- scanning -------------------------------------------------------------------------------


def scan(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in `text`; spans are shifted by `offset` (the text's place in a document)."""
    lowered = text.lower()
    return _scan(text, lowered if len(lowered) == len(text) else None, offset)


def _scan(text: str, lowered: str | None, offset: int = 0) -> list[Quantity]:
    """`scan`, given `text` lower-cased offset for offset (None when that changes its length)."""
    g = grammar()
    found = []
    if lowered is not None:  # offsets agree ("İ" lower-cases to two characters)
        matches = (_Cased(m, text) for m in _from_starts(g, lowered))
    else:
        matches = g.any_case.finditer(text)
    for m in matches:
        quantity = _read(m, text, g, offset)
        if quantity is not None:
            found.append(quantity)
    return found


def _from_starts(g: _Grammar, lowered: str) -> Iterator[re.Match]:
    """`g.pattern.finditer(lowered)`, trying the pattern only where a match can start."""
    match = g.pattern.match
    resume = 0
    for start in g.starts.finditer(lowered):
        if start.start() >= resume and (m := match(lowered, start.start())) is not None:
            yield m
            resume = m.end()


class _Cased:
    """A match found in the lower-cased text, read back from the original text."""

    __slots__ = ("_m", "_text")

    def __init__(self, m: re.Match, text: str):
        self._m, self._text = m, text

    def group(self, name=0) -> str | None:
        start, end = self._m.span(name)
        return None if start < 0 else self._text[start:end]

    def start(self, name=0) -> int:
        return self._m.start(name)

    def end(self, name=0) -> int:
        return self._m.end(name)


def _read(m: re.Match | _Cased, text: str, g: _Grammar, offset: int) -> Quantity | None:
    qualifier_text = " ".join((m.group("q") or "").lower().split())
    qualifier = g.qualifiers.get(qualifier_text)
    suffix = " ".join((m.group("s") or "").lower().split())
    number = m.group("n") or m.group("a")
    n_start = m.start("n") if m.group("n") else m.start("a")
    n_end = m.end("n2") if m.group("n2") else (m.end("b") if m.group("b") else m.end("n"))
    is_digits = number[0].isdigit()
    lowered = " ".join(number.lower().split())

    if is_digits and len(number) > 1 and number[0] == "0" and number[1] != ".":
        return None  # "0800 ...": an identifier, not a count
    bare = not qualifier and m.group("n") and (is_digits or number[0].isupper())
    if bare and _designator(text, n_start, g):
        return None  # "Boeing 737", "Route 66", "the Guildford Four"
    named = not is_digits and _NAME_AFTER.match(text[n_end : n_end + 4])
    if bare and named and not _at_sentence_start(text, n_start):
        return None  # "the Six Nations", "Fantastic Four"
    if lowered == "scores" and not text[m.end("n") :].lstrip().lower().startswith("of"):
        return None  # "test scores"
    if lowered in ("one", "a", "an") and _before_word(text, n_start) in ("no", "any", "every"):
        return None  # "no one", "any one"

    if lowered in g.vague:
        low, high = g.vague[lowered]
        value, kind = low, "vague"
    elif "dozen" in lowered:
        head = lowered.rsplit("dozen", 1)[0].strip(" -")
        value = 12 * (1.0 if head in ("a", "") else number_value(head, g))
        kind = "about" if head in ("a", "") else "exact"
    elif any(f in lowered for f in g.fractions) and any(lowered.endswith(s) for s in g.scales):
        value, kind = _fraction_value(lowered, g), "exact"
    else:
        value, kind = number_value(number, g), "exact"

    second = m.group("n2") or m.group("b")
    if second is not None:
        high_value = number_value(second, g)
        if m.group("dash") and m.group("dash") in "-–—" and high_value <= value:
            return None  # "won 3-1": a score
        if is_digits and _YEAR.match(number) and _YEAR.match(second):
            return None  # "2014 to 2017"
        low, high, kind = value, high_value, "range"
    elif kind != "vague":
        if is_digits and _YEAR.match(number) and not qualifier:
            return None
        if suffix:
            kind = g.suffixes.get(suffix, kind)
        elif qualifier:
            kind = qualifier
        elif kind == "exact" and is_round(value):
            kind = "round"
        low, high = interval(kind, value, g.margin)

    measure = _measure(text, n_start, n_end, value, is_digits, g)
    if measure is None:
        return None
    unit = unit_end = None
    if measure == "count":
        found = units.unit_after(text, n_end, is_digits)
        if found is not None:
            unit, unit_end = found.name, found.end
            measure = found.dimension
    return Quantity(
        start=offset + m.start(),
        end=offset + m.end(),
        text=m.group(0),
        value=value,
        low=low,
        high=high,
        qualifier=kind,
        measure=measure,
        unit=unit,
        unit_end=None if unit_end is None else offset + unit_end,
    )


_WORD_BEFORE = patterns.compile(r"(\w+)\W*$")


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t\"'“‘")
    return not before or before[-1] in ".!?\n"


def _before_word(text: str, pos: int) -> str:
    match = _WORD_BEFORE.search(text, max(0, pos - 20), pos)
    return match.group(1).lower() if match else ""


def quantities(doc) -> list[Quantity]:
    """All quantities in the document's prose (Markdown syntax masked), in order."""
    return cached(doc, "numbers", lambda: _scan(doc.prose, doc.lowered))
