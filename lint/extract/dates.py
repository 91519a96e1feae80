"""Dates in news copy, read with an AP-style grammar, and the story's reference date.

General date parsers drop a weekday that contradicts its date and mis-split "Jan. 7-8", so this
grammar is written for news: "Jan. 7", "Feb. 7, 2018", "7 Feb 2018", "7 Feb, 2018 22:58",
"February 7", "Sept. 21", "Jan. 7-8", "Feb. 7 and 8", "Wednesday, Jan. 7", "on Friday night
(Jan. 13)", "Wednesday night and Thursday morning, Jan. 7-8", ISO "2018-02-07", "in September
2016" (a month), and bare weekdays ("on Tuesday", "late Wednesday", "Wednesday's attack").

The reference date is, in order: `--date`; front matter `date:`; a publication line near the
top ("Published: Mon, February 12, 2018", "7 Feb, 2018 22:58", "Updated ..."). A date without
a year takes the reference date's year, except that a past-tense date more than a month after
the reference date belongs to the year before (a January story's "Dec. 30"). A bare weekday is
the day within the week before the reference date (past tense) or after it (future tense).
Spellings and tense words are data: rules/tables/dates.yaml.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from .. import patterns
from ..records import Record
from . import cached, tables

# Monday first, as date.weekday(); spelled out rather than calendar.day_name, which follows the
# process's locale and costs its imports (locale, calendar) at start-up
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_AP_MONTHS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)


def ap_month(month: int) -> str:
    """A month as AP style writes it before a day: "Jan.", "March", "Sept."."""
    return _AP_MONTHS[month - 1]


class WrittenDate(Record):
    """One date expression as written; `year` is None when the copy gives none."""

    start: int
    end: int
    text: str
    month: int  # 0 for a year on its own ("in 2016", "since 2011")
    days: tuple[int, ...]  # one day, or the first and last day of a range; () for a month
    year: int | None
    weekdays: tuple[int, ...] = ()  # weekdays written with it, in order (0 = Monday)
    sentence: int = -1

    def calendar_days(self, year: int) -> list[dt.date] | None:
        """The days it names in `year`; None when a day does not exist (Feb. 30) or it names
        no day ("September 2016")."""
        if not self.days:
            return None
        try:
            if len(self.days) == 2:
                first, last = self.days
                return [dt.date(year, self.month, d) for d in range(first, last + 1)]
            return [dt.date(year, self.month, d) for d in self.days]
        except ValueError:
            return None


class BareWeekday(Record):
    start: int
    end: int
    text: str
    weekday: int
    sentence: int


class Reference(Record):
    date: dt.date
    source: str  # "--date or front matter" or "publication line"
    line: WrittenDate | None = None  # the publication line's date, when it came from one


class _Grammar(Record):
    date: patterns.Alternatives
    bare: re.Pattern
    month_of: dict[str, int]
    weekday_of: dict[str, int]
    publication: re.Pattern
    future: re.Pattern
    past: re.Pattern
    present: re.Pattern
    past_ed: re.Pattern
    events: frozenset[str]
    not_a_day: re.Pattern
    weekday_leads: frozenset[str]
    story_notes: re.Pattern
    captions: re.Pattern


def _spellings(classes: dict[str, tuple[str, ...]]) -> dict[str, int]:
    return {s.lower(): int(n) for n, spellings in classes.items() for s in spellings}


_SP = r"[^\S\n]"  # white space that stays on the line: a date never spans two lines
_NOT_AFTER_A_WORD = r"(?<![\w.].)"  # after a date's first character: no word or "." before it
_DATE_GROUPS = ("wd", "m1", "a1", "a2", "ya", "wb", "b1", "b2", "m2", "yb")
_DATE_GROUPS += ("iy", "im", "id", "m3", "yc", "yy", "ys")


@functools.cache
def grammar() -> _Grammar:
    t = "dates"
    alt = tables.alternation
    at = tables.alternation_at
    month_of = _spellings(tables.classes(t, "months"))
    weekday_of = _spellings(tables.classes(t, "weekdays"))

    # A written date is the first of these that matches, leftmost first. They run as
    # separate patterns that each open with a letter or digit, the check that no word
    # character or full stop stands before the date coming right after it, so re skips
    # to candidates (one alternation behind a look-behind was tried at every position).
    def after_first(words) -> str:
        return at(words, _NOT_AFTER_A_WORD)

    month_names = [m.capitalize() for m in month_of]
    months = rf"(?:{alt(month_names)})(?![a-z])\.?"
    months_first = rf"{after_first(month_names)}(?![a-z])\.?"
    bare_weekday = at(WEEKDAY_NAMES, r"(?<![\w-].)")
    weekday_names = [w.capitalize() for w in weekday_of]
    any_weekday = rf"(?:{alt(weekday_names)})\.?"
    part = rf"(?:{_SP}+(?:{alt(tables.words(t, 'day-parts'))}))?"
    more_weekdays = rf"{part}(?:{_SP}*(?:,|and|or|-|–|to|through){_SP}*{any_weekday}{part})*"
    weekday_run = rf"{after_first(weekday_names)}\.?{more_weekdays}"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    # the same days, opening with the digit: 1-9, 01-09, 10-29, 30, 31
    day_first = (
        rf"[0-9]{_NOT_AFTER_A_WORD}(?:(?<=0)[1-9]|(?<=[12])\d?|(?<=3)[01]?|(?<=[4-9]))"
        r"(?:st|nd|rd|th)?"
    )

    def days(d1: str, d2: str, first: str) -> str:
        return rf"(?P<{d1}>{first})(?:{_SP}*(?:-|–|and|to|through){_SP}*(?P<{d2}>{day}))?(?![\d:])"

    def year(name: str) -> str:
        return rf"(?:,?{_SP}+(?P<{name}>(?:1[89]|20)\d\d)(?!\d))?"

    def lead(name: str) -> str:  # "Monday, ", "Tuesday night (", "Friday on "
        return rf"(?P<{name}>{weekday_run}){_SP}*(?:,{_SP}*|\({_SP}*|{_SP}+(?:on{_SP}+)?)"

    c = patterns.compile

    def needing(source: str, literals: tuple[str, ...]) -> patterns.Needing:
        return patterns.Needing(c(source), literals)

    date = patterns.Alternatives(
        c(rf"{lead('wd')}(?P<m1>{months}){_SP}+{days('a1', 'a2', day)}{year('ya')}"),
        c(rf"(?P<m1>{months_first}){_SP}+{days('a1', 'a2', day)}{year('ya')}"),
        c(rf"{lead('wb')}{days('b1', 'b2', day)}{_SP}+(?P<m2>{months}){year('yb')}"),
        c(rf"{days('b1', 'b2', day_first)}{_SP}+(?P<m2>{months}){year('yb')}"),
        # The last three are searched only in a story holding what they cannot match without
        # (patterns.Needing): most stories have no ISO date, and no "since" or "until" a year.
        needing(
            rf"(?P<iy>(?:1{_NOT_AFTER_A_WORD}9|2{_NOT_AFTER_A_WORD}0)\d\d)"
            r"-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?!\d)",
            ("-0", "-1"),
        ),
        c(rf"(?P<m3>{months_first}),?{_SP}+(?P<yc>(?:1[89]|20)\d\d)(?!\d)"),
        needing(
            r"(?P<yy>1(?<=\b(?:in|In) 1)9\d\d|2(?<=\b(?:in|In) 2)0\d\d)(?![\d-])",
            ("n 19", "n 20"),
        ),
        needing(
            r"(?P<ys>1(?<=\b(?:since|Since|until|Until) 1)9\d\d"
            r"|2(?<=\b(?:since|Since|until|Until) 2)0\d\d)(?![\d-])",
            ("ince 19", "ince 20", "ntil 19", "ntil 20"),
        ),
    )
    future = tables.words(t, "future")
    past = tables.words(t, "past")
    labels = alt(tables.words(t, "publication-labels"))
    return _Grammar(
        date=date,
        # the weekday's capital first, then the look-behind: re skips to the next candidate
        bare=patterns.compile(rf"(?P<w>{bare_weekday})(?:'s|’s)?(?![\w-])"),
        month_of=month_of,
        weekday_of=weekday_of,
        publication=patterns.compile(rf"^\W*(?:(?:{labels})\b\s*:?\s*(?:on\s+)?)?", re.I),
        future=patterns.compile(rf"{at(future, fold=True)}\b"),
        past=patterns.compile(rf"{at(past, fold=True)}\b"),
        present=patterns.compile(rf"{at(tables.words(t, 'present'), fold=True)}\b"),
        past_ed=patterns.compile(r"\b\w{3,}ed\b", re.I),
        events=frozenset(tables.words(t, "events")),
        not_a_day=patterns.compile(rf"{at(tables.words(t, 'weekday-not-a-day'), fold=True)}\b"),
        weekday_leads=frozenset(tables.words(t, "weekday-leads")),
        story_notes=patterns.compile(rf"{at(tables.words(t, 'story-notes'), fold=True)}\b"),
        captions=patterns.compile(rf"{at(tables.words(t, 'caption-markers'), fold=True)}\b"),
    )


# -- reading dates ------------------------------------------------------------------------------


def _weekdays(run: str | None, g: _Grammar) -> tuple[int, ...]:
    if not run:
        return ()
    found = re.findall(r"[A-Z][a-z]+", run)
    return tuple(g.weekday_of[w.lower()] for w in found if w.lower() in g.weekday_of)


def _day(text: str | None) -> int | None:
    return int(re.match(r"\d+", text).group(0)) if text else None


def _read(m: re.Match, g: _Grammar, offset: int) -> WrittenDate | None:
    groups = dict.fromkeys(_DATE_GROUPS)  # each alternative has only its own groups
    groups.update(m.groupdict())
    if groups["yy"] or groups["ys"]:
        return WrittenDate(offset + m.start(), offset + m.end(), m.group(0), 0, (), int(m.group(0)))
    if groups["iy"]:
        month, days, year = int(groups["im"]), (int(groups["id"]),), int(groups["iy"])
        weekdays: tuple[int, ...] = ()
    elif groups["m3"]:
        month, days, year = g.month_of[groups["m3"].rstrip(".").lower()], (), int(groups["yc"])
        weekdays = ()
    else:
        first = groups["m1"] is not None
        name = groups["m1"] if first else groups["m2"]
        month = g.month_of[name.rstrip(".").lower()]
        d1 = _day(groups["a1"] if first else groups["b1"])
        d2 = _day(groups["a2"] if first else groups["b2"])
        days = (d1,) if d2 is None else (d1, d2)
        if d2 is not None and d2 <= d1:
            return None  # "7-5" is a score, not a range of days
        raw_year = groups["ya"] if first else groups["yb"]
        year = int(raw_year) if raw_year else None
        weekdays = _weekdays(groups["wd"] if first else groups["wb"], g)
        bare_may = month == 5 and not weekdays and not year and m.group(0).startswith("May ")
        if bare_may and re.match(r"\s+[a-z]", m.string[m.end() : m.end() + 2]):
            return None  # "May 5" is a date, but "May 10 people" never is
    return WrittenDate(
        offset + m.start(), offset + m.end(), m.group(0), month, days, year, weekdays
    )


class Dates(Record):
    written: list[WrittenDate]
    weekdays: list[BareWeekday]
    reference: Reference | None
    publication_lines: tuple[WrittenDate, ...] = ()  # dates on publication lines near the top

    captions: frozenset[int] = frozenset()  # starts of written dates on caption lines

    def in_copy(self) -> list[WrittenDate]:
        """Written dates outside the publication lines: the story's own dates."""
        return [w for w in self.written if w not in self.publication_lines]

    def on_caption(self, date: WrittenDate) -> bool:
        """Whether a date is in a photo caption or page chrome (its year may be another's)."""
        return date.start in self.captions


