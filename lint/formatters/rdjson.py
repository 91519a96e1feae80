"""reviewdog's Diagnostic Format (rdjson): `newslint check --format rdjson | reviewdog -f=rdjson`
posts findings as review comments on the lines of a pull request (GitHub, GitLab, Gerrit,
Bitbucket).

One diagnostic per finding, with the rule's code, severity (ERROR, WARNING, INFO), the range
(columns count UTF-8 bytes, as rdjson asks), the other half of a contradiction as
`related_locations`, and the fix as a suggestion that deletes the line where the rule has one.
"""

from __future__ import annotations

import json

from . import columns

_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _range(loc, lines: columns.FileLines) -> dict:
    def at(line: int, column: int) -> dict:
        return {"line": line, "column": lines.column(loc.path, line, column, columns.UTF8)}

    return {"start": at(loc.line, loc.column), "end": at(loc.end_line, loc.end_column)}


def render(report, options) -> str:
    lines = columns.FileLines(report.texts)
    diagnostics = []
    for f in report.findings:
        rule = report.rules.get(f.code)
        diagnostic = {
            "message": f.message,
            "location": {"path": f.location.path, "range": _range(f.location, lines)},
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
                    "location": {"path": r.location.path, "range": _range(r.location, lines)},
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
