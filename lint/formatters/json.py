"""JSON: {"version": 1, "findings": [...], "errors": [...], "warnings": [...]}; the schema is
documented in docs/output.md."""

from __future__ import annotations

import json


def render(report, options) -> str:
    data = {
        "version": 1,
        "findings": [f.to_dict() for f in report.findings],
        "errors": [_problem(e) for e in report.errors],
        "warnings": [_problem(w) for w in getattr(report, "warnings", [])],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _problem(problem) -> dict:
    return {"path": problem.path, "line": problem.line, "message": problem.message}
