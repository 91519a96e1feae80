"""`newslint server`: a Language Server Protocol server over stdio, so findings appear under
the words while a story is written (the way vale-ls, harper-ls and `ruff server` work).

Built on pygls 2 (`pip install 'newslint[server]'`). What it does:

- **Diagnostics** on open, change and save. Edits are synced incrementally; a change waits
  for a pause in typing (the debounce, 0.3 s by default, `initializationOptions.debounce`),
  then the latest text is linted in a worker thread, and a result for a version the editor
  has since replaced is dropped. Code, rule, severity and message are `newslint check`'s; the
  other half of a contradiction is `relatedInformation`.
- **Code actions**: the rule's fix where it has one (delete the chrome line), a suppression
  directive for this line or for the file, and "explain this rule".
- **Hover** on a finding shows the rule's documentation, the text `newslint explain` prints.
- **Configuration** is `check`'s: the nearest `.newslint.yaml` or `pyproject.toml` above the
  story. A change to a config file or a pack (saved in the editor, or reported by the
  client's file watcher) re-lints every open story. Workspace folders need nothing more.
- **Sources**: a story's `sources:` are compared as in `check`, with the editor's text for a
  source that is open; a change to an open document re-lints the open stories that name it.
- **Robustness**: a story that cannot be read (broken front matter), a broken config or pack,
  or a document over `max-file-size` becomes a diagnostic on the story's first line and a log
  message, never a dead server. Nothing is kept per edit, so memory stays flat.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import os
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from . import __version__, config, fix, ruledocs, rulepack, suppressions
from .finding import Finding, InputError, Severity
from .runner import Overrides, _Item, _Session, display_path

log = logging.getLogger(__name__)

SOURCE = "newslint"
EXPLAIN = "newslint.explain"
DEBOUNCE = 0.3  # seconds of quiet after a change before it is linted
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}
_CONFIG_NAMES = {*config.CONFIG_NAMES, "pyproject.toml"}


def path_of(uri: str) -> Path | None:
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path))


class _EditorSession(_Session):
    """`check`'s session, reading a source from the editor when it is open there."""

    def __init__(self, overrides: Overrides, open_texts: dict[str, str]):
        super().__init__(overrides)
        self.open_texts = open_texts

    def _sources(self, doc, path, errors):
        return [self._from_editor(s) for s in super()._sources(doc, path, errors)]

    def _from_editor(self, source):
        from .document import Document

        text = self.open_texts.get(os.path.abspath(source.path))
        if text is None:
            return source
        fresh = Document(text, source.path)
        fresh.reference_date = source.reference_date
        return fresh


class NewslintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("newslint", __version__)
        self.debounce = DEBOUNCE
        self.pending: dict[str, asyncio.Task] = {}
        self.findings: dict[str, list[Finding]] = {}  # the last findings published, by URI
        self.sources: dict[str, set[str]] = {}  # story URI -> absolute paths of its sources
        self.worker = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="newslint")

    # -- linting ----------------------------------------------------------------------------

    def open_texts(self) -> dict[str, str]:
        texts = {}
        for uri, document in self.workspace.text_documents.items():
            path = path_of(uri)
            if path is not None:
                texts[os.path.abspath(path)] = document.source
        return texts

    def lint(self, uri: str, text: str, open_texts: dict[str, str]):
        """`check`'s findings, input errors and source paths for one open document (run in the
        worker thread, on a copy of the open documents' texts)."""
        path = path_of(uri)
        if path is None:
            return [], [], set()
        name = display_path(path)
        try:  # a broken config or pack: one diagnostic, the server goes on
            session = _EditorSession(Overrides(keep_texts=False), open_texts)
            limit = session.settings_for(path.parent).max_file_size
        except InputError as exc:
            return [], [exc], set()
        data = text.encode("utf-8")
        if limit and len(data) > limit:
            return [], [InputError(name, f"larger than max-file-size ({limit:,} bytes)")], set()
        result = session.run(_Item(path, name, data, from_stdin=True))
        sources = {os.path.abspath(path.parent / s) for s in result.sources}
        return result.findings, result.errors, sources

    def forget_finished_notifications(self) -> None:
        """pygls 2.1 runs its built-in document-sync handlers as generators and files each
        notification's future under a fresh id in `_request_futures`, which only a response
        to a request ever clears: one future per keystroke, kept for the life of the server.
        A finished future there is never needed again (a request's is removed when it is
        answered), so they are dropped here; memory then stays flat over thousands of edits
        (bench/results/lsp.md)."""
        futures = getattr(self.protocol, "_request_futures", None)
        if isinstance(futures, dict):
            for key in [k for k, f in futures.items() if getattr(f, "done", lambda: False)()]:
                futures.pop(key, None)

    def schedule(self, uri: str, delay: float) -> None:
        """Lint `uri` after `delay` seconds unless it changes again first."""
        self.forget_finished_notifications()
        previous = self.pending.pop(uri, None)
        if previous is not None:
            previous.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            document = self.workspace.text_documents.get(uri)
            if document is None:
                return
            version, text = document.version, document.source
            loop = asyncio.get_running_loop()
            try:
                findings, errors, sources = await loop.run_in_executor(
                    self.worker, self.lint, uri, text, self.open_texts()
                )
            except Exception as exc:  # a bug in newslint: say so, keep serving
                log.exception("linting %s failed", uri)
                self.window_log_message(
                    types.LogMessageParams(types.MessageType.Error, f"newslint: {exc!r}")
                )
                return
            current = self.workspace.text_documents.get(uri)
            if current is None or current.version != version:
                return  # stale: a newer edit has its own run coming
            self.sources[uri] = sources
            self.publish(uri, version, findings, errors)
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]

    def publish(self, uri: str, version, findings: list[Finding], errors) -> None:
        document = self.workspace.get_text_document(uri)
        self.findings[uri] = findings
        diagnostics = [self.diagnostic(document, f) for f in findings]
        for error in errors:
            self.window_log_message(types.LogMessageParams(types.MessageType.Warning, str(error)))
            line = max((error.line or 1) - 1, 0) if error.path == display_path(path_of(uri)) else 0
            diagnostics.append(
                types.Diagnostic(
                    range=types.Range(types.Position(line, 0), types.Position(line, 0)),
                    message=f"newslint could not lint this story: {error}",
                    severity=types.DiagnosticSeverity.Error,
                    source=SOURCE,
                )
            )
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )

    def range_of(self, document, location) -> types.Range:
        server = types.Range(
            types.Position(location.line - 1, location.column - 1),
            types.Position(location.end_line - 1, location.end_column - 1),
        )
        return document.range_to_client_units(server)

    def diagnostic(self, document, f: Finding) -> types.Diagnostic:
        related = []
        for r in f.related:
            path = Path(r.location.path).absolute()
            other = self.workspace.get_text_document(path.as_uri())
            related.append(
                types.DiagnosticRelatedInformation(
                    location=types.Location(path.as_uri(), self.range_of(other, r.location)),
                    message=r.message,
                )
            )
        return types.Diagnostic(
            range=self.range_of(document, f.location),
            message=f.message,
            severity=_SEVERITY[f.severity],
            code=f.code,
            source=SOURCE,
            related_information=related or None,
            data={"rule": f.rule, "line": f.location.line, "end_line": f.location.end_line},
        )

    def relint_all(self) -> None:
        config.clear()
        rulepack.load_registry.cache_clear()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)

    def relint_dependents(self, uri: str) -> None:
        path = path_of(uri)
        if path is None:
            return
        changed = os.path.abspath(path)
        for story, sources in self.sources.items():
            if changed in sources and story != uri:
                self.schedule(story, self.debounce)

    def is_settings(self, uri: str) -> bool:
        """A config file, or a pack or lexicon a config names (any YAML beside a config)."""
        path = path_of(uri)
        return path is not None and (path.name in _CONFIG_NAMES or path.suffix in (".yaml", ".yml"))


server = NewslintServer()


@server.feature(types.INITIALIZE)
def initialize(ls: NewslintServer, params: types.InitializeParams) -> None:
    options = params.initialization_options or {}
    if isinstance(options, dict) and isinstance(options.get("debounce"), int | float):
        ls.debounce = max(0.0, min(float(options["debounce"]), 5.0))


