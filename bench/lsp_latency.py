"""Editor latency of `newslint server`: from an edit to its diagnostics, and from start-up to
the first diagnostics.

    .venv/bin/python bench/lsp_latency.py [--edits 3000]

Starts the server as a subprocess and drives it over stdio with a real LSP client (pytest-lsp's
LanguageClient), on a 5 KB story (a real BBC article padded with more of the corpus, or a
built one when the corpus is absent), real copy rather than casualty figures repeated:

- **first diagnostics**: from starting the server process to the first publishDiagnostics
  after didOpen (start-up, imports, first lint);
- **edit to diagnostics**: a warm server, debounce set to 0 so the figure excludes it, each
  edit changes one figure in the story; the time from sending didChange to receiving
  publishDiagnostics for that version. Median and 90th percentile of --edits edits;
- **memory**: the server's resident set after 10 edits and every 1,000 after (flat means
  nothing is kept per edit).

Writes bench/results/lsp.md. Target: median edit-to-diagnostics <= 30 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pytest_lsp import make_test_lsp_client

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "lsp.md"
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc"


def dense_story() -> str:
    """5 KB where every paragraph is a casualty figure: the heaviest copy for the claim model."""
    text = "Flood kills dozens\n\n"
    while len(text.encode()) < 5000:
        text += "More than 100 people were killed in the flood on Tuesday, officials said.\n\n"
    return text + "The toll was put at 41 on Friday.\n"


def story() -> str:
    """About 5 KB of real copy: BBC world stories one after another, cut at a paragraph; a
    built story when the corpus is absent. Its last line carries the figure the edits change."""
    parts = sorted(CORPUS.glob("world/*.txt")) if CORPUS.is_dir() else []
    text = ""
    for part in parts:
        text += part.read_text(encoding="utf-8", errors="replace").strip() + "\n\n"
        if len(text.encode()) >= 5000:
            break
    while len(text.encode()) < 5000:
        text += "The ferry service resumed on Monday after the storm, the operator said.\n\n"
    cut = text.find("\n\n", 4900)
    return text[: cut if cut > 0 else len(text)] + "\n\nThe toll was put at 41 on Friday.\n"


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def _published(client, uri: str, version: int) -> float:
    """When the diagnostics for `version` of `uri` arrived."""
    while True:
        params = await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri and params.version == version:
            return time.perf_counter()


async def measure(edits: int, text: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "story.md")
        path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        client = make_test_lsp_client()
        started = time.perf_counter()
        await client.start_io(sys.executable, "-m", "newslint", "server")
        await client.initialize_session(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(),
                root_uri=Path(tmp).as_uri(),
                initialization_options={"debounce": 0},
            )
        )
        waiting = asyncio.ensure_future(_published(client, uri, 1))
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text)
            )
        )
        first = await waiting - started
        pid = client._server.pid
        lines = text.splitlines()
        last = len(lines) - 1
        column = lines[last].index("41")
        latencies, memory = [], []
        for version in range(2, edits + 2):
            figure = str(40 + version % 50)
            waiting = asyncio.ensure_future(_published(client, uri, version))
            await asyncio.sleep(0)  # the waiter is listening before the edit goes out
            sent = time.perf_counter()
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                    content_changes=[
                        types.TextDocumentContentChangePartial(
                            range=types.Range(
                                types.Position(last, column), types.Position(last, column + 2)
                            ),
                            text=figure,
                        )
                    ],
                )
            )
            latencies.append(await waiting - sent)
            if version == 11 or (version - 1) % 1000 == 0 or version == edits + 1:
                memory.append((version - 1, _rss_mb(pid)))
        await client.shutdown_session()
    return {"size": len(text.encode()), "first": first, "latencies": latencies, "memory": memory}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=3000)
    args = parser.parse_args()
    found = asyncio.run(measure(args.edits, story()))
    dense = asyncio.run(measure(200, dense_story()))
    ms = sorted(x * 1000 for x in found["latencies"])
    median = statistics.median(ms)
    p90 = ms[int(len(ms) * 0.9) - 1]
    dense_ms = sorted(x * 1000 for x in dense["latencies"])
    verdict = "met" if median <= 30 else "**not met**"
    dense_verdict = "met" if statistics.median(dense_ms) <= 30 else "**not met**"
    lines = [
        "# newslint server: editor latency",
        "",
        f"Written by `bench/lsp_latency.py` on {time.strftime('%Y-%m-%d')}: the server as a "
        f"subprocess, a real LSP client over stdio, a {found['size']:,}-byte story of real "
        "BBC copy (and, for the heaviest case, a story that is all casualty figures).",
        "",
        "| measure | result |",
        "|---|---|",
        f"| start to first diagnostics (process start, initialize, open, first lint) | "
        f"{found['first'] * 1000:.0f} ms |",
        f"| didChange to publishDiagnostics, warm, debounce excluded (median of {len(ms)}) | "
        f"**{median:.1f} ms** (target ≤ 30 ms: {verdict}) |",
        f"| same, 90th percentile / fastest / slowest | {p90:.1f} / {ms[0]:.1f} / "
        f"{ms[-1]:.1f} ms |",
        "| server memory (resident) after "
        + " / ".join(f"{n:,}" for n, _ in found["memory"])
        + " edits | "
        + " / ".join(f"{mb:.0f}" for _, mb in found["memory"])
        + " MB |",
        f"| the same edit on {dense['size']:,} bytes of casualty figures, every paragraph one "
        f"(median of {len(dense_ms)}) | {statistics.median(dense_ms):.1f} ms ({dense_verdict}) |",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