def dates(doc) -> Dates:
    """Every written date and bare weekday in the story, and its reference date."""
    return cached(doc, "dates", lambda: _extract(doc))


def _extract(doc) -> Dates:
    g = grammar()
    text = doc.prose
    written = []
    for m in g.date.finditer(text):
        found = _read(m, g, 0)
        if found is not None:
            sentence = doc.sentence_index(found.start)
            written.append(found._replace(sentence=sentence))
    taken = [w.start for w in written]  # in order: a bisect finds the only date that can hold
    bare = []
    for m in g.bare.finditer(text):
        index = bisect.bisect_right(taken, m.start()) - 1
        if (index >= 0 and m.start() < written[index].end) or _named(text, m, g):
            continue
        weekday = WEEKDAY_NAMES.index(m.group("w"))
        sentence = doc.sentence_index(m.start())
        bare.append(BareWeekday(m.start(), m.end(), m.group(0), weekday, sentence))
    lines = _publication_lines(doc, written, g)
    if doc.date:
        reference = Reference(doc.date, "--date or front matter")
    elif lines:
        reference = Reference(
            lines[0].calendar_days(lines[0].year)[0], "publication line", lines[0]
        )
    else:
        reference = None
    caption_lines: dict[int, bool] = {}  # line index -> holds a caption marker; each read once
    captions = frozenset(w.start for w in written if on_caption_line(doc, w.start, caption_lines))
    return Dates(written, bare, reference, lines, captions)


