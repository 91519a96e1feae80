"""The engine: runs the selected rules' kinds on a document and owns policy.

Selection (which rules run for a file), severity overrides and inline suppression live here;
kinds never read configuration. Offsets from kinds become locations through Document.location.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from typing import TYPE_CHECKING

from . import config, identity, kinds
from .config import Settings
from .finding import Finding, Hit, InputError, Related, Severity, visible
from .rulepack import Registry, Rule

if TYPE_CHECKING:  # a run that finds every file in the result cache never reads a story
    from .document import Document

_MAX_ARG = 80


def _short(value):
    """A message argument as printed: control characters made visible, at most _MAX_ARG long."""
    if not isinstance(value, str):
        return value
    value = visible(value)
    if len(value) > _MAX_ARG:
        return value[: _MAX_ARG - 1].rstrip() + "…"
    return value


def _resolve(registry: Registry, selector: str, source: str) -> set[str]:
    found = registry.resolve(selector)
    if found is None:
        message = f"unknown rule selector {selector!r}{registry.suggest(selector)}"
        raise InputError(source, message, config.line_mentioning(source, selector))
    return found


def select_rules(
    registry: Registry, settings: Settings, relative_path: str | None = None
) -> list[Rule]:
    """The rules that run on one file, with severity overrides applied.

    Default set (enabled rules) or `select`, plus `extend-select`, minus `ignore` and any
    `per-file-ignores` whose glob matches the file's path relative to the config's folder.
    """
    where = settings.source or "<command line>"
    if settings.select is None:
        chosen = {r.code for r in registry.rules if r.enabled}
    else:
        chosen = set().union(*(_resolve(registry, s, where) for s in settings.select))
    for selector in settings.extend_select:
        chosen |= _resolve(registry, selector, where)
    for selector in settings.ignore:
        chosen -= _resolve(registry, selector, where)
    if relative_path is not None:
        for pattern, selectors in settings.per_file_ignores:
            if fnmatch.fnmatch(relative_path, pattern) or fnmatch.fnmatch(
                relative_path.rsplit("/", 1)[-1], pattern
            ):
                for selector in selectors:
                    chosen -= _resolve(registry, selector, where)
    overrides: dict[str, Severity] = {}
    for selector, severity in settings.severity:
        for code in _resolve(registry, selector, where):
            overrides[code] = severity
    rules = [r for r in registry.rules if r.code in chosen]
    return [r._replace(severity=overrides[r.code]) if r.code in overrides else r for r in rules]


def _finding(doc: Document, rule: Rule, hit: Hit) -> Finding:
    args = {key: _short(value) for key, value in hit.args.items()}
    related = tuple(
        Related(
            (entry[3] if len(entry) > 3 else doc).location(entry[0], entry[1]), visible(entry[2])
        )
        for entry in hit.related
    )
    severity = rule.severity if hit.severity is None else min(rule.severity, hit.severity)
    return Finding(
        doc.location(hit.start, hit.end),
        rule.code,
        rule.name,
        severity,
        visible(rule.message.format_map(args)),
        related,
    )


def _directive_findings(doc, rules, directives) -> Iterable[Finding]:
    by_name = {r.name: r for r in rules}
    unknown_rule = by_name.get("core/unknown-directive-rule")
    unused_rule = by_name.get("core/unused-directive")
    for d in directives:
        if unknown_rule:
            for selector in d.unknown:
                yield _finding(doc, unknown_rule, Hit(d.start, d.end, {"selector": selector}))
        if unused_rule and not d.used and d.action != "enable" and not d.unknown:
            yield _finding(doc, unused_rule, Hit(d.start, d.end, {"directive": d.text}))


def _timed_out(doc: Document, rule: Rule) -> InputError:
    return InputError(
        doc.path,
        f"rule {rule.code} ({rule.name}) timed out: its pattern backtracks too much; "
        "skipped on this file",
    )


FALLBACK = "fallback"  # a rule's tag: say nothing on lines another rule already reported


def _without_fallbacks(findings: list[Finding], fallback: frozenset[str]) -> list[Finding]:
    """One finding per line of chrome: a fallback rule (the general chrome model) is dropped
    where every line it covers is already covered by a specific rule ("Share this story!" is
    a share prompt, not also "interface text")."""
    if not fallback:
        return findings
    covered = {
        (f.path, n)
        for f in findings
        if f.code not in fallback
        for n in range(f.location.line, f.location.end_line + 1)
    }
    return [
        f
        for f in findings
        if f.code not in fallback
        or any((f.path, n) not in covered for n in range(f.location.line, f.location.end_line + 1))
    ]


def _plan(rules: list[Rule], registry: Registry) -> tuple[list[tuple], frozenset[str]]:
    """The document rules of `rules`, each with its kind's check and its built params, and the
    codes of the fallback rules: worked out once for a list of rules, not for every story. The
    list is compared with the one the plan was made from, so a list changed in place gets a
    new plan."""
    made = _planned(rules, registry)
    if made[0] != tuple(rules):  # changed in place since
        made = _make_plan(rules, registry)
    return made[1], made[2]


def _make_plan(rules: list[Rule], registry: Registry) -> tuple[tuple, list, frozenset[str]]:
    plan = []
    for rule in rules:
        if rule.kind == kinds.ENGINE or kinds.is_set_kind(rule.kind):
            continue
        plan.append((rule, kinds.load(rule.kind).check, registry.params_of(rule)))
    return tuple(rules), plan, frozenset(r.code for r in rules if FALLBACK in r.tags)


_planned = identity.by_identity(maxsize=64)(_make_plan)


def check(
    doc: Document, rules: list[Rule], registry: Registry, problems: list | None = None
) -> list[Finding]:
    """Findings of the document rules on `doc`, suppressions applied. A rule whose pattern times
    out is skipped on this document and reported in `problems` (raised when None)."""
    findings: list[Finding] = []
    plan, fallback = _plan(rules, registry)
    for rule, run, params in plan:
        try:
            findings.extend([_finding(doc, rule, hit) for hit in run(doc, params)])
        except TimeoutError:
            if problems is None:
                raise _timed_out(doc, rule) from None
            problems.append(_timed_out(doc, rule))
    from . import suppress

    findings = _without_fallbacks(findings, fallback)
    directives = suppress.parse(doc, registry.resolve)
    if directives:
        findings = [f for f in findings if not suppress.is_suppressed(f, directives)]
        extra = _directive_findings(doc, rules, directives)
        findings += [f for f in extra if not suppress.is_suppressed(f, directives)]
    findings.sort(key=Finding.sort_key)
    return findings


def check_set(
    docs: list[Document], rules: list[Rule], registry: Registry, targets: set[int] | None = None
) -> list[Finding]:
    """Cross-document rules over coverage of one event. Findings land on the documents in
    `targets` (all of them by default: `newslint compare`; only the story when it is checked
    against its `sources:`), and each document's inline directives still apply."""
    findings: list[Finding] = []
    for rule in rules:
        if rule.kind == kinds.ENGINE or not kinds.is_set_kind(rule.kind):
            continue
        module = kinds.load(rule.kind)
        for index, hit in module.check_set(docs, registry.params_of(rule)):
            if targets is None or index in targets:
                findings.append(_finding(docs[index], rule, hit))
    from . import suppress

    directives = {doc.path: suppress.parse(doc, registry.resolve) for doc in docs}
    kept = [f for f in findings if not suppress.is_suppressed(f, directives[f.path])]
    kept.sort(key=Finding.sort_key)
    return kept
