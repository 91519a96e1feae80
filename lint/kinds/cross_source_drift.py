"""cross-source-drift: casualty figures that disagree across reports of one event.

Run by `newslint compare` (every document against the ones before it) and by `newslint check`
on a story whose front matter lists `sources:` (the story against each source). Each document's
claims (newslint.extract.claims: title, headline, dateline and lede) are compared with the
other documents' by the same tests as casualty-drift — same event and measure, same or
containing group, no update — so "12 killed, including 10 Americans" and "10 Americans killed"
agree.
Other figures tied to a subject — ages, rates, distances (units converted first, so "five
miles" and "eight kilometers" agree), group sizes — are compared as figure-drift compares them.
Figures that cannot both be true are reported at the rule's severity; one figure told with
different qualifiers ("about 100" against "more than 100") at warning; figures attributed to
different named sources (a ministry against an observatory) at `sources-differ`.

Only figures in each report's first `lede-paragraphs` paragraphs are compared: that is where
a report gives the event's own toll; further down, tolls of other events (background, earlier
attacks elsewhere) crowd in and cannot be told apart across outlets.

Example (fail): `More than 100 fighters were killed.` in one report, `About 60 fighters were
killed.` in another.
Example (pass): `Twelve people were killed, including 10 Americans.` in one report, `Ten
Americans were killed.` in another.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import claims, figures
from ..finding import Hit, Severity
from ..records import Record

KIND = "cross-source-drift"
SCOPE = "set"
ARGS = ("figure", "others", "outcome")


class Params(Record):
    sources_differ: str = "info"
    max_ratio: float = 3.0
    max_listed: int = 3
    lede_paragraphs: int = 6
    approximate_margin: float = 0.1

    def validate(self) -> None:
        Severity.parse(self.sources_differ)


def _comparable(a: claims.Claim, b: claims.Claim) -> bool:
    return a.event == b.event and not (a.update or b.update or a.quoted or b.quoted)


def _in_lede(doc: Document, paragraphs: int) -> list[claims.Claim]:
    """The title's and the first `paragraphs` paragraphs' claims, where a report gives the
    event's own toll (a wire story's dateline and lede included), and its zeros."""
    text_paragraphs = [p for p in doc.paragraphs if doc.prose[p.start : p.end].strip()]
    limit = text_paragraphs[min(paragraphs, len(text_paragraphs)) - 1].end if text_paragraphs else 0
    # A zero ("no immediate reports of casualties") is compared wherever it stands: one report
    # saying nobody was hurt against others counting the dead is the disagreement to see.
    return [c for c in claims.claims(doc) if c.where == "title" or c.start < limit or c.zero]


def check_set(docs: list[Document], params: Params) -> Iterator[tuple[int, Hit]]:
    found = [_in_lede(doc, params.lede_paragraphs) for doc in docs]
    cap = Severity.parse(params.sources_differ)
    for j in range(len(docs)):
        for b in found[j]:
            contradicts, drifts = [], []
            for i in range(j):
                for a in found[i]:
                    if not _comparable(a, b):
                        continue
                    if claims.conflict(a, b) and claims.close_enough(a, b, params.max_ratio):
                        contradicts.append((i, a))
                    elif claims.qualifier_drift(a, b):
                        drifts.append((i, a))
            others = contradicts or drifts
            if not others:
                continue
            differ = all(claims.sources_differ(a, b) for _, a in others)
            severity = cap if differ else (None if contradicts else Severity.WARNING)
            listed = others[: params.max_listed]
            described = "; ".join(
                f"{docs[i].path}:{docs[i].position(a.start)[0]} says '{a.text}'" for i, a in listed
            )
            if len(others) > len(listed):
                described += f" (and {len(others) - len(listed)} more)"
            yield (
                j,
                Hit(
                    b.start,
                    b.end,
                    {"figure": b.text, "others": described, "outcome": b.measure},
                    related=tuple((a.start, a.end, f"'{a.text}' here", docs[i]) for i, a in listed),
                    severity=severity,
                ),
            )
    yield from _figures(docs, params)


def _figures(docs: list[Document], params: Params) -> Iterator[tuple[int, Hit]]:
    """Ages, rates, distances and group sizes of the same subject, units converted first:
    "five miles east of Khusham" and "eight kilometers east of Khusham" agree."""
    found = [figures.figures(doc) for doc in docs]
    for j in range(len(docs)):
        for b in found[j]:
            others = [
                (i, a)
                for i in range(j)
                for a in found[i]
                if (a.measure, a.subject) == (b.measure, b.subject)
                and not figures.agree(a, b, params.approximate_margin)
            ]
            if not others:
                continue
            listed = others[: params.max_listed]
            described = "; ".join(
                f"{docs[i].path}:{docs[i].position(a.start)[0]} says '{a.text}'" for i, a in listed
            )
            args = {"figure": b.text, "others": described, "outcome": f"{b.measure} ({b.subject})"}
            related = tuple((a.start, a.end, f"'{a.text}' here", docs[i]) for i, a in listed)
            yield j, Hit(b.start, b.end, args, related=related)
