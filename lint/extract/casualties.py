"""Casualty mentions: how many were killed, hurt or went missing, who, in which event, and who
says so.

A count (from the numbers extractor) becomes a mention when an outcome word is in reach in its
clause: after it ("more than 100 of those fighters were killed", "100 dead") or before it
("killed more than 100 fighters", "a death toll of 37"). Zeros are phrases: "no one was killed",
"no American casualties", and the hedged "no immediate reports of casualties". Each mention
carries:

- the interval of true figures its words allow, and its qualifier (numbers extractor);
- the outcome: killed, wounded, missing, or casualties (killed or wounded); counts bound to
  other outcomes ("10 million displaced") are dropped;
- the group: a class of noun ("fighters", "troops" and "forces" are one class; "people" is the
  generic class) and side words ("Syrian", "American", "SDF");
- the event: None for the story's own event, or a marker that sets it apart ("in September
  2016", "last year", a cumulative "since 2011");
- whether it is a part of a total ("including 10 Americans"), an updated toll ("rose to 40",
  "from 25") or hypothetical ("could kill 100"): parts and updates are never compared;
- the sentence's attributed source.

All vocabulary is data: rules/tables/casualties.yaml.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from .. import patterns
from . import attribution, cached, numbers, tables

_WORD = patterns.compile(r"(?:[A-Z]\.){2,}|[\w'’-]+")
_YEAR = patterns.compile(r"\b(1[89]\d\d|20\d\d)\b")


class Group(NamedTuple):
    cls: str | None  # noun class ("combatants", "people", ...); None when no noun is given
    sides: frozenset[str] = frozenset()

    @property
    def generic(self) -> bool:
        return self.cls in (None, "people") and not self.sides

    def same_as(self, other: Group) -> bool:
        """Two specific groups that are the same people ("fighters" and "Syrian troops")."""
        if self.sides and other.sides and not self.sides & other.sides:
            return False
        mine, theirs = self.cls or "people", other.cls or "people"
        return mine == theirs

    def contains(self, other: Group) -> bool:
        """Whether every member of `other` is one of these (so its count can't be larger)."""
        return self.generic or (not other.generic and self.same_as(other))


class Mention(NamedTuple):
    start: int
    end: int
    text: str
    low: float
    high: float
    value: float
    qualifier: str  # numbers qualifiers, or "zero"
    outcome: str  # killed, wounded, missing, casualties
    group: Group
    event: str | None
    sentence: int
    source: attribution.Source | None = None
    part: bool = False
    update: bool = False
    hedged: bool = False
    quoted: bool = False  # inside a direct quotation: the speaker's figure, not the story's

    @property
    def comparable(self) -> bool:
        return not (self.part or self.update)


class _Grammar(NamedTuple):
    outcome: re.Pattern
    any_outcome: re.Pattern
    outcome_class: dict[str, str]
    weak: frozenset[str]
    weak_determiner: re.Pattern
    severities: frozenset[str]
    zero_fillers: frozenset[str]
    group: re.Pattern
    group_class: dict[str, str]
    window_stops: frozenset[str]
    sides: frozenset[str]
    side_aliases: dict[str, str]
    part_before: re.Pattern
    part_after: re.Pattern
    updates: re.Pattern
    zero: re.Pattern
    hedges: frozenset[str]
    earlier: re.Pattern
    cumulative: re.Pattern
    hypothetical: frozenset[str]


def _lower_map(classes: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {" ".join(p.lower().split()): cls for cls, phrases in classes.items() for p in phrases}


@functools.cache
def grammar() -> _Grammar:
    t = "casualties"
    alt = tables.alternation
    outcomes = _lower_map(tables.classes(t, "outcomes"))
    groups = _lower_map(tables.classes(t, "groups"))
    aliases = {str(k).lower(): str(v).lower() for k, v in tables.load(t)["side-aliases"].items()}
    markers = tables.classes(t, "event-markers")
    return _Grammar(
        outcome=patterns.compile(rf"\b(?:{alt(outcomes)})\b", re.I),
        # the same words for lower-cased text: a quick "any outcome word in this sentence?"
        any_outcome=patterns.folded(rf"\b(?:{alt(outcomes)})\b"),
        outcome_class=outcomes,
        weak=frozenset(tables.words(t, "weak-outcomes")),
        weak_determiner=patterns.compile(
            rf"\b(?:{alt(tables.words(t, 'weak-determiners'))})\s+$", re.I
        ),
        severities=frozenset(tables.words(t, "severities")),
        zero_fillers=frozenset(tables.words(t, "zero-fillers")),
        group=patterns.compile(rf"\b(?:{alt(groups)})\b", re.I),
        group_class=groups,
        window_stops=frozenset(tables.words(t, "group-window-stops")),
        sides=frozenset(tables.words(t, "sides")),
        side_aliases=aliases,
        part_before=patterns.compile(
            rf"\b(?:{alt(tables.words(t, 'part-before'))})\W+(?:the\s+|those\s+)?$", re.I
        ),
        part_after=patterns.compile(rf"\s+(?:{alt(tables.words(t, 'part-after'))})\b", re.I),
        updates=patterns.compile(rf"\b(?:{alt(tables.words(t, 'updates'))})\b", re.I),
        zero=patterns.compile(
            rf"\b(?P<z>{alt(tables.words(t, 'zero-words'))})\b"
            rf"(?P<mid>(?:\s+[\w'’.-]+){{0,5}}?)\s+(?P<o>{alt(outcomes)})\b",
            re.I,
        ),
        hedges=frozenset(tables.words(t, "hedges")),
        earlier=patterns.compile(rf"\b(?:{alt(markers['earlier'])})\b", re.I),
        cumulative=patterns.compile(rf"\b(?:{alt(markers['cumulative'])})\b", re.I),
        hypothetical=frozenset(tables.words(t, "hypothetical")),
    )


# -- pieces of a mention ----------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _side(word: str, g: _Grammar) -> str | None:
    plain = word.replace(".", "")
    lowered = plain.lower()
    if lowered in g.side_aliases:
        return g.side_aliases[lowered]
    if lowered in g.sides:
        return lowered
    if len(plain) >= 2 and plain.isupper() and plain.isalpha():
        return lowered
    return None


def group_in(text: str, g: _Grammar) -> Group:
    """The group named in a few words after a count: its noun class and side words."""
    match = g.group.search(text)
    head_text = text[: match.start()] if match else text
    sides = frozenset(s for w in _words(head_text) if (s := _side(w, g)))
    if match:
        return Group(g.group_class[" ".join(match.group(0).lower().split())], sides)
    return Group("people" if sides else None, sides)


_MONTH_DAY = patterns.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b"
)
_SPAN_OF_TIME = patterns.compile(
    r"\b(?:over|in|during|across|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?"
    r"(?:\S+\s+)?(?:years|decades|months|centuries)\b",
    re.I,
)
_LABEL = patterns.compile(r"^\s*([A-Z][^:\n]{1,40}):\s+(?=\d)")  # "Sandy Hook: 26 killed"


def event_in(clause: str, story_year: int | None, g: _Grammar) -> str | None:
    """What sets a mention apart from the story's own event, if anything: a year other than the
    story's, a calendar date, an "earlier" or cumulative marker, or the label of a list line
    ("Virginia Tech: 32 killed")."""
    for match in _YEAR.finditer(clause):
        if story_year is None or int(match.group(1)) != story_year:
            return f"year {match.group(1)}"
    date = _MONTH_DAY.search(clause)
    if date:
        return "date " + " ".join(date.group(0).lower().replace(".", "").split())
    label = _LABEL.match(clause)
    if label and len(clause.split()) <= 12:
        return "label " + label.group(1).lower()
    if g.cumulative.search(clause) or _SPAN_OF_TIME.search(clause):
        return "cumulative"
    match = g.earlier.search(clause)
    return match.group(0).lower() if match else None


# -- finding mentions -------------------------------------------------------------------------


class _Outcome(NamedTuple):
    start: int
    end: int
    cls: str
    weak: bool


_CONJUNCTIONS = frozenset(["and", "but", "while", "whereas", "or", "as", "with"])
_MAX_AFTER = 12  # words from a count to an outcome after it ("100 troops ... were killed")
_MAX_BEFORE = 6  # words from an outcome to a count after it ("toll from the conflict at 470,000")


def _bind(q, outcomes, counts, clause_start, text, g) -> tuple[tuple, _Outcome] | None:
    """The outcome word a count belongs to, with its rank: the nearest one in reach with no
    other count between; a weak outcome ("victims") only when there is no other and the count
    has a determiner ("all 12 victims"); "one" only right next to its outcome."""
    best = None
    lone = q.value == 1 and not q.text[:1].isdigit()
    # A part ("including 10 Americans") never takes an outcome word from its total.
    is_part = bool(g.part_before.search(text, max(clause_start, q.start - 40), q.start))
    if lone and re.match(r"\s+of\b", text[q.end : q.end + 4]):
        return None  # "one of the pilots"
    for o in outcomes:
        if o.weak and not g.weak_determiner.search(text, max(0, q.start - 15), q.start):
            continue
        if o.start >= q.end:
            gap, limit, lo, hi = _words(text[q.end : o.start]), _MAX_AFTER, q.end, o.start
        elif o.end <= q.start:
            gap, limit, lo, hi = _words(text[o.end : q.start]), _MAX_BEFORE, o.end, q.start
            if any(w.lower() in _CONJUNCTIONS for w in gap):
                continue  # "84 have died and 18 are injured": 18 starts a new clause
        else:
            continue
        if len(gap) > (2 if lone else limit) or any(
            lo <= c.start < hi for c in counts if c is not q
        ):
            continue
        rank = (is_part, o.weak, len(gap), o.start >= q.end)
        if best is None or rank < best[0]:
            best = (rank, o)
    return best


def _hypothetical(text: str, outcome: _Outcome, clause_start: int, g: _Grammar) -> bool:
    before = _words(text[max(clause_start, outcome.start - 40) : outcome.start])[-2:]
    return any(w.lower() in g.hypothetical for w in before)


def _clauses(text: str, start: int, end: int):
    pos = start
    for match in re.finditer(r";", text[start:end]):
        yield pos, start + match.end()
        pos = start + match.end()
    yield pos, end


def mentions(doc) -> list[Mention]:
    """Every casualty mention in the document, in order."""
    return cached(doc, "casualties", lambda: _extract(doc))


def _extract(doc) -> list[Mention]:
    g = grammar()
    text = doc.prose
    story_year = doc.date.year if doc.date else None
    counts = [q for q in numbers.quantities(doc) if q.is_count]
    found: list[Mention] = []
    ci = 0
    for si, sentence in enumerate(doc.sentences):
        lowered = text[sentence.start : sentence.end].lower()
        if len(lowered) == sentence.end - sentence.start and not g.any_outcome.search(lowered):
            continue  # no outcome word: no mention (zero mentions need one too)
        for c_start, c_end in _clauses(text, sentence.start, sentence.end):
            while ci < len(counts) and counts[ci].start < c_start:
                ci += 1
            in_clause = []
            j = ci
            while j < len(counts) and counts[j].start < c_end:
                in_clause.append(counts[j])
                j += 1
            clause = text[c_start:c_end]
            outcomes = [
                _Outcome(
                    c_start + m.start(),
                    c_start + m.end(),
                    g.outcome_class[" ".join(m.group(0).lower().split())],
                    m.group(0).lower() in g.weak,
                )
                for m in g.outcome.finditer(clause)
            ]
            if not outcomes:
                continue
            event = event_in(clause, story_year, g)
            bound = {}
            for q in in_clause:
                if not float(q.value).is_integer():
                    continue  # "a 7.65 pistol": people come in whole numbers
                ranked = _bind(q, outcomes, in_clause, c_start, text, g)
                if ranked and (ranked[1] not in bound or ranked[0] < bound[ranked[1]][0]):
                    bound[ranked[1]] = (ranked[0], q)  # one count per outcome word: the nearest
            for outcome, (_, q) in bound.items():
                mention = _count_mention(q, outcome, c_start, c_end, text, g)
                if mention is not None:
                    found.append(_finish(doc, mention, event, si))
            for m in g.zero.finditer(clause):
                zero = _zero_mention(m, c_start, g)
                if zero is not None:
                    found.append(_finish(doc, zero, event, si))
    found.sort(key=lambda m: m.start)
    return found


def _finish(doc, m: dict, event, sentence: int) -> Mention:
    source = attribution.source_for(doc, sentence)
    # Double quotation marks quote a speaker; single ones in a headline are often scare quotes.
    quote = doc.quote_at(m["start"], m["end"])
    quoted = quote is not None and quote.double
    return Mention(**m, event=event, sentence=sentence, source=source, quoted=quoted)


_PART_OF_OUTCOME = patterns.compile(r"\b(?:among|of)\s+(?:the|those)\s+$|\balso\s+$", re.I)


def _count_mention(q, outcome, c_start, c_end, text, g) -> dict | None:
    if outcome.cls == "other" or _hypothetical(text, outcome, c_start, g):
        return None
    if outcome.start >= q.end:
        group = group_in(text[q.end : outcome.start], g)
    else:
        window = []
        for word in _words(text[q.end : min(c_end, q.end + 60)])[:5]:
            if word.lower() in g.window_stops:
                break
            window.append(word)
        group = group_in(" ".join(window), g)
    before = text[max(c_start, q.start - 40) : q.start]
    near_outcome = _words(text[max(c_start, outcome.start - 40) : outcome.start])[-3:]
    part = bool(
        any(w.lower() in g.severities for w in near_outcome)
        or g.part_before.search(before)
        or g.part_after.match(text, q.end, c_end)
        or _PART_OF_OUTCOME.search(text, max(c_start, outcome.start - 12), outcome.start)
    )
    update = bool(g.updates.search(" ".join(_words(before)[-3:])))
    return {
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "low": q.low,
        "high": q.high,
        "value": q.value,
        "qualifier": q.qualifier,
        "outcome": outcome.cls,
        "group": group,
        "part": part,
        "update": update,
    }


def _zero_mention(m: re.Match, c_start: int, g: _Grammar) -> dict | None:
    mid = _words(m.group("mid"))
    if any(w[0].isdigit() or w.lower() in g.outcome_class for w in mid):
        return None
    if mid and mid[0].lower() == "of":
        return None  # "none of the injuries appeared fatal" is about the injured
    for word in mid:
        lowered = word.lower()
        if not (lowered in g.zero_fillers or lowered in g.group_class or _side(word, g)):
            return None  # "no mention of the deaths" is not a count
    outcome = g.outcome_class[" ".join(m.group("o").lower().split())]
    if outcome == "other":
        return None
    return {
        "start": c_start + m.start(),
        "end": c_start + m.end(),
        "text": m.group(0),
        "low": 0,
        "high": 0,
        "value": 0,
        "qualifier": "zero",
        "outcome": outcome,
        "group": group_in(m.group("mid"), g),
        "hedged": any(w.lower() in g.hedges for w in mid),
    }


# -- comparing mentions -----------------------------------------------------------------------

MAX_DISTINCT = 64  # earlier mentions a later one is compared with: every distinct one, up to this


def with_earlier(found: list[Mention]):
    """Each mention with the earlier ones it should be compared with: one per distinct figure
    (value range, qualifier, outcome, group, event, source), at most MAX_DISTINCT of them. A
    story restating one toll forty times is compared forty times, not 1,600, and a hostile file
    of 100,000 figures stays linear."""
    kept: dict[tuple, list[Mention]] = {}
    for later in found:
        yield later, [m for group in kept.values() for m in group]
        key = (later.low, later.high, later.qualifier, later.outcome, later.group, later.event)
        key += (later.quoted, later.source.key if later.source else None, later.part, later.update)
        same = kept.get(key)
        if same is None and len(kept) < MAX_DISTINCT:
            kept[key] = [later]
        elif same is not None and len(same) == 1 and same[0].sentence != later.sentence:
            same.append(later)  # a second sentence, for comparisons with the first's sentence


def same_story(a: Mention, b: Mention) -> bool:
    """Both about one event, in different sentences, and neither a part of a total nor an
    updated toll. (One sentence that gives two figures is contrasting them on purpose.)"""
    return a.comparable and b.comparable and a.event == b.event and a.sentence != b.sentence


def sources_differ(a: Mention, b: Mention) -> bool:
    """Two different named sources, or a figure inside a direct quotation: a disagreement the
    story reports, not the writer's own contradiction."""
    sa, sb = a.source, b.source
    if a.quoted != b.quoted:
        return True
    return bool(sa and sb and sa.named and sb.named and sa.key != sb.key)


def conflict(a: Mention, b: Mention) -> bool:
    """Whether two mentions of one event cannot both be true."""
    if a.outcome == b.outcome:
        if a.group.generic == b.group.generic and a.group.same_as(b.group):
            return a.high < b.low or b.high < a.low
        return (a.group.contains(b.group) and b.low > a.high) or (
            b.group.contains(a.group) and a.low > b.high
        )
    # "casualties" counts the killed and the wounded: neither can exceed it.
    if a.outcome == "casualties" and b.outcome in ("killed", "wounded"):
        return a.group.contains(b.group) and b.low > a.high
    if b.outcome == "casualties" and a.outcome in ("killed", "wounded"):
        return b.group.contains(a.group) and a.low > b.high
    return False


def close_enough(a: Mention, b: Mention, max_ratio: float) -> bool:
    """Near enough to be one figure told twice (a drift), not two different counts; a zero
    against any figure always is."""
    low, high = (a, b) if a.high < b.low else (b, a)
    return low.high == 0 or high.low <= max_ratio * low.high


def qualifier_drift(a: Mention, b: Mention) -> bool:
    """One figure told with qualifiers whose sides share nothing ("more than 100" / "about
    100"), while the intervals still overlap (else it is a conflict)."""
    if a.value != b.value or a.qualifier not in numbers.SIDES or b.qualifier not in numbers.SIDES:
        return False
    if a.outcome != b.outcome or not related_groups(a, b):
        return False
    overlap = a.low <= b.high and b.low <= a.high
    return overlap and not numbers.SIDES[a.qualifier] & numbers.SIDES[b.qualifier]


def related_groups(a: Mention, b: Mention) -> bool:
    """The same people, or one of them unnamed: "killed about 100" and "100 fighters"."""
    return a.group.generic or b.group.generic or a.group.same_as(b.group)
