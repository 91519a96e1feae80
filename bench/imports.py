"""What newslint imports, and what each import costs: `python -X importtime`, before and after.

    .venv/bin/python bench/imports.py REV [REV ...]      (e.g. a commit before a change, HEAD)

Each revision of this checkout is installed the way users install it (pip, compiled bytecode)
into its own venv under bench/.imports/, and run on one 4 KB story three ways:

- `--version` (the floor: the CLI and nothing else);
- `check` answered from the result cache (a pre-commit re-run on an unchanged story);
- `check --no-cache` (the story linted).

For each: the median over eleven runs of the whole import time (the sum of the top-level
imports' cumulative times), the number of modules imported, the instructions the whole
process runs (valgrind's callgrind, when valgrind is installed: the same count for the same
code and input however busy the shared machine is, where the times move by a fifth), and,
for the last revision, the ten heaviest imports by cumulative time. Writes
bench/results/imports.md.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "imports.md"
VENVS = ROOT / "bench" / ".imports"
STORY = ROOT.parent / "shared" / "corpus" / "bbc" / "tech" / "099.txt"
RUNS = 11
CASES = {
    "--version": ["--version"],
    "check, result cache hit": ["check", "s.txt"],
    "check --no-cache": ["check", "--no-cache", "s.txt"],
}


def install(rev: str) -> Path:
    """A venv with newslint at `rev` installed (not editable); reused when it exists."""
    sha = subprocess.run(
        ["git", "rev-parse", "--short", rev], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    venv = VENVS / sha
    if (venv / "bin" / "newslint").exists():
        return venv
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp, "src.tar")
        subprocess.run(["git", "archive", "-o", str(archive), sha], cwd=ROOT, check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(Path(tmp, "src"), filter="data")
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(Path(tmp, "src"))],
            check=True,
            capture_output=True,
        )
    return venv


def importtime(venv: Path, args: list[str], folder: Path, env: dict) -> tuple[float, int, list]:
    """(milliseconds of imports, modules imported, [(cumulative µs, module)] top-level first)."""
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-X", "importtime", "-m", "newslint", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
    )
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:") :].split("|")
        rows.append((int(cumulative), name.rstrip()))
    top = sum(us for us, name in rows if not name.startswith("  "))  # one space: top level
    return top / 1000, len(rows), rows


def instructions(venv: Path, args: list[str], folder: Path, env: dict) -> float | None:
    """Millions of instructions one whole process runs (callgrind counts them), or None
    without valgrind."""
    if shutil.which("valgrind") is None:
        return None
    counter = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    done = subprocess.run(
        [*counter, str(venv / "bin" / "python"), "-m", "newslint", *args],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    return int(found.group(1)) / 1e6 if found else None


def story_folder(tmp: Path) -> Path:
    folder = tmp / "desk"
    folder.mkdir()
    story = folder / "s.txt"
    if STORY.is_file():
        shutil.copy(STORY, story)
    else:
        story.write_text("The ferry service resumed on Monday, the operator said.\n" * 60)
    return folder


def main(revs: list[str]) -> None:
    if not revs:
        raise SystemExit("usage: bench/imports.py REV [REV ...]")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    table, heaviest = [], []
    for rev in revs:
        venv = install(rev)
        label = subprocess.run(
            ["git", "log", "-1", "--format=%h %s", rev],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()[:60]
        with tempfile.TemporaryDirectory() as tmp:
            folder = story_folder(Path(tmp))
            env["XDG_CACHE_HOME"] = str(Path(tmp, "cache"))
            for _ in range(2):  # fill the user cache and the result cache
                subprocess.run(
                    [str(venv / "bin" / "newslint"), "check", "s.txt"],
                    cwd=folder,
                    env=env,
                    capture_output=True,
                )
            cells = []
            for case, args in CASES.items():
                found = [importtime(venv, args, folder, env) for _ in range(RUNS)]
                ms = statistics.median(f[0] for f in found)
                cell = f"{ms:.1f} ms, {found[0][1]} modules"
                counted = instructions(venv, args, folder, env)
                if counted is not None:
                    cell += f", {counted:.1f}M instructions"
                cells.append(cell)
                if rev == revs[-1]:
                    heavy = sorted(found[-1][2], reverse=True)[:10]
                    heaviest.append((case, heavy))
        table.append(f"| {label} | " + " | ".join(cells) + " |")
        print(table[-1])
    lines = [
        "# What newslint imports",
        "",
        f"Written by `bench/imports.py` on {time.strftime('%Y-%m-%d')}: `python -X importtime`, "
        f"median of {RUNS} runs on a 4 KB story, each revision pip-installed into its own venv. "
        "The time is the sum of the top-level imports' cumulative times (it includes what "
        "modules do when imported, such as reading shipped data). `-X importtime` does not "
        "report modules imported with `importlib.import_module`, as the check kinds are (by "
        "name, as a rule needs them), in any revision: their import time is in no sum here. "
        "The instructions are those of the whole process (imports, the run, the exit), "
        "counted once with valgrind's callgrind: unlike the times, they do not move with the "
        "load of the shared machine. bench/results/speed.md times whole runs.",
        "",
        "| revision | " + " | ".join(CASES) + " |",
        "|---|" + "---|" * len(CASES),
        *table,
        "",
    ]
    for case, heavy in heaviest:
        lines += [f"## Heaviest imports, `{case}` ({revs[-1]})", "", "| module | cumulative |"]
        lines += ["|---|---|"]
        lines += [f"| `{name.strip()}` | {us / 1000:.1f} ms |" for us, name in heavy]
        lines.append("")
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {RESULTS}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
