"""GitLab Code Quality: the JSON array a merge request's Code Quality widget reads
(`artifacts: reports: codequality:`), one issue per finding and per input error.

Each issue has GitLab's required fields: `description`, `check_name` (the rule's code and
name), `fingerprint` (stable across moved lines, see newslint.formatters.identity),
`severity` (error is `major`, warning `minor`, info `info`; an input error is `critical`) and
`location` with a path relative to the repository and `lines.begin`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import identity, sarif

_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def _path(path: str, root: Path) -> str:
    """Relative to the repository root, as GitLab places issues; absolute when outside it."""
    return sarif.relative(path, root) or Path(path).absolute().as_posix()


def render(report, options) -> str:
    issues = []
    stable = identity.fingerprints(report.findings)
    for f, fingerprint in zip(report.findings, stable, strict=True):
        loc = f.location
        issues.append(
            {
                "type": "issue",
                "description": f"{f.code} {f.message}",
                "check_name": f"{f.code} {f.rule}",
                "fingerprint": fingerprint,
                "severity": _SEVERITY[str(f.severity)],
                "categories": ["Style"],
                "location": {
                    "path": _path(loc.path, options.root),
                    "lines": {"begin": loc.line, "end": loc.end_line},
                },
            }
        )
    for level, problems in (("error", report.errors), ("warning", report.warnings)):
        for problem in problems:
            key = f"newslint\0{problem.path}\0{problem.message}".encode()
            issues.append(
                {
                    "type": "issue",
                    "description": f"newslint could not lint this file: {problem.message}"
                    if level == "error"
                    else problem.message,
                    "check_name": "newslint input error" if level == "error" else "newslint",
                    "fingerprint": hashlib.sha256(key).hexdigest()[:32],
                    "severity": "critical" if level == "error" else "info",
                    "location": {
                        "path": _path(problem.path, options.root),
                        "lines": {"begin": problem.line or 1},
                    },
                }
            )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
