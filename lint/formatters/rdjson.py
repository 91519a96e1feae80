"""reviewdog's Diagnostic Format (rdjson): `newslint check --format rdjson | reviewdog -f=rdjson`
posts findings as review comments on the lines of a pull request (GitHub, GitLab, Gerrit,
Bitbucket).

One diagnostic per finding, with the rule's code, severity (ERROR, WARNING, INFO), the range
(columns count UTF-8 bytes, as rdjson asks), the other half of a contradiction as
`related_locations`, and the fix as a suggestion that deletes the line where the rule has one.
"""

from __future__ import annotations

import json
from pathlib import Path

_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


class _Bytes:
    """Code-point columns as UTF-8 byte columns, from each file's text."""

    def __init__(self, texts: dict[str, str]):
        self.texts = dict(texts)
        self.lines: dict[str, list[str]] = {}

    def column(self, path: str, line: int, column: int) -> int:
        if path not in self.lines:
            text = self.texts.get(path)
            if text is None:
                try:
                    text = Path(path).read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    text = ""
            self.lines[path] = text.splitlines()
        lines = self.lines[path]
        if not 1 <= line <= len(lines):
            return column
        return 1 + len(lines[line - 1][: column - 1].encode("utf-8"))


def _range(loc, columns: _Bytes) -> dict:
    return {
        "start": {"line": loc.line, "column": columns.column(loc.path, loc.line, loc.column)},
        "end": {
            "line": loc.end_line,
            "column": columns.column(loc.path, loc.end_line, loc.end_column),
        },
    }


def render(report, options) -> str:
    columns = _Bytes(report.texts)
    diagnostics = []
    for f in report.findings:
        rule = report.rules.get(f.code)
        diagnostic = {
            "message": f.message,
            "location": {"path": f.location.path, "range": _range(f.location, columns)},
            "severity": _SEVERITY[str(f.severity)],
            "source": {"name": "newslint"},
            "code": {"value": f"{f.code} {f.rule}"},
        }
        if rule is not None and rule.fix == "delete-line":
            whole = {
                "start": {"line": f.location.line, "column": 1},
                "end": {"line": f.location.end_line + 1, "column": 1},
            }
            diagnostic["suggestions"] = [{"range": whole, "text": ""}]
        if f.related:
            diagnostic["related_locations"] = [
                {
                    "message": r.message,
                    "location": {"path": r.location.path, "range": _range(r.location, columns)},
                }
                for r in f.related
            ]
        diagnostics.append(diagnostic)
    for problem in report.errors:
        position = {"line": problem.line or 1}
        diagnostics.append(
            {
                "message": f"newslint could not lint this file: {problem.message}",
                "location": {"path": problem.path, "range": {"start": position}},
                "severity": "ERROR",
                "source": {"name": "newslint"},
            }
        )
    result = {"source": {"name": "newslint"}, "diagnostics": diagnostics}
    return json.dumps(result, indent=2, ensure_ascii=False) + "\n"