@server.feature(types.INITIALIZED)
def initialized(ls: NewslintServer, params: types.InitializedParams) -> None:
    watchers = [
        types.FileSystemWatcher(glob_pattern=pattern)
        for pattern in ("**/.newslint.yaml", "**/.newslint.yml", "**/pyproject.toml", "**/*.yaml")
    ]
    capabilities = ls.client_capabilities.workspace
    dynamic = capabilities and capabilities.did_change_watched_files
    if dynamic and dynamic.dynamic_registration:
        ls.client_register_capability(
            types.RegistrationParams(
                registrations=[
                    types.Registration(
                        id="newslint-settings",
                        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                        register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers),
                    )
                ]
            )
        )


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.schedule(uri, ls.debounce)
    ls.relint_dependents(uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams) -> None:
    uri = params.text_document.uri
    if ls.is_settings(uri):
        ls.relint_all()
        return
    ls.schedule(uri, 0)
    ls.relint_dependents(uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()
    ls.findings.pop(uri, None)
    ls.sources.pop(uri, None)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def watched_files(ls: NewslintServer, params: types.DidChangeWatchedFilesParams) -> None:
    if any(ls.is_settings(change.uri) for change in params.changes):
        ls.relint_all()


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
def configuration_changed(ls: NewslintServer, params: types.DidChangeConfigurationParams) -> None:
    ls.relint_all()


@server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
def folders_changed(ls: NewslintServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
    ls.relint_all()


def _rule_of(ls: NewslintServer, diagnostic: types.Diagnostic):
    data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
    registry = rulepack.load_registry()
    return registry.get(str(diagnostic.code)) or registry.get(str(data.get("rule", "")))


def _lines_edit(document, old: str, new: str) -> types.TextEdit:
    """The smallest whole-line edit that turns `old` into `new`."""
    a, b = fix.split_lines(old), fix.split_lines(new)
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a, end_b = end_a - 1, end_b - 1
    return types.TextEdit(
        range=types.Range(types.Position(start, 0), types.Position(end_a, 0)),
        new_text="".join(b[start:end_b]),
    )


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=False
    ),
)
def code_actions(ls: NewslintServer, params: types.CodeActionParams) -> list:
    uri = params.text_document.uri
    document = ls.workspace.get_text_document(uri)
    text = document.source
    lines = fix.split_lines(text)
    actions = []
    for diagnostic in params.context.diagnostics:
        if diagnostic.source != SOURCE or not diagnostic.code:
            continue
        rule = _rule_of(ls, diagnostic)
        code = str(diagnostic.code)
        data = diagnostic.data if isinstance(diagnostic.data, dict) else {}
        first = int(data.get("line") or diagnostic.range.start.line + 1)
        last = int(data.get("end_line") or first)
        if rule is not None and rule.fix == "delete-line":
            fixed = fix.delete_lines(text, set(range(first, last + 1)))
            actions.append(
                types.CodeAction(
                    title=f"Delete this line ({code} {rule.name})",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    is_preferred=True,
                    edit=types.WorkspaceEdit(changes={uri: [_lines_edit(document, text, fixed)]}),
                )
            )
        if 1 <= first <= len(lines):
            line, _ = suppressions.with_directive(lines[first - 1], [code])
            edit = types.TextEdit(
                range=types.Range(types.Position(first - 1, 0), types.Position(first, 0)),
                new_text=line,
            )
            actions.append(
                types.CodeAction(
                    title=f"Suppress {code} on this line",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=[diagnostic],
                    edit=types.WorkspaceEdit(changes={uri: [edit]}),
                )
            )
        top = suppressions.front_matter_end(lines)
        actions.append(
            types.CodeAction(
                title=f"Suppress {code} in this story",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=[diagnostic],
                edit=types.WorkspaceEdit(
                    changes={
                        uri: [
                            types.TextEdit(
                                range=types.Range(types.Position(top, 0), types.Position(top, 0)),
                                new_text=f"<!-- newslint: disable-file {code} -->\n",
                            )
                        ]
                    }
                ),
            )
        )
        if rule is not None:  # a bare Command: the client shows it and asks us to run it
            actions.append(
                types.Command(
                    title=f"Explain {code} {rule.name}", command=EXPLAIN, arguments=[code]
                )
            )
    return actions


@server.command(EXPLAIN)
def explain(ls: NewslintServer, *args) -> str | None:
    code = args[0] if args and isinstance(args[0], str) else None
    rule = rulepack.load_registry().get(code or "")
    if rule is None:
        return None
    text = ruledocs.text(rule)
    ls.window_show_message(types.ShowMessageParams(types.MessageType.Info, text))
    return text


@server.feature(types.TEXT_DOCUMENT_HOVER)
def hover(ls: NewslintServer, params: types.HoverParams) -> types.Hover | None:
    uri = params.text_document.uri
    document = ls.workspace.get_text_document(uri)
    here = params.position
    texts, seen = [], set()
    for f in ls.findings.get(uri, []):
        found = ls.range_of(document, f.location)
        after_start = (here.line, here.character) >= (found.start.line, found.start.character)
        before_end = (here.line, here.character) <= (found.end.line, found.end.character)
        if after_start and before_end and f.code not in seen:
            seen.add(f.code)
            rule = rulepack.load_registry().get(f.code)
            if rule is not None:
                texts.append(ruledocs.text(rule))
    if not texts:
        return None
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.PlainText, value="\n\n".join(texts))
    )


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="newslint server: %(message)s")
    server.start_io()
