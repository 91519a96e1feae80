"""HTML: one self-contained page a desk editor can read without git or a code editor.

Each document is shown whole, with line numbers, every finding highlighted in place (red for
errors, yellow for warnings, blue for info) and its message written out under the line it
starts on, with a link to the other half of a contradiction, which is underlined where it
sits. Front matter is a small header
(title, date, sources and any other fields) instead of raw YAML. For `compare`, each story's
own findings sit beside the cross-source ones, and the claims table marks the cells that
disagree. One order everywhere: the documents in the order given, findings by line within
each, and the side list numbered the same way. No scripts, fonts or other files: it works
offline as one file, and everything it shows is escaped.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter, defaultdict

from .. import suppressions
from .text import summary

_STYLE = """
*{box-sizing:border-box}body{font:15px/1.5 Georgia,serif;margin:0;display:flex;color:#222}
main{flex:3;padding:1em 2em;min-width:0}aside{flex:1.3;padding:1em;background:#f6f6f4;
height:100vh;overflow:auto;position:sticky;top:0;font:13px/1.4 system-ui,sans-serif;
max-width:28em}h1{font-size:1.4em}h2{font-size:1.15em;margin:1.6em 0 .4em}
.doc{border:1px solid #ddd;background:#fff}.fm{background:#f3f1ea;border-bottom:1px solid #ddd;
padding:.5em 1em;font:13px/1.4 system-ui,sans-serif}.fm dl{margin:0;display:grid;
grid-template-columns:max-content 1fr;gap:.1em .8em}.fm dt{color:#666}.fm dd{margin:0}
.fm .lines{color:#999;font-size:12px}
.line{display:grid;grid-template-columns:3.5em 1fr;white-space:pre-wrap;
font:15px/1.6 Georgia,serif}.line:target{background:#fff8d0}.no{color:#aaa;text-align:right;
padding-right:.8em;user-select:none;text-decoration:none;font:12px/2 ui-monospace,monospace}
.text{padding-right:1em;overflow-wrap:anywhere}
.notes{margin:0 0 .3em 3.5em;font:13px/1.4 system-ui,sans-serif}
.note{margin:.15em 0;padding:.15em .5em;border-left:3px solid}.note:target{outline:2px solid #333}
.note.error{border-color:#c00;background:#fdecec}.note.warning{border-color:#c90;
background:#fdf6e0}.note.info{border-color:#39c;background:#e9f3fb}
mark{padding:0 1px;border-radius:2px}mark.error{background:#fbb}mark.warning{background:#fe9}
mark.info{background:#bdf}
mark.other{background:none;border-bottom:2px dotted #c00}
.error b{color:#b00}.warning b{color:#960}.info b{color:#06a}
aside ol{padding-left:2.2em}aside li{margin:.4em 0}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em;
vertical-align:top;font:13px/1.4 system-ui,sans-serif}td.disagree{background:#fde2e1;
font-weight:600}
"""

_FIELD = re.compile(r"^([A-Za-z_][\w-]*):\s*(.*)$")


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text))]


def _offset(starts: list[int], line: int, column: int, size: int) -> int:
    index = min(max(line, 1), len(starts)) - 1
    return min(starts[index] + max(column, 1) - 1, size)


def _span(starts: list[int], loc, size: int) -> tuple[int, int]:
    """A location's [start, end) in the text, at least one character long."""
    start = _offset(starts, loc.line, loc.column, size)
    end = max(_offset(starts, loc.end_line, loc.end_column, size), start + 1)
    return start, min(end, size)


def _front_matter(text: str) -> tuple[int, list[tuple[str, str]]]:
    """(lines the front matter takes, its fields as shown) or (0, []) without front matter."""
    lines = text.split("\n")
    number = suppressions.front_matter_end(lines)
    fields, last = [], None
    for raw in lines[1 : number - 1] if number else ():
        found = _FIELD.match(raw.rstrip("\r"))
        if found:
            fields.append([found.group(1), found.group(2).strip()])
            last = fields[-1]
        elif last is not None and raw.strip():  # a list item or a folded value
            last[1] = f"{last[1]} {raw.strip()}".strip()
    return number, [(k, v) for k, v in fields]


class _Page:
    """Findings numbered in one order (documents as given, then line and column)."""

    def __init__(self, report):
        self.report = report
        self.index = {path: i for i, path in enumerate(report.files)}
        for f in report.findings:
            self.index.setdefault(f.path, len(self.index))
        self.findings = sorted(
            report.findings,
            key=lambda f: (self.index[f.path], f.location.line, f.location.column, f.code),
        )
        self.number = {id(f): n for n, f in enumerate(self.findings, 1)}

    def anchor(self, path: str, line: int) -> str:
        return f"#d{self.index.get(path, 0)}-L{line}"

    def related_links(self, f) -> str:
        return "".join(
            f' <a class="other" href="{self.anchor(r.location.path, r.location.line)}">→ '
            f"{html.escape(r.message)}: {html.escape(r.location.path)}, line {r.location.line}"
            "</a>"
            for r in f.related
        )

    def note(self, f) -> str:
        n = self.number[id(f)]
        return (
            f'<p class="note {f.severity}" id="f{n}"><b>{n}. {f.code}</b> '
            f"{html.escape(f.message)} <small>({html.escape(f.rule)}, {f.severity})</small>"
            f"{self.related_links(f)}</p>"
        )

    def document(self, i: int, path: str, text: str) -> str:
        mine = [f for f in self.findings if f.path == path]
        starts = _line_starts(text)
        size = len(text)
        marks = [(*_span(starts, f.location, size), f) for f in mine]
        halves = [  # the other half of a contradiction, wherever its finding sits
            (*_span(starts, r.location, size), f)
            for f in self.findings
            for r in f.related
            if r.location.path == path
        ]
        spans = marks + halves
        cuts = sorted({0, size, *starts, *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
        pieces: dict[int, list[str]] = defaultdict(list)
        line = 0
        for a, b in itertools.pairwise(cuts):
            while line + 1 < len(starts) and starts[line + 1] <= a:
                line += 1
            piece = html.escape(text[a:b].rstrip("\n"))
            covering = [f for s, e, f in marks if s <= a and b <= e and s < e]
            if covering and piece:
                worst = max(covering, key=lambda f: f.severity)
                title = html.escape(
                    " | ".join(f"{f.code} {f.message}" for f in covering), quote=True
                )
                ids = " ".join(f"f{self.number[id(f)]}" for f in covering)
                piece = (
                    f'<mark class="{worst.severity}" title="{title}" data-findings="{ids}">'
                    f"{piece}</mark>"
                )
            elif piece:
                other = [f for s, e, f in halves if s <= a and b <= e and s < e]
                if other:
                    title = html.escape(
                        " | ".join(
                            f"the other half of {self.number[id(f)]}. {f.code}" for f in other
                        ),
                        quote=True,
                    )
                    ids = " ".join(f"f{self.number[id(f)]}" for f in other)
                    piece = f'<mark class="other" title="{title}" data-other="{ids}">{piece}</mark>'
            pieces[line + 1].append(piece)
        notes: dict[int, list[str]] = defaultdict(list)
        for f in mine:
            notes[f.location.line].append(self.note(f))
        fence, fields = _front_matter(text)
        out = [f'<h2 id="d{i}">{html.escape(path)}</h2><div class="doc">']
        if fence:
            rows = "".join(
                f"<dt>{html.escape(k)}</dt><dd>{html.escape(v) or '—'}</dd>" for k, v in fields
            )
            header_notes = "".join(n for number in range(1, fence + 1) for n in notes[number])
            out.append(
                f'<header class="fm" id="d{i}-L1"><dl>{rows}</dl>'
                f'<div class="lines">front matter, lines 1–{fence}</div>'
                + (f'<div class="notes">{header_notes}</div>' if header_notes else "")
                + "</header>"
            )
        for number in range(fence + 1, len(starts) + 1):
            if number == len(starts) and starts[-1] == size and number > 1:
                break  # the empty "line" after a final newline
            anchor = f"d{i}-L{number}"
            out.append(
                f'<div class="line" id="{anchor}"><a class="no" href="#{anchor}">{number}</a>'
                f'<span class="text">{"".join(pieces[number])}</span></div>'
            )
            if notes[number]:
                out.append(f'<div class="notes">{"".join(notes[number])}</div>')
        out.append("</div>")
        return "".join(out)

    def side_list(self) -> str:
        items = "".join(
            f'<li class="{f.severity}" value="{self.number[id(f)]}">'
            f'<a href="#f{self.number[id(f)]}">{html.escape(f.path)}:{f.location.line}</a> '
            f"<b>{f.code}</b> {html.escape(f.message)}</li>"
            for f in self.findings
        )
        return f"<ol>{items}</ol>"

    def claims(self) -> str:
        report = self.report
        if not report.claims:
            return ""
        head = "".join(f"<th>{html.escape(p)}</th>" for p in report.files)
        differs = ' class="disagree" title="disagrees with another report"'
        rows = "".join(
            f"<tr><th>{html.escape(r.claim)}</th>"
            + "".join(
                f"<td{differs if m else ''}>{'≠ ' if m else ''}{html.escape(c) or '—'}</td>"
                for c, m in zip(r.cells, r.disagree or (False,) * len(r.cells), strict=True)
            )
            + "</tr>"
            for r in report.claims
        )
        return (
            "<h2>Claims (line numbers in brackets; ≠ marks a figure another report "
            f"contradicts)</h2><table><tr><th></th>{head}</tr>{rows}</table>"
        )


def render(report, options) -> str:
    page = _Page(report)
    documents = "".join(
        page.document(i, path, report.texts.get(path, "")) for i, path in enumerate(report.files)
    )
    counts = Counter(str(f.severity) for f in report.findings)
    title = "newslint report"
    return (
        f"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>{title}</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{_STYLE}</style></head><body><main><h1>{title}</h1>"
        f"<p>{html.escape(summary(report))}</p>{page.claims()}{documents}</main>"
        f"<aside><h2>Findings</h2><p>{counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} info</p>{page.side_list()}</aside></body></html>\n"
    )