_NUMBERED = patterns.compile(r"\s*\d+/\d+\s")  # "3/12 A crowd outside …": a gallery's caption


def on_caption_line(doc, offset: int, seen: dict[int, bool]) -> bool:
    """Whether `offset` sits on a caption line (see is_caption); `seen` keeps each line's
    answer, so a line is read once however many dates or figures it holds."""
    index = doc.position(offset)[0] - 1
    if index not in seen:
        line = doc.lines[index]
        seen[index] = is_caption(doc.prose[line.start : line.end])
    return seen[index]


def is_caption(line: str) -> bool:
    """A line with a caption marker ("Photo:", "pictured", "(AP Photo/…)") or a gallery's
    count ("3/12 A crowd outside …")."""
    return bool(_NUMBERED.match(line) or grammar().captions.search(line))


def story_note(doc, start: int, end: int) -> bool:
    """Whether a date sits in a note about the story ("This article was amended on ...")."""
    g = grammar()
    sentence = doc.sentences[doc.sentence_index(start)]
    return bool(g.story_notes.search(doc.prose[sentence.start : sentence.end]))


_CAPITAL_BEFORE = patterns.compile(r"(?<![.!?]\s)\b([A-Z][\w'’]*)[ \t]+$")
_CAPITAL_AFTER = patterns.compile(r"[ \t]+([A-Z][\w'’]*)")


