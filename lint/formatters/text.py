"""Text: `path:line:col: CODE pack/rule-name [severity] message`, then a one-line summary."""

from __future__ import annotations

from collections import Counter

import click

from ..finding import neutral, visible

_COLORS = {"error": "red", "warning": "yellow", "info": "cyan"}


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(report) -> str:
    counts = Counter(str(f.severity) for f in report.findings)
    files = len(report.files)
    if not report.findings:
        text = f"All clear: no problems in {plural(files, 'file')}."
    else:
        parts = ", ".join(
            plural(counts[s], s) if s != "info" else f"{counts[s]} info"
            for s in ("error", "warning", "info")
        )
        found = plural(len(report.findings), "problem")
        text = f"Found {found} ({parts}) in {plural(files, 'file')}."
    notes = [plural(len(report.errors), "input error")] if report.errors else []
    if report.warnings:
        notes.append(plural(len(report.warnings), "input warning"))
    if notes:
        text = text.replace("All clear: no", "No") + f" {' and '.join(notes)} (on stderr)."
    return text


def statistics(report) -> list[str]:
    counts = Counter((f.code, f.rule, str(f.severity)) for f in report.findings)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    return [f"{n:5d}  {code:6} {rule} [{sev}]" for (code, rule, sev), n in rows]


def render(report, options) -> str:
    lines = []
    if options.statistics:
        lines.extend(statistics(report))
    else:
        for f in report.findings:
            loc = f.location
            where = f"{loc.path}:{loc.line}:{loc.column}:"
            severity = f"[{f.severity}]"
            code = f.code
            if options.color:
                where = click.style(where, bold=True)
                code = click.style(code, fg=_COLORS[str(f.severity)], bold=True)
                severity = click.style(severity, fg=_COLORS[str(f.severity)])
            lines.append(f"{visible(where)} {code} {f.rule} {severity} {f.message}")
            for r in f.related:
                where = f"{r.location.path}:{r.location.line}:{r.location.column}:"
                lines.append(f"    {visible(where)} {visible(r.message)}")
    if report.claims and not options.statistics:
        lines.extend(claims_table(report))
    if not options.quiet:
        lines.append(summary(report))
    return "".join(neutral(line) + "\n" for line in lines)


def claims_table(report) -> list[str]:
    """What each document says about each claim (line numbers in brackets): `compare` only."""
    lines = ["", "Claims (line numbers in brackets; ≠ marks a report that disagrees):"]
    for row in report.claims:
        lines.append(f"  {row.claim}:")
        marks = row.disagree or (False,) * len(row.cells)
        for name, cell, differs in zip(report.files, row.cells, marks, strict=True):
            lines.append(f"  {'≠' if differs else ' '} {name}: {cell or '—'}")
    lines.append("")
    return lines
