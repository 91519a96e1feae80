"""JUnit XML, the Apache Ant format Jenkins, GitLab, Azure DevOps and most CI systems show as
test results: one test suite per file, one test case per rule that ran on it. A rule with
findings in the file is a failed case listing them (`path:line:col: message`); a file that could
not be linted is one errored case. So a CI test tab reads "story.md: 41 rules, 2 failed".
"""

from __future__ import annotations

import datetime as dt
import socket
from collections import defaultdict
from xml.sax.saxutils import escape, quoteattr

from ..finding import visible


def _text(value: str) -> str:
    """Text XML 1.0 can carry: control characters other than tab and newline become visible."""
    return escape(visible(value))


def _attr(value: str) -> str:
    return quoteattr(visible(value))


def render(report, options) -> str:
    by_file: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for f in report.findings:
        by_file[f.path][f.code].append(f)
    errors = defaultdict(list)
    for problem in report.errors:
        errors[problem.path].append(problem)
    files = list(dict.fromkeys([*report.files, *by_file, *errors]))
    rules = sorted(report.rules)
    stamp = dt.datetime.now().strftime("%Y-%m-%dT%H:%M:%S")
    host = socket.gethostname() or "localhost"
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<testsuites>"]
    for number, path in enumerate(files):
        found = by_file.get(path, {})
        problems = errors.get(path, [])
        cases = []
        for code in rules if not problems else []:
            rule = report.rules[code]
            name = _attr(f"{code} {rule.name}")
            hits = found.get(code, [])
            if not hits:
                cases.append(f'    <testcase name={name} classname={_attr(path)} time="0"/>')
                continue
            lines = "\n".join(
                f"{f.path}:{f.location.line}:{f.location.column}: {f.message}" for f in hits
            )
            summary = _attr(f"{len(hits)} finding(s): {hits[0].message}")
            cases.append(
                f'    <testcase name={name} classname={_attr(path)} time="0">'
                f"<failure message={summary} type={_attr(str(rule.severity))}>"
                f"{_text(lines)}</failure></testcase>"
            )
        for problem in problems:
            cases.append(
                f'    <testcase name="newslint" classname={_attr(path)} time="0">'
                f'<error message={_attr(problem.message)} type="input error">'
                f"{_text(str(problem))}</error></testcase>"
            )
        failures = sum(1 for code in found if code in report.rules) if not problems else 0
        out.append(
            f'  <testsuite name={_attr(path)} package={_attr(path)} id="{number}" '
            f'timestamp="{stamp}" hostname={_attr(host)} tests="{len(cases)}" '
            f'failures="{failures}" errors="{len(problems)}" time="0">'
        )
        out.append("    <properties/>")
        out.extend(cases)
        out.append("    <system-out/>")
        out.append("    <system-err/>")
        out.append("  </testsuite>")
    out.append("</testsuites>")
    return "\n".join(out) + "\n"
