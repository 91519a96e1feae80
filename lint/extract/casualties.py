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

import bisect
import functools
import itertools
import re

from .. import patterns, wordstarts
from ..records import Record
from . import attribution, cached, numbers, tables

_WORD = patterns.compile(r"(?:[A-Z]\.){2,}|[\w'’-]+")
_YEAR = patterns.compile(r"\b(1[89]\d\d|20\d\d)\b")


NOT_PEOPLE = frozenset(["animals"])  # group classes in the table that are not people


class Group(Record):
    cls: str | None  # noun class ("combatants", "people", ...); None when no noun is given
    sides: frozenset[str] = frozenset()

    @property
    def generic(self) -> bool:
        return self.cls in (None, "people") and not self.sides

    @property
    def human(self) -> bool:
        return self.cls not in NOT_PEOPLE

    def same_as(self, other: Group) -> bool:
        """Two specific groups that are the same people ("fighters" and "Syrian troops")."""
        if self.sides and other.sides and not self.sides & other.sides:
            return False
        mine, theirs = self.cls or "people", other.cls or "people"
        return mine == theirs

    def contains(self, other: Group) -> bool:
        """Whether every member of `other` is one of these (so its count can't be larger).
        "People" contain every group of people, never sheep."""
        if self.generic:
            return other.human
        return not other.generic and self.same_as(other)


class Mention(Record):
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


class _Grammar(Record):
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
    update_verbs: re.Pattern
    zero: re.Pattern
    hedges: frozenset[str]
    earlier: re.Pattern
    cumulative: re.Pattern
    other_story: re.Pattern
    hypothetical: frozenset[str]


