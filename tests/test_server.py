"""`newslint server` end to end: the server runs as a subprocess and a real LSP client
(pytest-lsp) speaks to it over stdio. Each defect is checked from both sides: the story with it
gets the diagnostic, a clean story gets none.
"""

import asyncio
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")
pytest_lsp = pytest.importorskip("pytest_lsp")

from lsprotocol import types  # noqa: E402
from pytest_lsp import ClientServerConfig, LanguageClient  # noqa: E402

from newslint import ruledocs  # noqa: E402
from newslint.rulepack import load_registry  # noqa: E402

CONTRADICTION = (
    "Warehouse fire kills dozens\n\n"
    "At least 40 people died when the warehouse burned on Thursday.\n\n"
    "Fire officials put the death toll at 37 on Friday.\n"
)
CLEAN = "Ferry service resumes\n\nThe ferry service resumed on Monday, the operator said.\n"


@pytest.fixture
def workspace(tmp_path):
    (tmp_path / ".git").mkdir()  # the project root
    return tmp_path


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "newslint", "server"])
)
async def client(lsp_client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("root")
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="root")],
            initialization_options={"debounce": 0.05},
        )
    )
    yield
    await lsp_client.shutdown_session()


async def diagnostics_for(client: LanguageClient, uri: str, count: int = 1, timeout: float = 30):
    """Wait for the `count`-th publishDiagnostics for `uri`; return its diagnostics."""
    seen = 0
    while True:
        await asyncio.wait_for(
            client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), timeout
        )
        if uri in client.diagnostics:
            seen += 1
            if seen >= count:
                return list(client.diagnostics[uri])


def open_story(client: LanguageClient, path: Path, text: str, version: int = 1) -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="markdown", version=version, text=text)
        )
    )
    return uri


def edit(client: LanguageClient, uri: str, version: int, start, end, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(*start), types.Position(*end)), text=text
                )
            ],
        )
    )


def watched(client: LanguageClient, path: Path, change: types.FileChangeType) -> None:
    """What an editor's file watcher sends when a config file appears, changes or goes."""
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=path.as_uri(), type=change)])
    )


@pytest.mark.asyncio
async def test_open_gives_checks_diagnostics_and_a_clean_story_none(client, workspace):
    uri = open_story(client, workspace / "fire.md", CONTRADICTION)
    found = await diagnostics_for(client, uri)
    drift = next(d for d in found if d.code == "NL101")
    assert drift.source == "newslint" and drift.severity == types.DiagnosticSeverity.Error
    assert drift.range.start.line == 4  # line 5 of the story, 0-based
    assert "'37' (line 5) and 'At least 40' (line 3)" in drift.message
    related = drift.related_information[0]
    assert related.location.uri == uri and related.location.range.start.line == 2
    clean = open_story(client, workspace / "ferry.md", CLEAN)
    assert await diagnostics_for(client, clean) == []


@pytest.mark.asyncio
async def test_edits_are_linted_incrementally_and_only_the_latest_text_counts(client, workspace):
    uri = open_story(client, workspace / "ferry.md", CLEAN)
    assert await diagnostics_for(client, uri) == []
    # Three quick edits: only the text after the last one is linted and published.
    edit(client, uri, 2, (3, 0), (3, 0), "\nShare this")
    edit(client, uri, 3, (4, 10), (4, 10), " story")
    edit(client, uri, 4, (4, 16), (4, 16), "!\n")
    found = await diagnostics_for(client, uri)
    while client.diagnostics[uri] == [] or client.diagnostics[uri][0].code != "NL401":
        found = await diagnostics_for(client, uri)
    assert [d.code for d in found] == ["NL401"]
    assert found[0].range.start.line == 4
    # Undo it: the diagnostics go away.
    edit(client, uri, 5, (3, 0), (5, 0), "")
    while client.diagnostics[uri]:
        await diagnostics_for(client, uri)
    assert not client.diagnostics[uri]


