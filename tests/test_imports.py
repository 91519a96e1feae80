"""Imports on demand: a run imports only what its story needs (issue 19).

A pre-commit re-run on an unchanged story is answered from the result cache; it must not pay
for the engine, the story reader or the `regex` module. `newslint --version` imports no linter.
"""

import os
import subprocess
import sys

PROBE = """
import sys
from newslint import cli
try:
    cli.main(sys.argv[1:])
except SystemExit:
    pass
heavy = ["newslint.runner", "newslint.engine", "newslint.document", "regex", "yaml"]
print("loaded:" + ",".join(name for name in heavy if name in sys.modules))
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
