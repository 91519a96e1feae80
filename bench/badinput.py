"""Run every odd input in tests/bad_inputs.py at full size through the installed `newslint`
command, beside a good story, and tabulate what happened: exit code, the line on stderr, whether
the good story was still reported, wall time and peak memory. Also lints a story at the size
limit (10 MB) and a 50 MB one with the limit lifted, to show why the limit is there.

    .venv/bin/python bench/badinput.py        # writes bench/results/badinput.md

As root, the unreadable-file case runs as user nobody (setpriv), since root reads anything.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.bad_inputs import GOOD, GOOD_FINDING, GOOD_NAME, cases  # noqa: E402

NEWSLINT = str(Path(sys.executable).with_name("newslint"))
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def measured(folder: Path, args: list[str], as_nobody: bool = False) -> dict:
    """Run newslint in `folder`; its exit code, output, wall time and peak memory (the
    resource usage of that one child, from wait4)."""
    command = [NEWSLINT, "check", "--no-cache", *args]
    if as_nobody:
        command = NOBODY + command
    env = {**os.environ, "XDG_CACHE_HOME": str(folder / ".cache"), "NO_COLOR": "1"}
    started = time.perf_counter()
    with open(folder / ".out", "wb") as out, open(folder / ".err", "wb") as err:
        proc = subprocess.Popen(command, cwd=folder, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)  # reaps it, with that one child's usage
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    result = {
        "exit": proc.returncode,
        "stdout": (folder / ".out").read_text("utf-8", "replace"),
        "stderr": (folder / ".err").read_text("utf-8", "replace"),
        "seconds": seconds,
        "peak_mb": usage.ru_maxrss / 1024,
    }
    (folder / ".out").unlink()
    (folder / ".err").unlink()
    return result


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")[:150]


def main() -> int:
    rows, problems = [], []
    for case in cases(big=True):
        folder = Path(tempfile.mkdtemp(prefix=f"newslint-{case.name}-"))
        os.chmod(folder, 0o755)
        try:
            (folder / GOOD_NAME).write_text(GOOD, encoding="utf-8")
            paths = case.make(folder)
            # nobody can read good.md (0644) but not the case's file; its user cache is not
            # writable either, which newslint must take in its stride too.
            as_nobody = not case.root_can_read and os.geteuid() == 0
            result = measured(folder, [*paths, GOOD_NAME], as_nobody)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        lines = [line for line in result["stderr"].splitlines() if line.startswith("newslint:")]
        expected_exit = 2 if case.error else 1
        good_reported = GOOD_FINDING in result["stdout"]
        ok = (
            result["exit"] == expected_exit
            and good_reported
            and "Traceback" not in result["stderr"]
            and (not case.error or f"newslint: error: {case.error}" in lines)
            and (not case.finding or case.finding in result["stdout"])
        )
        if not ok:
            problems.append((case.name, result))
        said = "; ".join(lines) or "(nothing on stderr)"
        if case.finding:
            said += f" — and reports `{case.finding}`"
        rows.append(
            f"| {case.name} | {cell(case.what)} | {result['exit']} | {cell(said)} | "
            f"{'yes' if good_reported else '**no**'} | {result['seconds']:.2f} | "
            f"{result['peak_mb']:.0f} | {'ok' if ok else '**FAIL**'} |"
        )
        print(rows[-1], file=sys.stderr, flush=True)
    limits = size_rows()
    write(rows, limits)
    for name, result in problems:
        print(f"FAIL {name}: {result}", file=sys.stderr)
    return 1 if problems else 0


def size_rows() -> list[str]:
    """A story at the limit, and a 50 MB one with the limit lifted: time and peak memory."""
    corpus = ROOT.parent / "shared" / "corpus" / "bbc"
    files = sorted(corpus.rglob("*.txt"))[:400] if corpus.is_dir() else []
    if files:
        text = "\n\n".join(p.read_text("utf-8", "replace") for p in files)
    else:
        text = "\n\n".join(f"Paragraph {i}: the council met on Monday." for i in range(20000))
    rows = []
    for label, size, config in (
        ("10 MB story (the default limit)", 10 * 1024 * 1024 - 1, ""),
        ("50 MB story, `max-file-size: 0`", 50 * 1024 * 1024, "max-file-size: 0\n"),
    ):
        folder = Path(tempfile.mkdtemp(prefix="newslint-size-"))
        try:
            story = (text * (size // len(text) + 1)).encode()[:size]
            (folder / "big.txt").write_bytes(story.decode("utf-8", "ignore").encode())
            if config:
                (folder / ".newslint.yaml").write_text(config, encoding="utf-8")
            result = measured(folder, ["big.txt"])
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        summary = (result["stdout"].strip().splitlines() or ["(no output)"])[-1]
        rows.append(
            f"| {label} | {result['exit']} | {result['seconds']:.1f} | {result['peak_mb']:.0f} | "
            f"{cell(summary)} |"
        )
        print(rows[-1], file=sys.stderr, flush=True)
    return rows


def write(rows: list[str], limits: list[str]) -> None:
    out = ROOT / "bench" / "results" / "badinput.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    text = [
        "# Odd input",
        "",
        f"`bench/badinput.py`: each case from tests/bad_inputs.py at full size, linted by the "
        f"installed `newslint check --no-cache` beside a good story ({GOOD_NAME}, which has one "
        f"error finding, so the exit code is 1 when everything could be linted and 2 when "
        f"something was skipped). Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {time.strftime('%Y-%m-%d')}. Peak memory is the newslint "
        "process's maximum resident set.",
        "",
        "| case | input | exit | what newslint printed on stderr | good story reported | "
        "seconds | peak MB | as expected |",
        "|---|---|---:|---|---|---:|---:|---|",
        *rows,
        "",
        "## Why there is a size limit",
        "",
        "BBC articles concatenated to the size; all default rules.",
        "",
        "| story | exit | seconds | peak MB | summary |",
        "|---|---:|---:|---:|---|",
        *limits,
        "",
    ]
    out.write_text("\n".join(text), encoding="utf-8")
    print(f"wrote {out}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
