"""A claim ledger per document, for comparing reports of one event: what each says about the
casualties, built from the casualty extractor (never a second parse). `newslint compare` prints
it as a table an editor can scan: each claim, and what each document says, with line numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import casualties

_OUTCOMES = ("killed", "wounded", "missing", "casualties")


@dataclass(frozen=True)
class ClaimRow:
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
