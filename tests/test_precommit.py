"""End to end with the real `pre-commit` tool: a newsroom repository uses this checkout's
`.pre-commit-hooks.yaml` the way another repository would (`repo:` + `rev:`), pre-commit builds
the hook's environment from it, and `git commit` is blocked by a contradiction and allowed for a
clean story.

pre-commit installs newslint and its dependencies into its own environment, so this test needs
the package index pip uses; it takes ~10-30 s. It is skipped when git or pre-commit is missing.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))

CONTRADICTION = (
    "Warehouse fire kills dozens\n\n"
    "At least 40 people died when the warehouse burned on Thursday.\n\n"
    "Fire officials put the death toll at 37 on Friday.\n"
)
CLEAN = (
    "Warehouse fire under control\n\n"
    "Firefighters brought the warehouse fire under control on Friday, the brigade said.\n"
)

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None or not Path(PRE_COMMIT).exists(),
    reason="needs git and pre-commit",
)


AUTHOR = {
    "GIT_AUTHOR_NAME": "Desk",
    "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk",
    "GIT_COMMITTER_EMAIL": "desk@example.org",
}


def git(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["git", *args],
        cwd=folder,
        env={**os.environ, **AUTHOR},
        capture_output=True,
        text=True,
        check=False,
    )


def _this_checkout(target: Path) -> str:
    """This checkout's files as they are now (committed or not) in a repository of their own;
    returns its commit, for `rev:`."""
    listed = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    if listed.returncode != 0:  # not a git checkout: copy the tree
        shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(".venv", ".git", "*cache*"))
    else:
        for name in filter(None, listed.stdout.split("\0")):
            source = ROOT / name
            if source.is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / name)
    assert (target / ".pre-commit-hooks.yaml").is_file()
    git(target, "init", "-q")
    git(target, "add", "-A")
    assert git(target, "commit", "-q", "-m", "newslint").returncode == 0
    return git(target, "rev-parse", "HEAD").stdout.strip()


def test_a_contradiction_blocks_the_commit_and_a_clean_story_commits(tmp_path):
    hook_repo, newsroom = tmp_path / "newslint", tmp_path / "newsroom"
    hook_repo.mkdir()
    newsroom.mkdir()
    rev = _this_checkout(hook_repo)
    (newsroom / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: newslint\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env["PATH"] = f"{Path(PRE_COMMIT).parent}{os.pathsep}{env.get('PATH', '')}"
    git(newsroom, "init", "-q")
    installed = subprocess.run(
        [PRE_COMMIT, "install", "--install-hooks"],
        cwd=newsroom,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    def commit(name: str, text: str) -> subprocess.CompletedProcess:
        (newsroom / name).write_text(text, encoding="utf-8")
        git(newsroom, "add", name, ".pre-commit-config.yaml")
        return subprocess.run(
            ["git", "commit", "-m", f"add {name}"],
            cwd=newsroom,
            env={**env, **AUTHOR},
            capture_output=True,
            text=True,
            check=False,
        )

    blocked = commit("fire.md", CONTRADICTION)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0, output
    assert "newslint" in output and "Failed" in output
    assert "fire.md:5:" in output and "NL101 numbers/casualty-drift [error]" in output
    assert git(newsroom, "rev-parse", "--verify", "HEAD").returncode != 0  # nothing committed

    git(newsroom, "rm", "-q", "--cached", "fire.md")
    (newsroom / "fire.md").unlink()
    allowed = commit("update.md", CLEAN)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert "Passed" in allowed.stdout + allowed.stderr
    assert "add update.md" in git(newsroom, "log", "--oneline").stdout

    # Code and data are not stories: a Python file with chrome in a comment, YAML and JSON
    # commit untouched, and an archive folder that the config excludes stays excluded.
    code = "# Share this story!\nprint('Share this story!')\n"
    (newsroom / ".newslint.yaml").write_text("extend-exclude: [archive/]\n", encoding="utf-8")
    (newsroom / "archive").mkdir()
    (newsroom / "archive" / "old.md").write_text(CONTRADICTION, encoding="utf-8")
    git(newsroom, "add", ".newslint.yaml", "archive/old.md")
    for name, text in (("share.py", code), ("ci.yaml", "a: Share this story!\n")):
        result = commit(name, text)
        assert result.returncode == 0, result.stdout + result.stderr
        assert (newsroom / name).read_text(encoding="utf-8") == text

    # The newslint-fix hook deletes the chrome; pre-commit stops the commit because the file
    # changed, and the fixed story then commits. The Python file is still untouched.
    config = newsroom / ".pre-commit-config.yaml"
    config.write_text(config.read_text().replace("id: newslint", "id: newslint-fix"), "utf-8")
    fixed = commit("ferry.md", CLEAN + "\nShare this story!\n")
    assert fixed.returncode != 0
    assert "files were modified by this hook" in fixed.stdout + fixed.stderr
    assert (newsroom / "ferry.md").read_text(encoding="utf-8") == CLEAN
    assert commit("ferry.md", CLEAN).returncode == 0
    assert (newsroom / "share.py").read_text(encoding="utf-8") == code