def _named(text: str, m: re.Match, g: _Grammar) -> bool:
    """ "Black Friday", "Super Tuesday", "the Sunday Times", "Sunday school": not a day."""
    before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
    if before and before.group(1).lower() not in g.weekday_leads:
        return True
    after = _CAPITAL_AFTER.match(text, m.end())
    if after and after.group(1).rstrip(".").lower() not in g.month_of:
        return True
    return bool(g.not_a_day.match(text, m.start()))


# -- the reference date ---------------------------------------------------------------------------


_PUBLICATION_LINES = 12


def _publication_lines(doc, written: list[WrittenDate], g: _Grammar) -> tuple[WrittenDate, ...]:
    """Dates that make up a short line near the top, alone or after a label ("Published:",
    "Updated"), with a year and a single day."""
    found = []
    for line in doc.lines[:_PUBLICATION_LINES]:
        if not line.words or line.words > 12:
            continue
        for w in written:
            if not (line.start <= w.start and w.end <= line.end) or w.year is None:
                continue
            if len(w.days) != 1 or not w.calendar_days(w.year):
                continue
            lead = line.text[: w.start - line.start]
            label = g.publication.match(lead)
            tail = line.text[w.end - line.start :]
            if label and label.end() == len(lead) and _TIME_TAIL.match(tail):
                found.append(w)
    return tuple(found)


