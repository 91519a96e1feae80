"""Linting files and text: discovery, per-file configuration, the engine, one Report."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from . import config, discover, engine, parallel, reading, trust, usercache
from .finding import Finding, InputError, InternalError, Severity, visible
from .records import Record
from .rulepack import Registry, Rule, load_registry

if TYPE_CHECKING:  # a run that finds every file in the result cache never reads a story
    from .document import Document

EXIT_INTERNAL = 3  # a bug in newslint, not a finding and not bad input


class Overrides(Record):
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
    fix: str | None = None  # "fix": delete fixable chrome; "diff": work out the change only
    root: Path | None = None  # --root: the project root (see newslint.trust); None: found
    force_exclude: bool = False  # apply `exclude` to files named on the command line too
    isolated: bool = False  # ignore every config file


class Report:
    """What one run found: findings, input errors, the files and rules that ran."""

    def __init__(self) -> None:
        self.findings: list[Finding] = []
        self.errors: list[InputError] = []  # input that could not be linted (exit code 2)
        self.warnings: list[InputError] = []  # input linted with a caveat (a guessed encoding)
        self.files: list[str] = []
        self.rules: dict[str, Rule] = {}  # every rule that ran, by code
        self.fail_on = "error"
        self.claims: list = []  # compare: ledger rows, one cell per file
        self.texts: dict[str, str] = {}  # each file's text, for the HTML page
        self.cached = 0  # files whose findings came from the result cache
        self.changes: list = []  # newslint.fix.Change: what --fix wrote or --diff would write

    def exit_code(self) -> int:
        if any(isinstance(e, InternalError) for e in self.errors):
            return EXIT_INTERNAL
        if self.errors:
            return 2
        if self.fail_on == "never":
            return 0
        threshold = Severity.parse(self.fail_on)
        return 1 if any(f.severity >= threshold for f in self.findings) else 0


def display_path(path: Path) -> str:
    """The name a report gives a file: relative to the current folder when inside it. A name
    that is not valid UTF-8 is shown with its odd bytes escaped (b'\\xff'), and one that starts
    with ':' gets './' in front, so no report line can start a CI workflow command."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        rel = str(path)
    name = str(path) if rel.startswith("..") else rel
    if any("\udc80" <= char <= "\udcff" for char in name):
        name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return "./" + name if name.startswith(":") else name


def _rules_for(settings: config.Settings, relative: str | None) -> tuple[Registry, list[Rule]]:
    registry = load_registry(settings.packs, settings.extend_lexicons)
    return registry, engine.select_rules(registry, settings, relative)


class _Item(Record):
    """One file to lint: where it is, the name to report, and its bytes when already read."""

    path: Path | None  # None: stdin with no --stdin-filename, or an archive's article
    name: str
    data: bytes | None = None
    date: dt.date | None = None  # the article's own publication date (newslint audit)
    from_stdin: bool = False  # `path` (from --stdin-filename) only says which config applies


class _Result(Record):
    """What linting one file gave; picklable, so it can come back from a worker process."""

    name: str
    findings: list[Finding]
    errors: list[InputError]
    warnings: list[InputError]
    rules: list[Rule]  # rules this process had not reported before
    text: str | None
    linted: bool  # read and parsed: counts as a file that was checked
    sources: tuple[str, ...] = ()  # the story's `sources:`, as written, when it was compared
    change: object = None  # newslint.fix.Change, with --fix or --diff

    @property
    def cacheable(self) -> bool:
        """Depends only on this file: it names no sources to be compared with."""
        return not self.sources