def _lower_map(classes: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {" ".join(p.lower().split()): cls for cls, phrases in classes.items() for p in phrases}


@functools.cache
def grammar() -> _Grammar:
    t = "casualties"
    alt = tables.alternation
    at = tables.alternation_at
    outcomes = _lower_map(tables.classes(t, "outcomes"))
    groups = _lower_map(tables.classes(t, "groups"))
    aliases = {str(k).lower(): str(v).lower() for k, v in tables.load(t)["side-aliases"].items()}
    markers = tables.classes(t, "event-markers")
    return _Grammar(
        outcome=tables.word_list(outcomes, fold=True),
        # the same words for lower-cased text: a quick "any outcome word in this sentence?"
        any_outcome=wordstarts.opening(patterns.folded(rf"{at(outcomes)}\b"), outcomes),
        outcome_class=outcomes,
        weak=frozenset(tables.words(t, "weak-outcomes")),
        weak_determiner=patterns.compile(
            rf"\b(?:{alt(tables.words(t, 'weak-determiners'))})\s+$", re.I
        ),
        severities=frozenset(tables.words(t, "severities")),
        zero_fillers=frozenset(tables.words(t, "zero-fillers")),
        group=patterns.compile(rf"{at(groups, fold=True)}\b"),
        group_class=groups,
        window_stops=frozenset(tables.words(t, "group-window-stops")),
        sides=frozenset(tables.words(t, "sides")),
        side_aliases=aliases,
        part_before=patterns.compile(
            rf"\b(?:{alt(tables.words(t, 'part-before'))})\W+(?:the\s+|those\s+)?$", re.I
        ),
        part_after=patterns.compile(rf"\s+(?:{alt(tables.words(t, 'part-after'))})\b", re.I),
        updates=patterns.compile(rf"{at(tables.words(t, 'updates'), fold=True)}\b"),
        update_verbs=patterns.compile(rf"{at(tables.words(t, 'update-verbs'), fold=True)}\b"),
        zero=patterns.compile(
            rf"\b(?P<z>{alt(tables.words(t, 'zero-words'))})\b"
            rf"(?P<mid>(?:\s+[\w'’.-]+){{0,5}}?)\s+(?P<o>{alt(outcomes)})\b",
            re.I,
        ),
        hedges=frozenset(tables.words(t, "hedges")),
        earlier=patterns.compile(rf"{at(markers['earlier'], fold=True)}\b"),
        cumulative=patterns.compile(rf"{at(markers['cumulative'], fold=True)}\b"),
        other_story=patterns.compile(rf"{at(markers['other'], fold=True)}\b"),
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


# A wire dateline opening a story: "CAIRO (AP) —", "LONDON, Feb 8 (Reuters) -". Its date is
# the filing date, not another event's.
DATELINE = patterns.compile(
    r"^\s*[A-Z][A-Z .,'’-]{1,40}?(?:,\s*[A-Z][a-z]{2,4}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*\([A-Za-z][A-Za-z .&-]{1,30}\)\s*[-—–]+\s*"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


def _near(date_text: str, reference) -> bool:
    """A calendar date within the week before the story's date (or the day after): the
    story's own event, not another one."""
    if reference is None:
        return False
    import datetime as dt

    words = date_text.lower().replace(".", "").split()
    month = next((_MONTHS[w[:3]] for w in words if w[:3] in _MONTHS), None)
    day = next((int(w) for w in words if w.isdigit()), None)
    if month is None or day is None:
        return False
    for year in (reference.year, reference.year - 1):
        try:
            gap = (reference - dt.date(year, month, day)).days
        except ValueError:
            return False
        if -1 <= gap <= 7:
            return True
    return False


def event_in(clause: str, story_year: int | None, g: _Grammar, reference=None) -> str | None:
    """What sets a mention apart from the story's own event, if anything: a year other than the
    story's, a calendar date that is not in the week of the story's date, an "earlier" or
    cumulative marker, or the label of a list line ("Virginia Tech: 32 killed"). A wire
    dateline at the start is not part of the claim."""
    dateline = DATELINE.match(clause)
    if dateline:
        clause = clause[dateline.end() :]
    for match in _YEAR.finditer(clause):
        if story_year is None or int(match.group(1)) != story_year:
            return f"year {match.group(1)}"
    date = _MONTH_DAY.search(clause)
    if date and not _near(date.group(0), reference):
        return "date " + " ".join(date.group(0).lower().replace(".", "").split())
    label = _LABEL.match(clause)
    if label and len(clause.split()) <= 12:
        return "label " + label.group(1).lower()
    if g.cumulative.search(clause) or _SPAN_OF_TIME.search(clause):
        return "cumulative"
    if g.other_story.search(clause):
        return "another story"
    match = g.earlier.search(clause)
    return match.group(0).lower() if match else None


# -- finding mentions -------------------------------------------------------------------------


class _Outcome(Record):
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


_JOINED = patterns.compile(
    r"^\s*(?:[\w.'’-]+\s+){0,4}?[\w.'’-]*\s*(?:,|\band\b|\bplus\b|,?\s*as well as\b)\s+"
    r"(?:[\w.'’-]+\s+){0,2}$"
)


def _coordinated(counts: list, text: str, g: _Grammar) -> set[int]:
    """Starts of counts listed together ("10 U.S. citizens and two local pilots", "10
    foreigners, 2 locals"): each is a part of a total none of them states. A list is a few
    words between the counts and no outcome word ("killed 12 and injured 40" is two counts)."""
    listed = set()
    for first, second in itertools.pairwise(counts):
        gap = text[first.end : second.start]
        if _JOINED.match(gap) and not g.outcome.search(gap) and not g.part_before.search(gap):
            listed.update((first.start, second.start))
    return listed


def _parts_of(total, counts: list, taken: set[int], c_start: int, c_end: int, text: str, g):
    """Counts in the clause that name a part of `total` and have no outcome word of their own:
    "12 killed, including 10 Americans", "31 people, among them five children", "a family of
    five were among 12 killed". They share the total's outcome."""
    for q in counts:
        if q.start in taken or q is total or not float(q.value).is_integer():
            continue
        before = g.part_before.search(text, max(c_start, q.start - 40), q.start)
        if (before and q.start > total.end) or (
            q.end <= total.start and _AMONG_COUNT.match(text, q.end, c_end)
        ):
            yield q


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


def _word_starts(any_outcome, lowered: str) -> list[int]:
    """Every offset of the lower-cased story where an outcome word starts, overlapping
    ones included."""
    starts: list[int] = []
    pos = 0
    while (found := any_outcome.search(lowered, pos)) is not None:
        starts.append(found.start())
        pos = found.start() + 1
    return starts


def _may_mention(any_outcome, text: str, lowered: str | None, starts, sentence) -> bool:
    """Whether the sentence has an outcome word (searched as a text of its own).

    The lower-cased story (`lowered`, when lower-casing kept every offset) searched between
    the sentence's ends finds what the sentence alone would, except that a word start at the
    sentence's first character is judged by the character before it. So the story is
    searched only where that character is whitespace or there is none; elsewhere the
    sentence is cut out. When whitespace (or nothing) also follows the sentence, an outcome
    word inside it is one of the whole story's `starts`, so a sentence with none of them
    is passed over without a search."""
    start, end = sentence.start, sentence.end
    if lowered is not None and (start == 0 or text[start - 1].isspace()):
        if end == len(text) or text[end].isspace():
            at = bisect.bisect_left(starts, start)
            if at == len(starts) or starts[at] >= end:
                return False
        return any_outcome.search(lowered, start, end) is not None
    piece = text[start:end].lower()
    if len(piece) != end - start:
        return True  # "İ": offsets would not agree; the sentence is read in full
    return any_outcome.search(wordstarts.remember_piece(piece, text, start)) is not None


def _extract(doc) -> list[Mention]:
    g = grammar()
    text = doc.prose
    story_year = doc.date.year if doc.date else None
    counts = [q for q in numbers.quantities(doc) if q.is_count]
    found: list[Mention] = []
    ci = 0
    lowered = doc.lowered  # None after "İ": then sentence by sentence
    starts = []
    if lowered is not None:  # its initials are read off the story's
        starts = _word_starts(g.any_outcome, wordstarts.remember_piece(lowered, text, 0))
    for si, sentence in enumerate(doc.sentences):
        if not _may_mention(g.any_outcome, text, lowered, starts, sentence):
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
            event = event_in(clause, story_year, g, doc.date)
            bound = {}
            for q in in_clause:
                if not float(q.value).is_integer():
                    continue  # "a 7.65 pistol": people come in whole numbers
                ranked = _bind(q, outcomes, in_clause, c_start, text, g)
                if ranked and (ranked[1] not in bound or ranked[0] < bound[ranked[1]][0]):
                    bound[ranked[1]] = (ranked[0], q)  # one count per outcome word: the nearest
            listed = _coordinated(in_clause, text, g)
            taken = {q.start for _, q in bound.values()}
            for outcome, (_, q) in bound.items():
                mention = _count_mention(q, outcome, c_start, c_end, text, g)
                if mention is not None:
                    if q.start in listed:
                        mention["part"] = True  # "killed 10 Americans and two pilots"
                    found.append(_finish(doc, mention, event, si))
                    for part in _parts_of(q, in_clause, taken, c_start, c_end, text, g):
                        shared = _count_mention(part, outcome, c_start, c_end, text, g)
                        if shared is not None:
                            shared["part"] = True
                            taken.add(part.start)
                            found.append(_finish(doc, shared, event, si))
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


# "10 Americans among 12 dead", "a family of five among 12 killed": the first is a part of the
# second, which is the total.
_AMONG_COUNT = patterns.compile(r"\s+(?:[\w.'’-]+\s+){0,3}?among\s+(?:the\s+)?\d")
_CLAUSE_MARK = patterns.compile(r"[,;:.()]")
_PART_OF_OUTCOME = patterns.compile(r"\b(?:among|of)\s+(?:the|those)\s+$|\balso\s+$", re.I)


def _count_mention(q, outcome, c_start, c_end, text, g) -> dict | None:
    if outcome.cls == "other" or _hypothetical(text, outcome, c_start, g):
        return None
    if outcome.start >= q.end:
        group = group_in(text[q.end : outcome.start], g)
    else:
        window = []
        after = text[q.end : min(c_end, q.end + 60)]
        after = after[: _CLAUSE_MARK.search(after).start()] if _CLAUSE_MARK.search(after) else after
        words = _words(after)[:5]
        for n, word in enumerate(words):  # "was up to 60, police said": no group
            if word.lower() == "from" and n + 1 < len(words) and _side(words[n + 1], g):
                window.append(words[n + 1])  # "killed 10 from the US", "10 from Britain"
                break
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
        or _AMONG_COUNT.match(text, q.end, c_end)
    )
    words_before = _words(before)
    update = bool(
        g.updates.search(" ".join(words_before[-3:]))
        or g.update_verbs.search(" ".join(words_before[-6:]))  # "revised the toll to 13"
    )
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
        # "none of the injuries appeared fatal" is about the injured; "none of the workers was
        # hurt" is a zero for the workers.
        named = [w for w in mid[1:] if w.lower() not in ("the", "those", "these")]
        if not named or named[0].lower() not in g.group_class:
            return None
        mid = mid[1:]
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
