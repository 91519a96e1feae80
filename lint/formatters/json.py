"""JSON: {"version": 1, "findings": [...]}; the schema is documented in docs/output.md."""

from __future__ import annotations

import json


def render(report, options) -> str:
    data = {"version": 1, "findings": [f.to_dict() for f in report.findings]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
