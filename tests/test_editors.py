"""The editor set-ups of docs/editors.md, tried in the editors that install here (Debian's
Neovim and Emacs with eglot): each opens a story, starts `newslint server` the documented way,
and shows its findings. Skipped where the editor is not installed."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pygls")

HERE = Path(__file__).parent / "editors"
STORY = (
    "Warehouse fire kills dozens\n\n"
    "At least 40 people died when the warehouse burned on Thursday.\n\n"
    "Fire officials put the death toll at 37 on Friday.\n\n"
    "Share this story!\n"
)


def _desk(tmp_path: Path) -> tuple[Path, dict]:
    (tmp_path / ".git").mkdir()
    story = tmp_path / "fire.md"
    story.write_text(STORY, encoding="utf-8")
    newslint = str(Path(sys.executable).with_name("newslint"))
    env = {**os.environ, "NEWSLINT": newslint, "HOME": str(tmp_path / "home")}
    (tmp_path / "home").mkdir()
    return story, env


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed")
def test_neovim_shows_diagnostics_hover_and_quick_fixes(tmp_path):
    story, env = _desk(tmp_path)
    done = subprocess.run(
        [
            "nvim",
            "--headless",
            "--clean",
            str(story),
            "-c",
            f"luafile {HERE / 'neovim.lua'}",
            "-c",
            "qa!",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    shown = (done.stdout + done.stderr).splitlines()
    assert "diagnostic 5 NL101" in shown and "diagnostic 7 NL401" in shown
    assert "hover NL401 boilerplate/share-prompt [error]" in shown
    assert "action Delete this line (NL401 boilerplate/share-prompt)" in shown
    assert "action Suppress NL401 on this line" in shown


@pytest.mark.skipif(shutil.which("emacs") is None, reason="Emacs is not installed")
def test_emacs_eglot_shows_diagnostics(tmp_path):
    story, env = _desk(tmp_path)
    check = subprocess.run(
        ["emacs", "--batch", "--eval", "(progn (package-initialize) (require 'eglot))"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if check.returncode != 0:
        pytest.skip("eglot is not installed for this Emacs")
    done = subprocess.run(
        ["emacs", "--batch", "-l", str(HERE / "emacs.el"), str(story)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    shown = done.stdout + done.stderr
    assert "diagnostic 5 newslint [NL101]" in shown, shown[-2000:]
    assert "diagnostic 7 newslint [NL401]" in shown