_TIME_TAIL = patterns.compile(
    r"\s*(?:(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?[\s|•·,]*$", re.I
)


# -- tense and resolution -------------------------------------------------------------------------


def tense(doc, start: int, end: int) -> str | None:
    """ "future", "past" or None for the clause around text[start:end]."""
    g = grammar()
    text = doc.prose
    sentence = doc.sentences[doc.sentence_index(start)]
    left = max(sentence.start, *(text.rfind(c, sentence.start, start) + 1 for c in ",;:"))
    right_candidates = [text.find(c, end, sentence.end) for c in ",;:"]
    right = min([r for r in right_candidates if r != -1], default=sentence.end)
    clause = text[left:right]
    if g.future.search(clause):
        return "future"
    if g.past.search(clause):
        return "past"
    if g.present.search(clause):
        return None
    return "past" if g.past_ed.search(clause) else None


_ROLLOVER = dt.timedelta(days=31)


def year_for(date: WrittenDate, reference: dt.date, when: str | None) -> int:
    """The year a date without one belongs to, read against the reference date."""
    if date.year is not None:
        return date.year
    year = reference.year
    first = (
        dt.date(year, date.month, min(date.days or (1,), default=1))
        if _exists(year, date)
        else None
    )
    if first is None:
        return year
    if when != "future" and first - reference > _ROLLOVER:
        return year - 1  # a January story's "Dec. 30" happened last year
    if when == "future" and reference - first > _ROLLOVER:
        return year + 1  # a December story's "Jan. 3" is next year
    return year


def _exists(year: int, date: WrittenDate) -> bool:
    return date.calendar_days(year) is not None or not date.days


def resolve_weekday(weekday: int, reference: dt.date, when: str | None) -> dt.date:
    """The date a bare weekday names: within the week before (past) or after (future)."""
    shift = (weekday - reference.weekday()) % 7
    if when == "future":
        return reference + dt.timedelta(days=shift)
    return reference - dt.timedelta(days=(7 - shift) % 7)


_EVENT_BEFORE = patterns.compile(
    r"\b(?i:the|this|that|its|their|his|her|last|a|an)\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:on|of)\s+$"
)
_EVENT_AFTER = patterns.compile(r"(?:'s|’s)?\s+([a-z]+)(?:\s+([a-z]+))?\b")
_THE_BEFORE = patterns.compile(r"\b(?:the|this|that|last)\s+$", re.I)


def event_of(doc, start: int, end: int, possessive: bool) -> str | None:
    """The event a date or weekday is attached to: "the attack on Wednesday", "Wednesday's
    attack", "the Feb. 7 attack", "the strike of Feb. 7"; None when it stands loose ("said on
    Thursday")."""
    g = grammar()
    text = doc.prose
    before = _EVENT_BEFORE.search(text, max(0, start - 40), start)
    if before and before.group(1) in g.events:
        return before.group(1)
    attached = possessive or _THE_BEFORE.search(text, max(0, start - 8), start)
    after = _EVENT_AFTER.match(text, end)
    if attached and after:  # "the Feb. 7 attack", "Wednesday's deadly attack"
        return next((w for w in after.groups() if w in g.events), None)
    return None


def year_in_story(doc, date: WrittenDate, reference: Reference | None) -> int | None:
    """The year a written date is in: its own, or read against the reference date."""
    if date.year is not None:
        return date.year
    if reference is None:
        return None
    return year_for(date, reference.date, tense(doc, date.start, date.end))
