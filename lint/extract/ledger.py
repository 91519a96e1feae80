"""A claim ledger per document, for comparing reports of one event: what each says about the
casualties and when the event happened, built from the casualty and date extractors (never a
second parse). `newslint compare` prints
it as a table an editor can scan: each claim, and what each document says, with line numbers.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from . import casualties, dates, figures

_OUTCOMES = ("killed", "wounded", "missing", "casualties")


class ClaimRow(NamedTuple):
    claim: str  # "killed", "wounded", ...
    cells: tuple[str, ...]  # one per document: "more than 100 (1), about 100 (10)" or ""


def casualty_rows(docs) -> list[ClaimRow]:
    """One row per outcome any document reports for the event itself (not other events, not
    parts of a total), each cell listing that document's figures with their lines."""
    rows = []
    for outcome in _OUTCOMES:
        cells = []
        for doc in docs:
            seen = []
            for m in casualties.mentions(doc):
                if m.outcome == outcome and m.comparable and m.event is None:
                    label = f"{' '.join(m.text.split())} ({doc.position(m.start)[0]})"
                    if label not in seen:
                        seen.append(label)
            cells.append(", ".join(seen))
        if any(cells):
            rows.append(ClaimRow(outcome, tuple(cells)))
    return rows


class DateClaim(NamedTuple):
    doc: int
    start: int
    end: int
    text: str
    days: frozenset[dt.date]
    event: str | None
    weekday_wrong: bool = False  # written with weekdays that do not fit its own days
    bare: bool = False  # a weekday on its own ("Wednesday's attack"), resolved against the date


def date_claims(index: int, doc) -> list[DateClaim]:
    found = dates.dates(doc)
    out = []
    for w in found.in_copy():
        if not w.days or found.on_caption(w) or dates.tense(doc, w.start, w.end) == "future":
            continue
        event = dates.event_of(doc, w.start, w.end, possessive=False)
        if event is None and not w.weekdays:
            continue
        year = dates.year_in_story(doc, w, found.reference)
        days = w.calendar_days(year) if year else None
        if days:
            wrong = bool(w.weekdays) and days[0].weekday() != w.weekdays[0]
            out.append(DateClaim(index, w.start, w.end, w.text, frozenset(days), event, wrong))
    if found.reference is not None:
        for bare in found.weekdays:
            possessive = bare.text.endswith(("'s", "’s"))
            event = dates.event_of(doc, bare.start, bare.end, possessive=possessive)
            if event is None:
                continue
            when = dates.tense(doc, bare.start, bare.end)
            day = dates.resolve_weekday(bare.weekday, found.reference.date, when)
            claim = DateClaim(index, bare.start, bare.end, bare.text, frozenset([day]), event)
            out.append(claim._replace(bare=True))
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
