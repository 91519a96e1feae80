"""Linting files and text: discovery, per-file configuration, the engine, one Report."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from . import config, discover, engine, parallel, usercache
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
    jobs: int | None = None  # worker processes; None: one per CPU for more than a handful
    cache_dir: Path | None = None  # the result cache's folder; None: no result cache
    keep_texts: bool = True  # keep each file's text on the Report (the HTML page shows it)


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
        self.cached = 0  # files whose findings came from the result cache

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


class _Item(NamedTuple):
    """One file to lint: where it is, the name to report, and its bytes when already read."""

    path: Path | None  # None: stdin with no --stdin-filename, or an archive's article
    name: str
    data: bytes | None = None
    date: dt.date | None = None  # the article's own publication date (newslint audit)


class _Result(NamedTuple):
    """What linting one file gave; picklable, so it can come back from a worker process."""

    name: str
    findings: list[Finding]
    errors: list[InputError]
    rules: list[Rule]  # rules this process had not reported before
    text: str | None
    linted: bool  # read and parsed: counts as a file that was checked
    cacheable: bool  # depends only on this file (no `sources:`)


class _Session:
    def __init__(self, overrides: Overrides):
        self.overrides = overrides
        self.report = Report()
        self._reported: set[str] = set()
        self._forced = config.load(overrides.config) if overrides.config else None
        if overrides.config and self._forced is None:
            self._forced = config.Settings(root=overrides.config.parent)

    def settings_for(self, folder: Path) -> config.Settings:
        base = self._forced or config.discover(folder)
        o = self.overrides
        return config.with_overrides(
            base, select=o.select, extend_select=o.extend_select, ignore=o.ignore
        )

    def rules_for(self, item: _Item) -> tuple[Registry, list[Rule]]:
        settings = self.settings_for(item.path.parent if item.path else Path.cwd())
        relative = discover._relative(item.path, settings.root) if item.path else None
        return _rules_for(settings, relative)

    def run(self, item: _Item) -> _Result:
        """Lint one file. Every failure becomes an error on the result, never an exception:
        one bad file must not stop the others (or a worker process)."""
        findings: list[Finding] = []
        errors: list[InputError] = []
        new_rules: list[Rule] = []
        text, linted, cacheable = None, False, True
        try:
            data = item.data if item.data is not None else _read(item)
            registry, rules = self.rules_for(item)
            for rule in rules:
                if rule.code not in self._reported:
                    self._reported.add(rule.code)
                    new_rules.append(rule)
            doc = Document.from_bytes(data, item.name)
            if item.date or self.overrides.date:
                doc.reference_date = item.date or self.overrides.date
            linted = True
            text = doc.text if self.overrides.keep_texts else None
            findings = engine.check(doc, rules, registry)
            if doc.front_matter and doc.front_matter.sources and item.path is not None:
                cacheable = False
                docs = [*self._sources(doc, item.path, errors), doc]
                findings += engine.check_set(docs, rules, registry, targets={len(docs) - 1})
        except InputError as exc:
            errors.append(exc)
        except RecursionError:
            errors.append(InputError(item.name, "too deeply nested to lint"))
        except Exception as exc:  # a bug in newslint: report it on this file, lint the rest
            errors.append(
                InputError(
                    item.name, f"internal error ({type(exc).__name__}: {exc}); please report"
                )
            )
        return _Result(item.name, findings, errors, new_rules, text, linted, cacheable)

    def _sources(self, doc: Document, path: Path, errors: list[InputError]) -> list[Document]:
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
                errors.append(InputError(doc.path, f"source {source!r}: {reason.lower()}", line))
            except InputError as exc:
                errors.append(InputError(doc.path, f"source {source!r}: {exc}", line))
        for source in found:
            source.reference_date = self.overrides.date
        return found

    def items(self, paths: list[str]) -> Iterator[_Item]:
        """The files named by `paths` (folders walked), in order; a missing path is an error."""
        for raw in paths:
            if raw == "-":
                name = self.overrides.stdin_filename or "-"
                path = Path(name).absolute() if name != "-" else None
                yield _Item(path, name, sys.stdin.buffer.read())
                continue
            path = Path(raw)
            if path.is_dir():
                for file in discover.walk(path, self.settings_for(path)):
                    yield _Item(file, display_path(file))
            elif path.exists():
                yield _Item(path, display_path(path))
            else:
                self.report.errors.append(InputError(raw, "no such file or directory"))


def _read(item: _Item) -> bytes:
    try:
        return item.path.read_bytes()
    except OSError as exc:
        raise InputError(item.name, f"cannot read: {exc.strerror or exc}") from None


def _cache_context(session: _Session, item: _Item) -> tuple[str, list[Rule]]:
    """Everything besides the file's bytes that its findings depend on (see resultcache),
    and the rules that run on it."""
    settings = session.settings_for(item.path.parent if item.path else Path.cwd())
    _, rules = session.rules_for(item)
    packs = usercache.fingerprint([Path(p) for p in settings.packs], settings.extend_lexicons)
    chosen = [(r.code, int(r.severity), sorted(r.raw_params.items())) for r in rules]
    return f"{packs}|{session.overrides.date}|{chosen!r}", rules


def lint_paths(
    paths: list[str],
    overrides: Overrides | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Report:
    """Lint files and folders. With `overrides.jobs` (or many files) the files are linted in
    worker processes; the report is the same, in the same order, as a run in one process.
    `progress(done, total)` is called as files finish."""
    overrides = overrides or Overrides()
    session = _Session(overrides)
    report = session.report
    items = list(session.items(paths))
    cache = None
    if overrides.cache_dir is not None and not overrides.keep_texts:
        from .resultcache import ResultCache

        cache = ResultCache(overrides.cache_dir)
    results: list[_Result | None] = [None] * len(items)
    keys: list[str | None] = [None] * len(items)
    pending: list[int] = []
    for index, item in enumerate(items):
        if cache is not None and item.path is not None:
            try:
                data = item.data if item.data is not None else _read(item)
                context, rules = _cache_context(session, item)
                keys[index] = cache.key(data, item.name, context)
            except InputError:
                pending.append(index)  # linting it reports the error
                continue
            items[index] = item._replace(data=data)
            findings = cache.get(keys[index])
            if findings is not None:
                results[index] = _Result(item.name, findings, [], rules, None, True, True)
                continue
        pending.append(index)
    done = len(items) - len(pending)
    if progress and done:
        progress(done, len(items))
    work = [items[i] for i in pending]
    for index, result in zip(pending, parallel.run(session, work, overrides.jobs), strict=True):
        results[index] = result
        if cache is not None and keys[index] and result.cacheable and not result.errors:
            cache.put(keys[index], result.findings)
        done += 1
        if progress:
            progress(done, len(items))
    errors_seen = {str(e) for e in report.errors}
    for result in results:
        for error in result.errors:
            # A broken pack or config fails every file it governs: say so once.
            if str(error) not in errors_seen:
                errors_seen.add(str(error))
                report.errors.append(error)
        for rule in result.rules:
            report.rules.setdefault(rule.code, rule)
        if result.linted:
            report.files.append(result.name)
            if result.text is not None:
                report.texts[result.name] = result.text
        report.findings.extend(result.findings)
    if cache is not None:
        cache.save()
        report.cached = cache.hits
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
