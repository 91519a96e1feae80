"""The hook's first install: what a new pre-commit environment costs, time and disk.

    .venv/bin/python bench/install.py [REV ...]        (default: HEAD)

For each git revision of this checkout, a new newsroom repository uses newslint as a hook
(`repo:` this checkout, `rev:` REV) with an empty PRE_COMMIT_HOME and an empty pip cache,
the state of a fresh CI runner, and runs `pre-commit run --all-files` once on one story.
Reports the wall time of that first run (which builds the hook's environment: clone, pip
install of newslint and its dependencies, first lint) and the size of the environment, and
appends the rows to bench/results/install.md. pip reaches the package index this machine
uses; the time includes the downloads, so it depends on that index's speed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "install.md"
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
STORY = "Ferry service resumes\n\nThe ferry service resumed on Monday, the operator said.\n"
ENV = {
    "GIT_AUTHOR_NAME": "Desk",
    "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk",
    "GIT_COMMITTER_EMAIL": "desk@example.org",
}


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def first_install(rev: str) -> tuple[float, int, int]:
    """Seconds for the first hook run, MB of PRE_COMMIT_HOME, and the run's exit code."""
    sha = subprocess.run(
        ["git", "rev-parse", rev], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        work, home, pip_cache = Path(tmp, "desk"), Path(tmp, "home"), Path(tmp, "pip")
        work.mkdir()
        env = {
            **os.environ,
            **ENV,
            "PRE_COMMIT_HOME": str(home),
            "PIP_CACHE_DIR": str(pip_cache),
            "XDG_CACHE_HOME": str(Path(tmp, "cache")),
        }
        subprocess.run(["git", "init", "-q"], cwd=work, env=env, check=True)
        (work / "story.md").write_text(STORY, encoding="utf-8")
        (work / ".pre-commit-config.yaml").write_text(
            f"repos:\n  - repo: {ROOT}\n    rev: {sha}\n    hooks:\n      - id: newslint\n",
            encoding="utf-8",
        )
        subprocess.run(["git", "add", "-A"], cwd=work, env=env, check=True)
        started = time.perf_counter()
        done = subprocess.run(
            [PRE_COMMIT, "run", "--all-files"], cwd=work, env=env, capture_output=True, text=True
        )
        elapsed = time.perf_counter() - started
        if done.returncode not in (0, 1):
            raise SystemExit(f"pre-commit failed at {rev}:\n{done.stdout}{done.stderr}")
        return elapsed, folder_size(home) // 2**20, done.returncode


def main(revs: list[str]) -> None:
    rows = []
    for rev in revs or ["HEAD"]:
        label = subprocess.run(
            ["git", "log", "-1", "--format=%h %s", rev],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        seconds, megabytes, code = first_install(rev)
        rows.append(f"| {label[:70]} | {seconds:.1f} s | {megabytes} MB | {code} |")
        print(rows[-1])
    if not RESULTS.exists():
        RESULTS.write_text(
            "# The hook's first install\n\n"
            "Written by `bench/install.py`: a new repository uses newslint as a pre-commit hook "
            "with an empty PRE_COMMIT_HOME and an empty pip cache (a fresh CI runner) and runs "
            "`pre-commit run --all-files` on one story. Time includes pip's downloads from this "
            "machine's package index. Target: ≤ 20 s and ≤ 80 MB.\n\n"
            "| revision | first run | environment | exit |\n|---|---|---|---|\n",
            encoding="utf-8",
        )
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
