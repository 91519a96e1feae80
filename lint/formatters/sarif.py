"""SARIF 2.1.0 for GitHub code scanning and other review tools, following GitHub's documented
SARIF support:

- rules come from the whole set that ran (`tool.driver.rules`);
- regions count UTF-16 code units (`columnKind: utf16CodeUnits`), as GitHub does, so a
  highlight does not shift on a line with an emoji;
- URIs are relative to the repository root with `uriBaseId: %SRCROOT%`; a file outside it gets
  an absolute `file://` URI and a warning notification saying code scanning cannot place it;
- `partialFingerprints` holds `primaryLocationLineHash`, computed the way GitHub's upload
  action does (newslint.formatters.linehash), and `newslintFinding/v2`, a hash of the rule,
  the file and the message with its line numbers left out, so an alert keeps its identity when
  a paragraph is inserted above it;
- the other half of a contradiction is in `relatedLocations` and linked from the message
  (`[the earlier figure](1)`), which is when GitHub shows it;
- input errors and warnings are `toolExecutionNotifications`;
- at most 25,000 results (GitHub rejects a run with more), errors first, with a warning
  notification that says how many were left out.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__, ruledocs
from . import columns, identity, linehash

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
MAX_RESULTS = 25_000  # GitHub code scanning rejects a run with more


def relative(path: str, root: Path) -> str | None:
    """`path` relative to `root` in POSIX form, or None when it lies outside."""
    absolute = Path(path).absolute()
    try:
        rel = os.path.relpath(absolute, root.absolute())
    except ValueError:
        return None
    return None if rel.startswith("..") else Path(rel).as_posix()


def _artifact(path: str, root: Path) -> dict:
    rel = relative(path, root)
    if rel is None:
        return {"uri": Path(path).absolute().as_uri()}
    return {"uri": quote(rel), "uriBaseId": "%SRCROOT%"}


class _Lines(columns.FileLines):
    """Each file's lines, to turn code-point columns into UTF-16 ones and to hash lines."""

    def __init__(self, texts: dict[str, str]):
        super().__init__(texts)
        self._hashes: dict[str, list[str]] = {}

    def utf16(self, path: str, line: int, column: int) -> int:
        return self.column(path, line, column, columns.UTF16)

    def line_hash(self, path: str, line: int) -> str | None:
        if path not in self._hashes:
            text = self.text(path)
            self._hashes[path] = [] if text is None else linehash.line_hashes(text)
        hashes = self._hashes[path]
        return hashes[line - 1] if 1 <= line <= len(hashes) else None


def _physical(loc, root: Path, lines: _Lines) -> dict:
    return {
        "artifactLocation": _artifact(loc.path, root),
        "region": {
            "startLine": loc.line,
            "startColumn": lines.utf16(loc.path, loc.line, loc.column),
            "endLine": loc.end_line,
            "endColumn": lines.utf16(loc.path, loc.end_line, loc.end_column),
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


def _notification(text: str, level: str, root: Path, path: str | None, line: int = 0) -> dict:
    found = {"level": level, "message": {"text": text}}
    if path:
        location = {"artifactLocation": _artifact(path, root)}
        if line:
            location["region"] = {"startLine": line}
        found["locations"] = [{"physicalLocation": location}]
    return found


def _escaped(text: str) -> str:
    """Message text with its own brackets escaped: in SARIF, `[text](id)` is a link."""
    return text.replace("[", "\\[").replace("]", "\\]")


def _result(f, fingerprint: str, index: dict, root: Path, lines: _Lines) -> dict:
    fingerprints = {"newslintFinding/v2": fingerprint}
    line_hash = lines.line_hash(f.path, f.location.line)
    if line_hash is not None:
        fingerprints["primaryLocationLineHash"] = line_hash
    text = _escaped(f.message)
    if f.related:
        links = ", ".join(f"[{_escaped(r.message)}]({i})" for i, r in enumerate(f.related, 1))
        text += f" (see {links})"
    result = {
        "ruleId": f.code,
        "level": _LEVEL[str(f.severity)],
        "message": {"text": text},
        "locations": [{"physicalLocation": _physical(f.location, root, lines)}],
        "partialFingerprints": fingerprints,
    }
    if f.code in index:
        result["ruleIndex"] = index[f.code]
    if f.related:
        result["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": _physical(r.location, root, lines),
                "message": {"text": _escaped(r.message)},
            }
            for i, r in enumerate(f.related, 1)
        ]
    return result


def render(report, options) -> str:
    root = options.root
    rules = [report.rules[code] for code in sorted(report.rules)]
    index = {rule.code: i for i, rule in enumerate(rules)}
    lines = _Lines(dict(report.texts))
    findings = report.findings
    notifications = [
        _notification(str(problem), level, root, problem.path, problem.line)
        for level, problems in (("error", report.errors), ("warning", report.warnings))
        for problem in problems
    ]
    if len(findings) > MAX_RESULTS:
        kept = sorted(range(len(findings)), key=lambda i: -int(findings[i].severity))
        kept = sorted(kept[:MAX_RESULTS])
        notifications.append(
            _notification(
                f"{len(findings) - MAX_RESULTS:,} of {len(findings):,} results left out: "
                f"GitHub code scanning accepts at most {MAX_RESULTS:,} per run (the most "
                "severe are kept). Lint fewer files per run, or raise --min-severity.",
                "warning",
                root,
                None,
            )
        )
        findings = [findings[i] for i in kept]
    outside = sorted({f.path for f in findings if relative(f.path, root) is None})
    for path in outside:
        notifications.append(
            _notification(
                f"{path} is outside the source root {root.absolute()}: its results carry an "
                "absolute file URI, which code scanning cannot place in the repository",
                "warning",
                root,
                path,
            )
        )
    stable = identity.fingerprints(findings)
    results = [_result(f, key, index, root, lines) for f, key in zip(findings, stable, strict=True)]
    run = {
        "tool": {
            "driver": {
                "name": "newslint",
                "version": __version__,
                "rules": [_rule(r) for r in rules],
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root.absolute().as_uri() + "/"}},
        "columnKind": "utf16CodeUnits",
        "invocations": [
            {"executionSuccessful": not report.errors, "toolExecutionNotifications": notifications}
        ],
        "results": results,
    }
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, indent=2) + "\n"
