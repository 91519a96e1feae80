"""A claim ledger per document, for comparing reports of one event: what each says about the
casualties and when the event happened, built from the casualty and date extractors (never a
second parse). `newslint compare` prints
it as a table an editor can scan: each claim, and what each document says, with line numbers.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import patterns
from ..records import Record
from . import cached, casualties, claims, dates, figures

_OUTCOMES = ("killed", "wounded", "missing", "casualties")


class ClaimRow(Record):
    claim: str  # "killed (people)", "wounded (children)", "event date", ...
    cells: tuple[str, ...]  # one per document: "more than 100 (1), about 100 (10)" or ""
    disagree: tuple[bool, ...] = ()  # per document: a claim here conflicts with another's


def _row_key(c: claims.Claim) -> tuple[str, str]:
    group = c.group.cls or "people"
    sides = " ".join(sorted(c.group.sides))
    label = f"{sides} {group}".strip() if c.group.cls or sides else "people"
    return c.measure, label


def casualty_rows(docs) -> list[ClaimRow]:
    """One row per measure and group that any document gives for the event itself (not other
    events, not parts of a total, not updates), each cell listing that document's figures with
    their lines (the title as line of the front matter), and marked when one of them conflicts
    with, or tells differently, another document's claim in the same row."""
    per_doc = [
        [c for c in claims.claims(doc) if c.event is None and c.scope == "total" and not c.update]
        for doc in docs
    ]
    keys: list[tuple[str, str]] = []
    for found in per_doc:
        for c in found:
            if _row_key(c) not in keys:
                keys.append(_row_key(c))
    order = {m: n for n, m in enumerate(_OUTCOMES)}
    keys.sort(key=lambda k: (order.get(k[0], 9), k[1] != "people", k[1]))
    rows = []
    for key in keys:
        cells, marks = [], []
        for index, (doc, found) in enumerate(zip(docs, per_doc, strict=True)):
            mine = [c for c in found if _row_key(c) == key]
            labels = list(dict.fromkeys(f"{c.text} ({doc.position(c.start)[0]})" for c in mine))
            cells.append(", ".join(labels))
            marks.append(
                any(
                    claims.conflict(c, o) or claims.qualifier_drift(c, o)
                    for c in mine
                    for other, theirs in enumerate(per_doc)
                    if other != index
                    for o in theirs
                    if _row_key(o) == key
                )
            )
        measure, group = key
        rows.append(ClaimRow(f"{measure} ({group})", tuple(cells), tuple(marks)))
    return rows


class DateClaim(Record):
    doc: int
    start: int
    end: int
    text: str
    days: frozenset[dt.date]
    event: str | None
    weekday_wrong: bool = False  # written with weekdays that do not fit its own days
    bare: bool = False  # a weekday on its own ("Wednesday's attack"), resolved against the date
    counted: bool = False  # beside a toll of the story's own event


COUNTED = "counted event"  # the event a sentence's casualty claim is about


def _counted_sentences(doc) -> frozenset[int]:
    """Sentences that hold a claim about the story's own event (not an update of its toll):
    a date there is the event's date."""
    return frozenset(
        c.sentence
        for c in claims.claims(doc)
        if c.event is None and c.sentence >= 0 and not c.update
    )


# "officials said Friday", "reported early Friday", "Updated: 2016-07-15", "rose to at least
# six Friday": when it was said, or when the toll changed, not when the event happened.
_SAID_WHEN = patterns.compile(
    r"\b(?:said|says|say|told|reported|reports|announced|confirmed|stated|added|updated|"
    r"published|posted|wrote|tweeted|rose|risen|climbed|increased|jumped)\b"
    r"[:\s,]*(?:\w+[\s,]+){0,4}$",
    re.I,
)


# "the day after the attack", "days before the vote": the sentence dates something else.
_RELATIVE_DAY = patterns.compile(
    r"\b(?:the|a|two|three|several|days?)\s+(?:days?\s+)?(?:after|before)\b", re.I
)


