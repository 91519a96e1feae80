"""Imports on demand: a run imports only what its story needs (issue 19).

A pre-commit re-run on an unchanged story is answered from the result cache; it must not pay
for the engine, the story reader or the `regex` module. `newslint --version` imports no linter.
"""

import ast
import os
import subprocess
import sys

from newslint import __main__ as entry_point

PROBE = """
import sys
from newslint import cli
try:
    cli.main(sys.argv[1:])
except SystemExit:
    pass
heavy = ["newslint.runner", "newslint.engine", "newslint.document", "regex", "yaml",
         "newslint.kinds.quote_drift", "newslint.kinds.cross_source_drift", "_hashlib"]
loaded = [name for name in heavy if name in sys.modules]
patterns = sys.modules.get("newslint.patterns")
if patterns is not None and patterns._code_words is not None:
    loaded.append("shipped programs")  # lint/derived/patterns.bin was read
print("loaded:" + ",".join(loaded))
"""


def loaded(tmp_path, *args: str) -> list[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    last = done.stdout.splitlines()[-1].removeprefix("loaded:")
    return [name for name in last.split(",") if name]


def test_version_imports_no_linter(tmp_path):
    assert loaded(tmp_path, "--version") == []


def test_a_result_cache_hit_reads_no_story(tmp_path):
    (tmp_path / "story.md").write_text("The ferry resumed on Monday, the operator said.\n")
    first = loaded(tmp_path, "check", "story.md")
    assert "newslint.document" in first  # the first run lints the story
    again = loaded(tmp_path, "check", "story.md")
    assert "newslint.document" not in again
    assert "regex" not in again
    assert "yaml" not in again
    assert "shipped programs" not in again  # no pattern is compiled to answer from the cache


def test_checking_one_story_imports_no_cross_document_kind(tmp_path):
    """A story without `sources:` runs no cross-document rule, so their kinds stay unloaded:
    registry.json says which kinds compare documents."""
    (tmp_path / "story.md").write_text("The ferry resumed on Monday, the operator said.\n")
    found = loaded(tmp_path, "check", "--no-cache", "story.md")
    assert "newslint.document" in found
    assert "newslint.kinds.quote_drift" not in found
    assert "newslint.kinds.cross_source_drift" not in found
    assert "_hashlib" not in found  # OpenSSL: newslint.digests takes BLAKE2 without it


def test_comparing_reports_loads_the_cross_document_kinds(tmp_path):
    """The other side: `compare` does run them."""
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("Two people were killed on Monday, police said.\n")
    found = loaded(tmp_path, "compare", "a.md", "b.md")
    assert "newslint.kinds.quote_drift" in found


GC_PROBE = """
import gc, sys
from newslint import __main__ as entry, cli
seen = []
def main():
    seen.append((gc.isenabled(), gc.get_freeze_count(), gc.get_threshold()[0]))
cli.main = main
entry.run()
print(seen, gc.isenabled())
"""


def test_the_command_runs_with_its_start_up_objects_frozen(tmp_path):
    """The entry point imports with the collector paused, freezes what the imports made and
    runs the command with the collector on, collecting its youngest generation less often
    than Python's default; it is off again on the way out."""
    done = subprocess.run(
        [sys.executable, "-c", GC_PROBE], capture_output=True, text=True, check=True
    )
    seen, after = done.stdout.rsplit(" ", 1)
    enabled, frozen, young = ast.literal_eval(seen)[0]
    assert enabled is True
    assert frozen > 1000
    assert young == entry_point._YOUNG > 700
    assert after.strip() == "False"


def test_the_installed_command_is_the_entry_point():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["newslint"] == "newslint.__main__:run"
