"""Linting files and text: discovery, per-file configuration, the engine, one Report."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import NamedTuple

from . import config, discover, engine
from .document import Document
from .finding import Finding, InputError, Severity
from .rulepack import Registry, Rule, load_registry


class Overrides(NamedTuple):
    """Command-line options; None means 'not given, use the config'."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None
    date: dt.date | None = None
    config: Path | None = None
    stdin_filename: str | None = None


class Report:
    """What one run found: findings, input errors, the files and rules that ran."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.errors: list[InputError] = []
        self.files: list[str] = []
        self.rules: dict[str, Rule] = {}  # every rule that ran, by code
        self.fail_on = "error"
        self.claims: list = []  # compare: ledger rows, one cell per file
        self.texts: dict[str, str] = {}  # each file's text, for the HTML page

    def exit_code(self) -> int:
        if self.errors:
            return 2
        if self.fail_on == "never":
            return 0
        threshold = Severity.parse(self.fail_on)
        return 1 if any(f.severity >= threshold for f in self.findings) else 0


def display_path(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def _rules_for(settings: config.Settings, relative: str | None) -> tuple[Registry, list[Rule]]:
    registry = load_registry(settings.packs, settings.extend_lexicons)
    return registry, engine.select_rules(registry, settings, relative)


class _Session:
    def __init__(self, overrides: Overrides):
        self.overrides = overrides
        self.report = Report()
        self._error_texts: set[str] = set()
        self._forced = config.load(overrides.config) if overrides.config else None
        if overrides.config and self._forced is None:
            self._forced = config.Settings(root=overrides.config.parent)

    def settings_for(self, folder: Path) -> config.Settings:
        base = self._forced or config.discover(folder)
        o = self.overrides
        return config.with_overrides(
            base, select=o.select, extend_select=o.extend_select, ignore=o.ignore
        )

    def lint(self, data: bytes, path: Path | None, name: str) -> None:
        folder = path.parent if path else Path.cwd()
        settings = self.settings_for(folder)
        relative = discover._relative(path, settings.root) if path else None
        registry, rules = _rules_for(settings, relative)
        for rule in rules:
            self.report.rules.setdefault(rule.code, rule)
        doc = Document.from_bytes(data, name)
        if self.overrides.date:
            doc.reference_date = self.overrides.date
        self.report.files.append(name)
        self.report.texts[name] = doc.text
        self.report.findings.extend(engine.check(doc, rules, registry))
        if doc.front_matter and doc.front_matter.sources and path is not None:
            sources = self._sources(doc, path)
            docs = [*sources, doc]
            self.report.findings.extend(
                engine.check_set(docs, rules, registry, targets={len(docs) - 1})
            )

    def _sources(self, doc: Document, path: Path) -> list[Document]:
        """The story's `sources:` (paths relative to it); one that cannot be read is an error
        naming the story and the line, and the rest are still compared."""
        found = []
        line = doc.front_matter.sources_line
        for source in doc.front_matter.sources:
            target = path.parent / source
            try:
                found.append(Document.from_bytes(target.read_bytes(), display_path(target)))
            except OSError as exc:
                reason = exc.strerror or str(exc)
                self.report.errors.append(
                    InputError(doc.path, f"source {source!r}: {reason.lower()}", line)
                )
            except InputError as exc:
                self.report.errors.append(InputError(doc.path, f"source {source!r}: {exc}", line))
        for source in found:
            source.reference_date = self.overrides.date
        return found

    def guarded(self, action, *args) -> None:
        try:
            action(*args)
        except InputError as exc:
            # A broken pack or config fails every file it governs: say so once.
            if str(exc) not in self._error_texts:
                self._error_texts.add(str(exc))
                self.report.errors.append(exc)
        except RecursionError:
            self.report.errors.append(InputError(str(args[-1]), "too deeply nested to lint"))


def _lint_file(session: _Session, path: Path) -> None:
    name = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    session.lint(data, path, name)


def lint_paths(paths: list[str], overrides: Overrides | None = None) -> Report:
    overrides = overrides or Overrides()
    session = _Session(overrides)
    for raw in paths:
        if raw == "-":
            name = overrides.stdin_filename or "-"
            data = sys.stdin.buffer.read()
            session.guarded(
                session.lint, data, Path(name).absolute() if name != "-" else None, name
            )
            continue
        path = Path(raw)
        if path.is_dir():
            settings = session.settings_for(path)
            for file in discover.walk(path, settings):
                session.guarded(_lint_file, session, file)
        elif path.exists():
            session.guarded(_lint_file, session, path)
        else:
            session.report.errors.append(InputError(raw, "no such file or directory"))
    report = session.report
    report.findings.sort(key=Finding.sort_key)
    report.fail_on = overrides.fail_on or session.settings_for(Path.cwd()).fail_on or "error"
    return report


def compare_paths(paths: list[str], overrides: Overrides | None = None) -> Report:
    """`newslint compare`: the files as reports of one event, checked against each other."""
    overrides = overrides or Overrides()
    session = _Session(overrides)
    settings = session.settings_for(Path.cwd())
    registry, rules = _rules_for(settings, None)
    report = session.report
    docs = []
    for raw in paths:
        path = Path(raw)
        name = display_path(path)
        try:
            doc = Document.from_bytes(path.read_bytes(), name)
        except OSError as exc:
            report.errors.append(InputError(raw, f"cannot read: {exc.strerror or exc}"))
            continue
        except InputError as exc:
            report.errors.append(exc)
            continue
        if overrides.date:
            doc.reference_date = overrides.date
        docs.append(doc)
        report.files.append(name)
        report.texts[name] = doc.text
    for rule in rules:
        report.rules.setdefault(rule.code, rule)
    report.findings = engine.check_set(docs, rules, registry)
    from .extract import ledger

    report.claims = ledger.casualty_rows(docs) + ledger.date_rows(docs) + ledger.figure_rows(docs)
    report.fail_on = overrides.fail_on or settings.fail_on or "error"
    return report


def lint_text(
    text: str,
    path: str = "<text>",
    *,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    date: dt.date | None = None,
) -> list[Finding]:
    """Lint a string with the shipped packs (and no config file); returns sorted findings."""
    settings = config.with_overrides(
        config.Settings(root=Path.cwd()),
        select=tuple(select) if select is not None else None,
        ignore=tuple(ignore) if ignore else None,
    )
    registry, rules = _rules_for(settings, None)
    doc = Document(text, path)
    if date:
        doc.reference_date = date
    return engine.check(doc, rules, registry)


# Examples of cross-document rules hold several reports in one string, split on this line.
REPORT_SEPARATOR = "\n=== next report ===\n"


def compare_texts(
    texts: list[str],
    paths: list[str] | None = None,
    *,
    select: list[str] | None = None,
    date: dt.date | None = None,
) -> list[Finding]:
    """Compare strings as reports of one event with the shipped packs' cross-document rules."""
    settings = config.with_overrides(
        config.Settings(root=Path.cwd()), select=tuple(select) if select is not None else None
    )
    registry, rules = _rules_for(settings, None)
    paths = paths or [f"report-{i + 1}.txt" for i in range(len(texts))]
    docs = [Document(text, path) for text, path in zip(texts, paths, strict=True)]
    for doc in docs:
        doc.reference_date = date
    return engine.check_set(docs, rules, registry)
