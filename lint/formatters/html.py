"""HTML: one self-contained page an editor can open. Each document is shown whole with every
finding highlighted in place (coloured by severity, the message on hover and in a side list),
related locations linked, and for `compare` the claims table. No scripts, fonts or files
outside the page."""

from __future__ import annotations

import html
import itertools
from collections import Counter

from .text import summary

_STYLE = """
td.disagree{background:#fde2e1;font-weight:600}
body{font:15px/1.5 Georgia,serif;margin:0;display:flex;color:#222}
main{flex:3;padding:1em 2em;max-width:60em}aside{flex:2;padding:1em;background:#f6f6f4;
height:100vh;overflow:auto;position:sticky;top:0;font:13px/1.4 system-ui,sans-serif}
pre{white-space:pre-wrap;font:15px/1.6 Georgia,serif;background:#fff;border:1px solid #ddd;
padding:1em}mark{padding:0 1px;border-radius:2px}mark.error{background:#fbb}
mark.warning{background:#fe9}mark.info{background:#bdf}li{margin:.4em 0}
.error b{color:#b00}.warning b{color:#960}.info b{color:#06a}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.2em .5em;vertical-align:top;font-size:13px}
"""


def _offsets(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def _offset(starts: list[int], line: int, column: int, size: int) -> int:
    index = min(max(line, 1), len(starts)) - 1
    return min(starts[index] + max(column, 1) - 1, size)


def _document(index: int, path: str, text: str, marks: list[tuple[int, int, int, object]]) -> str:
    """The text with <mark>s: spans are cut where findings begin or end, so overlaps nest."""
    starts = _offsets(text)
    cuts = sorted(
        {0, len(text), *starts, *(s for s, _, _, _ in marks), *(e for _, e, _, _ in marks)}
    )
    line_of = {start: n + 1 for n, start in enumerate(starts)}
    out = []
    for a, b in itertools.pairwise(cuts):
        if a in line_of:
            out.append(f'<span id="d{index}-L{line_of[a]}"></span>')
        piece = html.escape(text[a:b])
        covering = [(n, f) for s, e, n, f in marks if s <= a and b <= e and s < e]
        if covering:
            worst = max(covering, key=lambda nf: nf[1].severity)[1]
            title = html.escape(
                " | ".join(f"{f.code} {f.message}" for _, f in covering), quote=True
            )
            ids = " ".join(f"f{n}" for n, _ in covering)
            attributes = f'class="{worst.severity}" title="{title}" data-findings="{ids}"'
            piece = f"<mark {attributes}>{piece}</mark>"
        out.append(piece)
    return f'<h2 id="d{index}">{html.escape(path)}</h2><pre>{"".join(out)}</pre>'


def render(report, options) -> str:
    texts = report.texts
    index_of = {path: i for i, path in enumerate(report.files)}
    marks: dict[str, list] = {path: [] for path in report.files}
    items = []
    for n, f in enumerate(report.findings):
        loc = f.location
        text = texts.get(loc.path, "")
        starts = _offsets(text) if text else [0]
        start = _offset(starts, loc.line, loc.column, len(text))
        end = max(_offset(starts, loc.end_line, loc.end_column, len(text)), start + 1)
        marks.setdefault(loc.path, []).append((start, min(end, len(text)), n, f))
        doc = index_of.get(loc.path, 0)
        related = "".join(
            f'<li><a href="#d{index_of.get(r.location.path, 0)}-L{r.location.line}">'
            f"{html.escape(r.location.path)}:{r.location.line}</a> {html.escape(r.message)}</li>"
            for r in f.related
        )
        items.append(
            f'<li id="f{n}" class="{f.severity}"><a href="#d{doc}-L{loc.line}">'
            f"{html.escape(loc.path)}:{loc.line}:{loc.column}</a> <b>{f.code}</b> "
            f"{html.escape(f.rule)} [{f.severity}]<br>{html.escape(f.message)}"
            + (f"<ul>{related}</ul>" if related else "")
            + "</li>"
        )
    documents = "".join(
        _document(i, path, texts.get(path, ""), marks.get(path, []))
        for i, path in enumerate(report.files)
    )
    claims = ""
    if report.claims:
        head = "".join(f"<th>{html.escape(p)}</th>" for p in report.files)
        differs = ' class=disagree title="disagrees with another report"'
        rows = "".join(
            f"<tr><th>{html.escape(r.claim)}</th>"
            + "".join(
                f"<td{differs if m else ''}>{'≠ ' if m else ''}{html.escape(c) or '—'}</td>"
                for c, m in zip(r.cells, r.disagree or (False,) * len(r.cells), strict=True)
            )
            + "</tr>"
            for r in report.claims
        )
        claims = (
            "<h2>Claims (line numbers in brackets)</h2>"
            f"<table><tr><th></th>{head}</tr>{rows}</table>"
        )
    counts = Counter(str(f.severity) for f in report.findings)
    title = "newslint report"
    return (
        f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{title}</title>"
        f"<style>{_STYLE}</style></head><body><main><h1>{title}</h1>"
        f"<p>{html.escape(summary(report))}</p>{claims}{documents}</main>"
        f"<aside><h2>Findings</h2><p>{counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} info</p><ol>{''.join(items)}</ol></aside></body></html>\n"
    )