def _by_sentence(doc) -> dict[int, list[claims.Claim]]:
    def build() -> dict[int, list[claims.Claim]]:
        found: dict[int, list[claims.Claim]] = {}
        for claim in claims.claims(doc):
            found.setdefault(claim.sentence, []).append(claim)
        return found

    return cached(doc, "claims-by-sentence", build)


def _event_date(doc, start: int, counted: frozenset[int]) -> bool:
    """A date in a sentence about the event's toll: not the date someone said something, not
    the date of a later update ("rose to six Friday"), not a day relative to the event."""
    index = doc.sentence_index(start)
    if index not in counted:
        return False
    sentence = doc.sentences[index]
    if _RELATIVE_DAY.search(doc.prose, sentence.start, sentence.end):
        return False
    dateline = casualties.DATELINE.match(doc.prose[sentence.start : sentence.end])
    if dateline and start < sentence.start + dateline.end():
        return False  # "LONDON, Feb 8 (Reuters) -": the day the story was filed
    before = [c for c in _by_sentence(doc).get(index, ()) if c.end <= start]
    if before and max(before, key=lambda c: c.end).update:
        return False
    return not _SAID_WHEN.search(doc.prose, max(0, start - 40), start)


def date_claims(index: int, doc) -> list[DateClaim]:
    found = dates.dates(doc)
    counted = _counted_sentences(doc)
    out = []
    for w in found.in_copy():
        if not w.days or found.on_caption(w) or dates.tense(doc, w.start, w.end) == "future":
            continue
        event = dates.event_of(doc, w.start, w.end, possessive=False)
        beside_toll = _event_date(doc, w.start, counted)
        if event is None and beside_toll:
            event = COUNTED
        if event is None and not w.weekdays:
            continue
        year = dates.year_in_story(doc, w, found.reference)
        days = w.calendar_days(year) if year else None
        if days:
            wrong = bool(w.weekdays) and days[0].weekday() != w.weekdays[0]
            claim = DateClaim(index, w.start, w.end, w.text, frozenset(days), event, wrong)
            out.append(claim._replace(counted=beside_toll))
    if found.reference is not None:
        for bare in found.weekdays:
            possessive = bare.text.endswith(("'s", "’s"))
            event = dates.event_of(doc, bare.start, bare.end, possessive=possessive)
            beside_toll = _event_date(doc, bare.start, counted)
            if event is None and beside_toll:
                event = COUNTED
            if event is None:
                continue
            when = dates.tense(doc, bare.start, bare.end)
            day = dates.resolve_weekday(bare.weekday, found.reference.date, when)
            claim = DateClaim(index, bare.start, bare.end, bare.text, frozenset([day]), event)
            out.append(claim._replace(bare=True, counted=beside_toll))
    return out


def date_rows(docs) -> list[ClaimRow]:
    """The event dates each document gives (its weekdays resolved against its own date)."""
    cells = []
    for index, doc in enumerate(docs):
        seen = []
        for claim in date_claims(index, doc):
            first, last = min(claim.days), max(claim.days)
            day = f"{dates.ap_month(first.month)} {first.day}" + (
                f"-{last.day}" if last != first else ""
            )
            label = f"{day} ({doc.position(claim.start)[0]})"
            if label not in seen:
                seen.append(label)
        cells.append(", ".join(seen))
    return [ClaimRow("event date", tuple(cells))] if any(cells) else []


def figure_rows(docs) -> list[ClaimRow]:
    """Ages, rates, distances and sizes, one row per subject that two or more documents give."""
    by_subject: dict[tuple[str, str], list[list[str]]] = {}
    for index, doc in enumerate(docs):
        for f in figures.figures(doc):
            cells = by_subject.setdefault((f.measure, f.subject), [[] for _ in docs])
            label = f"{f.text} ({doc.position(f.start)[0]})"
            if label not in cells[index]:
                cells[index].append(label)
    return [
        ClaimRow(f"{measure}: {subject}", tuple(", ".join(c) for c in cells))
        for (measure, subject), cells in by_subject.items()
        if sum(1 for c in cells if c) >= 2
    ]
