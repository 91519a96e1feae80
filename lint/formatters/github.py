"""GitHub Actions workflow commands: one `::error file=…,line=…::path:line:col: message` per
finding, and one per input error or warning (title `newslint`).

GitHub shows at most ten annotations of each level per step beside the code; the rest are only
in the log. So each command's text starts with `path:line:col:`, and a finding past the tenth
can still be traced from the log line alone."""

from __future__ import annotations

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace("##[", "#\u200b#[")  # never an old-style command inside ours


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(report, options) -> str:
    lines = []
    for f in report.findings:
        loc = f.location
        props = ",".join(
            (
                f"file={_prop(loc.path)}",
                f"line={loc.line}",
                f"col={loc.column}",
                f"endLine={loc.end_line}",
                f"endColumn={loc.end_column}",
                f"title={_prop(f'{f.code} {f.rule}')}",
            )
        )
        text = f"{loc.path}:{loc.line}:{loc.column}: {f.code} {f.message}"
        lines.append(f"::{_LEVEL[str(f.severity)]} {props}::{_data(text)}")
    for level, problems in (("error", report.errors), ("warning", report.warnings)):
        for problem in problems:  # input that could not be linted, or was read with a caveat
            line = f",line={problem.line}" if problem.line else ""
            where = f"file={_prop(problem.path)}{line}"
            lines.append(f"::{level} {where},title=newslint::{_data(str(problem))}")
    return "\n".join(lines) + ("\n" if lines else "")