class _Session:
    def __init__(self, overrides: Overrides):
        self.overrides = overrides
        self.report = Report()
        self._reported: set[str] = set()
        trust.clear()
        self._forced = config.load(overrides.config) if overrides.config else None
        if overrides.config and self._forced is None:
            self._forced = config.Settings(root=overrides.config.parent)
        if overrides.isolated and self._forced is None:
            self._forced = config.Settings(root=Path.cwd())
        # One run answers these once per folder, not once per story: a corpus is thousands of
        # stories in a few folders (a session lives for one run, so nothing here goes stale).
        self._settings: dict[Path, config.Settings] = {}
        self._roots: dict[tuple[Path, Path | None], Path] = {}
        self._rules: dict[tuple[Path, str | None], tuple[Registry, list[Rule]]] = {}

    def settings_for(self, folder: Path) -> config.Settings:
        if folder not in self._settings:
            base = self._forced or config.discover(folder)
            o = self.overrides
            self._settings[folder] = config.with_overrides(
                base, select=o.select, extend_select=o.extend_select, ignore=o.ignore
            )
        return self._settings[folder]

    def settings_of(self, item: _Item) -> config.Settings:
        return self.settings_for(self._folder(item))

    @staticmethod
    def _folder(item: _Item) -> Path:
        return item.path.parent if item.path else Path.cwd()

    def root_of(self, item: _Item) -> Path:
        settings = self.settings_of(item)
        config_root = settings.root if settings.source else None
        key = (self._folder(item), config_root)
        if key not in self._roots:
            path = item.path or Path.cwd() / "-"
            self._roots[key] = trust.root_for(path, config_root, self.overrides.root)
        return self._roots[key]

    def read(self, item: _Item) -> bytes:
        if item.data is not None:
            return item.data
        trust.check_story(item.path, item.name, self.root_of(item))
        return reading.read(item.path, item.name, self.settings_of(item).max_file_size)

    def rules_for(self, item: _Item) -> tuple[Registry, list[Rule]]:
        settings = self.settings_of(item)
        # Only per-file-ignores make the rules depend on the file rather than its folder.
        relative = None
        if item.path and settings.per_file_ignores:
            relative = discover._relative(item.path, settings.root)
        key = (self._folder(item), relative)
        if key not in self._rules:
            self._rules[key] = _rules_for(settings, relative)
        return self._rules[key]

    def run(self, item: _Item) -> _Result:
        """Lint one file. Every failure becomes an error on the result, never an exception:
        one bad file must not stop the others (or a worker process)."""
        from .document import Document

        findings: list[Finding] = []
        errors: list[InputError] = []
        warnings: list[InputError] = []
        new_rules: list[Rule] = []
        text, linted, sources, change = None, False, (), None
        try:
            data = self.read(item)
            registry, rules = self.rules_for(item)
            for rule in rules:
                if rule.code not in self._reported:
                    self._reported.add(rule.code)
                    new_rules.append(rule)
            doc = Document.from_bytes(data, item.name)
            if doc.decoded.warning:
                warnings.append(doc.decoded.warning)
            if item.date or self.overrides.date:
                doc.reference_date = item.date or self.overrides.date
            linted = True
            findings = engine.check(doc, rules, registry, errors)
            if self.overrides.fix:
                doc, findings, change = _fixed(item, data, doc, findings, rules, registry, errors)
            text = doc.text if self.overrides.keep_texts else None  # as fixed: the findings' text
            if doc.front_matter and doc.front_matter.sources and item.path is not None:
                sources = doc.front_matter.sources
                docs = [*self._sources(doc, item.path, errors), doc]
                findings += engine.check_set(docs, rules, registry, targets={len(docs) - 1})
        except InputError as exc:
            errors.append(exc)
        except RecursionError:
            errors.append(InputError(item.name, "too deeply nested to lint"))
        except Exception as exc:  # a bug in newslint: report it on this file, lint the rest
            errors.append(InternalError(item.name, internal_message(exc)))
        result = (item.name, findings, errors, warnings, new_rules, text, linted, sources)
        return _Result(*result, change)

    def _sources(self, doc: Document, path: Path, errors: list[InputError]) -> list[Document]:
        """The story's `sources:` (paths relative to it); one that cannot be read is an error
        naming the story and the line, and the rest are still compared."""
        from .document import Document

        found = []
        line = doc.front_matter.sources_line
        root = self.root_of(_Item(path, doc.path))
        for source in doc.front_matter.sources:
            shown = visible(source if len(source) <= 80 else source[:79] + "…")
            try:
                target = trust.source_path(path, source, root)
            except ValueError as exc:
                errors.append(InputError(doc.path, f"source {shown!r} {exc}", line))
                continue
            name = display_path(target)
            try:
                found.append(Document.from_bytes(reading.read(target, name), name))
            except InputError as exc:
                errors.append(InputError(doc.path, f"source {shown!r}: {exc.message}", line))
        for source in found:
            source.reference_date = self.overrides.date
        return found

    def items(self, paths: list[str]) -> Iterator[_Item]:
        """The files named by `paths` (folders walked), in order; a missing path is an error."""
        for raw in paths:
            if raw == "-":
                name = self.overrides.stdin_filename or "-"
                path = Path(name).absolute() if name != "-" else None
                limit = self.settings_for(Path.cwd()).max_file_size
                try:
                    data = reading.read_stream(sys.stdin.buffer, name, limit)
                except InputError as exc:
                    self.report.errors.append(exc)
                    continue
                yield _Item(path, name, data, from_stdin=True)
                continue
            path = Path(os.fsdecode(raw))
            if path.is_dir():
                for file in discover.walk(path, self.settings_for(path)):
                    yield _Item(file, display_path(file))
            elif path.exists():
                if self.overrides.force_exclude and discover.excluded(
                    path, self.settings_for(path.parent)
                ):
                    continue  # pre-commit names every file; `exclude` still applies
                yield _Item(path, display_path(path))
            else:
                name = display_path(path)
                self.report.errors.append(InputError(name, reading.missing_reason(raw)))


