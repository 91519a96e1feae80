from __future__ import annotations

from pathlib import Path

import pytest

from newslint import lint_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def spots(text: str, select: str, path: str = "story.txt") -> list[tuple[int, int, str]]:
    """(line, column, code) of each finding of the selected rule(s): what tests assert on."""
    return [
        (f.location.line, f.location.column, f.code) for f in lint_text(text, path, select=[select])
    ]


@pytest.fixture
def seeds_dir() -> Path:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not present in this clone")
    return seeds


@pytest.fixture
def cli(tmp_path, monkeypatch):
    """Invoke `newslint` in-process from an empty working folder; exceptions propagate."""
    from click.testing import CliRunner

    from newslint import config
    from newslint.cli import main

    monkeypatch.chdir(tmp_path)
    config.clear()
    runner = CliRunner()

    def invoke(*args, stdin=None):
        return runner.invoke(main, list(args), input=stdin, catch_exceptions=False)

    return invoke