@pytest.mark.asyncio
async def test_code_actions_fix_suppress_and_explain(client, workspace):
    text = "Harbour closes\n\nThe harbour closed on Monday, officials said.\n\nShare this story!\n"
    uri = open_story(client, workspace / "harbour.md", text)
    found = await diagnostics_for(client, uri)
    chrome = next(d for d in found if d.code == "NL401")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=chrome.range,
            context=types.CodeActionContext(diagnostics=[chrome]),
        )
    )
    titles = [a.title for a in actions]
    assert titles[0].startswith("Delete this line (NL401")
    assert "Suppress NL401 on this line" in titles and "Suppress NL401 in this story" in titles
    delete = actions[0].edit.changes[uri][0]
    lines = text.splitlines(keepends=True)
    start, end = delete.range.start.line, delete.range.end.line
    fixed = "".join(lines[:start]) + delete.new_text + "".join(lines[end:])
    assert "Share this story" not in fixed and "The harbour closed" in fixed
    suppress = next(a for a in actions if a.title == "Suppress NL401 on this line")
    line_edit = suppress.edit.changes[uri][0]
    assert line_edit.new_text == "Share this story! <!-- newslint: disable-line NL401 -->\n"
    # Applying the suppression really silences the finding.
    edit(client, uri, 2, (4, 0), (5, 0), line_edit.new_text)
    while client.diagnostics[uri]:
        await diagnostics_for(client, uri)
    explain = next(a for a in actions if a.title.startswith("Explain"))
    command = explain if isinstance(explain, types.Command) else explain.command
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=command.command, arguments=command.arguments)
    )
    assert "What it catches" in result
    # A clean story offers no newslint actions.
    clean = open_story(client, workspace / "ferry.md", CLEAN)
    assert await diagnostics_for(client, clean) == []
    none = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=clean),
            range=types.Range(types.Position(0, 0), types.Position(0, 5)),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert not none


@pytest.mark.asyncio
async def test_hover_shows_the_rules_documentation(client, workspace):
    uri = open_story(client, workspace / "fire.md", CONTRADICTION)
    found = await diagnostics_for(client, uri)
    drift = next(d for d in found if d.code == "NL101")
    hover = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=drift.range.start
        )
    )
    rule = load_registry().get("NL101")
    assert hover.contents.value == ruledocs.text(rule)  # what `newslint explain NL101` prints
    nothing = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(1, 0)
        )
    )
    assert nothing is None


@pytest.mark.asyncio
async def test_a_config_change_relints_open_stories(client, workspace):
    uri = open_story(client, workspace / "harbour.md", "Harbour closes\n\nShare this story!\n")
    found = await diagnostics_for(client, uri)
    assert [d.code for d in found] == ["NL401"]
    settings = workspace / ".newslint.yaml"
    settings.write_text("ignore: [boilerplate]\n", encoding="utf-8")
    watched(client, settings, types.FileChangeType.Created)
    while client.diagnostics[uri]:
        await diagnostics_for(client, uri)
    assert not client.diagnostics[uri]


@pytest.mark.asyncio
async def test_an_open_source_relints_the_story_that_names_it(client, workspace):
    wire = workspace / "wire.md"
    story = "---\nsources: [wire.md]\n---\nRaid kills fighters\n\nThe raid killed 12 fighters.\n"
    open_story(client, wire, "Raid\n\nThe raid killed 12 fighters, officials said.\n")
    uri = open_story(client, workspace / "story.md", story)
    first = await diagnostics_for(client, uri)
    assert not [d for d in first if d.code == "NL104"]
    # The wire copy changes in the editor (not saved): the story is compared with it again.
    edit(client, wire.as_uri(), 2, (2, 16), (2, 18), "30")
    while not [d for d in client.diagnostics.get(uri, []) if d.code == "NL104"]:
        await diagnostics_for(client, uri)
    assert [d for d in client.diagnostics[uri] if d.code == "NL104"]


@pytest.mark.asyncio
async def test_bad_input_is_a_diagnostic_not_a_dead_server(client, workspace):
    broken = open_story(client, workspace / "broken.md", "---\ntitle: [\n---\nBody.\n")
    found = await diagnostics_for(client, broken)
    assert len(found) == 1 and "invalid front matter" in found[0].message
    settings = workspace / ".newslint.yaml"
    settings.write_text("select: [\n", encoding="utf-8")
    watched(client, settings, types.FileChangeType.Created)
    bad_config = open_story(client, workspace / "ferry.md", CLEAN)
    while not [d for d in client.diagnostics.get(bad_config, []) if "could not" in d.message]:
        await diagnostics_for(client, bad_config)
    found = list(client.diagnostics[bad_config])
    assert ".newslint.yaml" in found[0].message and found[0].range.start.line == 0
    settings.unlink()
    watched(client, settings, types.FileChangeType.Deleted)
    huge = open_story(client, workspace / "huge.md", "Word. " * 2_000_000)
    found = await diagnostics_for(client, huge)
    assert "max-file-size" in found[0].message
    # Still serving.
    uri = open_story(client, workspace / "fire.md", CONTRADICTION)
    assert [d.code for d in await diagnostics_for(client, uri) if d.code == "NL101"]


@pytest.mark.asyncio
async def test_closing_a_story_clears_its_diagnostics(client, workspace):
    uri = open_story(client, workspace / "harbour.md", "Harbour closes\n\nShare this story!\n")
    assert await diagnostics_for(client, uri)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    while client.diagnostics[uri]:
        await diagnostics_for(client, uri)
    assert not client.diagnostics[uri]