_MAX_FIX_ROUNDS = 10


def internal_message(exc: BaseException) -> str:
    what = visible(f"{type(exc).__name__}: {exc}")
    if len(what) > 200:
        what = what[:199] + "…"
    return (
        f"internal error ({what}); this is a bug in newslint, not in the story: "
        "please report it with this file"
    )


def _fixed(item: _Item, data: bytes, doc: Document, findings, rules, registry, errors):
    """(document, findings, change) after deleting the lines of fixable findings, linting again
    until nothing fixable is left, so a second --fix changes nothing. A story from stdin always
    gets a change (maybe an empty one): the CLI prints it back."""
    from . import fix
    from .document import Document

    fixable = {rule.code for rule in rules if rule.fix}
    path = None if item.from_stdin else item.path  # None: nothing to write, print it instead
    decoded, before_text, text, fixed = doc.decoded, doc.text, doc.decoded.text, 0
    if fix.lines_to_delete(findings, fixable) and decoded.encode(text) != data:
        errors.append(InputError(item.name, "cannot fix: its bytes do not survive re-encoding"))
        fixable = set()
    for _ in range(_MAX_FIX_ROUNDS):
        numbers = fix.lines_to_delete(findings, fixable)
        if not numbers:
            break
        fixed += sum(1 for f in findings if f.code in fixable)
        text = fix.delete_lines(text, numbers)
        fixed_doc = Document(text, item.name)
        fixed_doc.decoded = decoded._replace(text=text, warning=None)
        fixed_doc.reference_date = doc.reference_date
        doc, findings = fixed_doc, engine.check(fixed_doc, rules, registry, errors)
    if not fixed and path is not None:
        return doc, findings, None
    after = decoded.encode(text) if fixed else data
    return doc, findings, fix.Change(path, item.name, data, after, fixed, before_text, doc.text)


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
    if overrides.cache_dir is not None and not overrides.keep_texts and not overrides.fix:
        from .resultcache import ResultCache

        cache = ResultCache(overrides.cache_dir)
        if cache.warning is not None:
            report.warnings.append(cache.warning)
    results: list[_Result | None] = [None] * len(items)
    keys: list[str | None] = [None] * len(items)
    pending: list[int] = []
    for index, item in enumerate(items):
        if cache is not None and item.path is not None:
            try:
                data = session.read(item)
                context, rules = _cache_context(session, item)
                keys[index] = cache.key(data, item.name, context)
            except InputError:
                pending.append(index)  # linting it reports the error
                continue
            items[index] = item._replace(data=data)
            findings = cache.get(keys[index], item.name)
            if findings is not None:
                results[index] = _Result(item.name, findings, [], [], rules, None, True)
                continue
        pending.append(index)
    done = len(items) - len(pending)
    if progress and done:
        progress(done, len(items))
    work = [items[i] for i in pending]
    for index, result in zip(pending, parallel.run(session, work, overrides.jobs), strict=True):
        results[index] = result
        cacheable = result.cacheable and not result.errors and not result.warnings
        if cache is not None and keys[index] and cacheable:
            cache.put(keys[index], result.findings)
        done += 1
        if progress:
            progress(done, len(items))
    errors_seen = {str(e) for e in report.errors}
    for result in results:
        report.warnings.extend(result.warnings)
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
    changed = [
        (r.change, session.root_of(item))
        for r, item in zip(results, items, strict=True)
        if r.change
    ]
    _apply_changes(report, changed, overrides.fix)
    report.findings.sort(key=Finding.sort_key)
    report.fail_on = overrides.fail_on or session.settings_for(Path.cwd()).fail_on or "error"
    return report


