"""SARIF 2.1.0 for GitHub code scanning and other review tools.

Rules come from the whole set that ran (`tool.driver.rules`), results carry regions in Unicode
code points (`columnKind`), contradictions carry `relatedLocations`, and URIs are relative to the
repository root (`%SRCROOT%`).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path
from urllib.parse import quote

from .. import __version__, ruledocs

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _artifact(path: str, root: Path) -> dict:
    absolute = Path(path).absolute()
    try:
        rel = os.path.relpath(absolute, root.absolute())
    except ValueError:
        rel = None
    if rel is None or rel.startswith(".."):
        return {"uri": absolute.as_uri()}
    return {"uri": quote(Path(rel).as_posix()), "uriBaseId": "%SRCROOT%"}


def _physical(loc, root: Path) -> dict:
    return {
        "artifactLocation": _artifact(loc.path, root),
        "region": {
            "startLine": loc.line,
            "startColumn": loc.column,
            "endLine": loc.end_line,
            "endColumn": loc.end_column,
        },
    }


def _rule(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": ruledocs.summary(rule)},
        "fullDescription": {"text": f"{rule.what} {rule.why}"},
        "help": {"text": ruledocs.text(rule), "markdown": ruledocs.markdown(rule, "##")},
        "defaultConfiguration": {"level": _LEVEL[str(rule.severity)]},
        "properties": {"tags": list(dict.fromkeys([rule.pack, *rule.tags]))},  # unique: SARIF
    }


def _notification(problem, level: str, root: Path) -> dict:
    location = {"artifactLocation": _artifact(problem.path, root)}
    if problem.line:
        location["region"] = {"startLine": problem.line}
    return {
        "level": level,
        "message": {"text": str(problem)},
        "locations": [{"physicalLocation": location}],
    }


def render(report, options) -> str:
    rules = [report.rules[code] for code in sorted(report.rules)]
    index = {rule.code: i for i, rule in enumerate(rules)}
    seen: Counter = Counter()
    results = []
    for f in report.findings:
        key = f"{f.code}\0{f.path}\0{f.message}"
        seen[key] += 1
        fingerprint = hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32]
        result = {
            "ruleId": f.code,
            "level": _LEVEL[str(f.severity)],
            "message": {"text": f.message},
            "locations": [{"physicalLocation": _physical(f.location, options.root)}],
            "partialFingerprints": {"newslintFinding/v1": fingerprint},
        }
        if f.code in index:
            result["ruleIndex"] = index[f.code]
        if f.related:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "physicalLocation": _physical(r.location, options.root),
                    "message": {"text": r.message},
                }
                for i, r in enumerate(f.related, 1)
            ]
        results.append(result)
    notifications = [
        _notification(problem, level, options.root)
        for level, problems in (("error", report.errors), ("warning", report.warnings))
        for problem in problems
    ]
    run = {
        "tool": {
            "driver": {
                "name": "newslint",
                "version": __version__,
                "rules": [_rule(r) for r in rules],
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": options.root.absolute().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [
            {"executionSuccessful": not report.errors, "toolExecutionNotifications": notifications}
        ],
        "results": results,
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2) + "\n"