def _apply_changes(report: Report, changes: list, mode: str | None) -> None:
    """--fix: write each changed file (atomically); --diff: only keep the changes to show."""
    if mode != "fix":
        report.changes = [change for change, _ in changes]
        return
    from . import fix

    for change, root in changes:
        if change.path is None:  # stdin: the CLI prints the fixed story
            report.changes.append(change)
            continue
        try:
            trust.may_write(change.path, change.name, root)
            fix.write(change.path, change.after, change.before)
        except InputError as exc:
            report.errors.append(exc)
        else:
            report.changes.append(change)


def compare_paths(
    paths: list[str], overrides: Overrides | None = None, own: bool = False
) -> Report:
    """`newslint compare`: the files as reports of one event, checked against each other.
    With `own`, each file's own findings too (its in-story drift and chrome), as `check`
    would give them: the HTML page shows both side by side."""
    from .document import Document

    overrides = overrides or Overrides()
    session = _Session(overrides)
    settings = session.settings_for(Path.cwd())
    registry, rules = _rules_for(settings, None)
    report = session.report
    docs = []
    for raw in paths:
        path = Path(os.fsdecode(raw))
        name = display_path(path)
        try:
            if not path.exists():
                raise InputError(name, reading.missing_reason(raw))
            trust.check_story(path, name, session.root_of(_Item(path, name)))
            doc = Document.from_bytes(reading.read(path, name, settings.max_file_size), name)
        except InputError as exc:
            report.errors.append(exc)
            continue
        if doc.decoded.warning:
            report.warnings.append(doc.decoded.warning)
        if overrides.date:
            doc.reference_date = overrides.date
        docs.append(doc)
        report.files.append(name)
        report.texts[name] = doc.text
    for rule in rules:
        report.rules.setdefault(rule.code, rule)
    report.findings = engine.check_set(docs, rules, registry)
    if own:
        for doc in docs:
            report.findings += engine.check(doc, rules, registry, report.errors)
        report.findings.sort(key=Finding.sort_key)
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
    from .document import Document

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
    from .document import Document

    settings = config.with_overrides(
        config.Settings(root=Path.cwd()), select=tuple(select) if select is not None else None
    )
    registry, rules = _rules_for(settings, None)
    paths = paths or [f"report-{i + 1}.txt" for i in range(len(texts))]
    docs = [Document(text, path) for text, path in zip(texts, paths, strict=True)]
    for doc in docs:
        doc.reference_date = date
    return engine.check_set(docs, rules, registry)
