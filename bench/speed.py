"""Speed, scale and memory of newslint against proselint, measured in the same run.

    bench/run [--quick] [--corpus ../shared/corpus] [--runs 15] [--corpus-runs 3]

Run through bench/run, which installs both tools into bench/.venv. Measures:

1. One ~4 KB story (a real BBC article of 4.3 KB; a built one when the corpus is absent),
   whole process, all default packs: `newslint check --no-cache` against `proselint check`,
   min/median/max of --runs alternating runs, plus `python -c pass` for the floor.
   Before timing, one newslint run fills its user cache (patterns, registry, tables,
   gazetteer): that is the state of every run after a machine's first.
2. The 2,225 BBC articles: newslint with --jobs 1 and --jobs 2, proselint, each --corpus-runs
   times; the speed-up on two cores; and newslint's re-run on the unchanged tree with the
   result cache (a pre-commit run that finds nothing new).
3. Peak memory (maximum resident set of the process) of each corpus run.
4. Cost against corpus size: the corpus copied 1x, 2x, 4x and 8x (distinct file names), one
   run each tool per size; linear means time per article stays flat.

Writes bench/results/speed.md (the table) and bench/results/speed.png (time against size).
Timing is wall-clock on a shared machine: read the ratios, which come from one run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
STORY = "tech/099.txt"  # 4,320 bytes


def run(command: list[str], cwd: Path | None = None) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB, largest single process) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"failed ({status}): {' '.join(command)}")
    return elapsed, usage.ru_maxrss // 1024


def spread(samples: list[float]) -> tuple[float, float, float]:
    return min(samples), statistics.median(samples), max(samples)


def story_file(corpus: Path, folder: Path) -> Path:
    real = corpus / "bbc" / STORY
    if real.is_file():
        return real
    text = ""
    paragraph = (
        "More than 100 people were killed when the river burst its banks on Tuesday, officials "
        "said. At least 40 others were injured, and the mayor said the town would rebuild.\n\n"
    )
    while len(text) < 4096:
        text += paragraph
    path = folder / "story.txt"
    path.write_text(text, encoding="utf-8")
    return path


def scaled_corpus(source: Path, folder: Path, times: int) -> Path:
    """The corpus `times` over, as hard links (copies where links fail) with distinct names."""
    target = folder / f"x{times}"
    if target.exists():
        return target
    files = sorted(source.glob("*/*.txt"))
    for copy in range(times):
        for file in files:
            dest = target / f"copy{copy}" / file.parent.name / file.name
            dest.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(file, dest)
            except OSError:
                shutil.copy(file, dest)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", type=Path, required=True, help="folder with both tools")
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--corpus-runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="fewer runs, sizes up to 2x")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.corpus_runs = 7, 1
    newslint, proselint = str(args.bin / "newslint"), str(args.bin / "proselint")
    python = str(args.bin / "python")
    bbc = args.corpus / "bbc"
    rows: list[tuple[str, str]] = []
    notes: list[str] = []

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        story = story_file(args.corpus, work)
        run([newslint, "check", "--no-cache", str(story)])  # first run on this machine
        # 1. one story, alternating so both tools see the same machine load
        samples: dict[str, list[float]] = {"newslint": [], "proselint": [], "python": []}
        for _ in range(args.runs):
            samples["newslint"].append(run([newslint, "check", "--no-cache", str(story)])[0])
            samples["proselint"].append(run([proselint, "check", str(story)])[0])
            samples["python"].append(run([python, "-c", "pass"])[0])
        ours, theirs, floor = (spread(samples[k]) for k in ("newslint", "proselint", "python"))
        size = story.stat().st_size
        print(f"one story ({size:,} bytes), {args.runs} runs, min / median / max:")
        for name, s in (("newslint", ours), ("proselint", theirs), ("python -c pass", floor)):
            print(f"  {name:15s} {s[0] * 1000:6.0f} {s[1] * 1000:6.0f} {s[2] * 1000:6.0f} ms")
        ratio = ours[1] / theirs[1]
        print(f"  ratio (medians): {ratio:.2f}x proselint (target <= 1.0)")
        rows.append(
            (
                f"one story ({size:,} B), whole process, median of {args.runs}",
                f"newslint {ours[1] * 1000:.0f} ms (min {ours[0] * 1000:.0f}, max "
                f"{ours[2] * 1000:.0f}); proselint {theirs[1] * 1000:.0f} ms (min "
                f"{theirs[0] * 1000:.0f}, max {theirs[2] * 1000:.0f}); **{ratio:.2f}x**",
            )
        )

        if not bbc.is_dir():
            notes.append(f"corpus not found at {bbc}: corpus measurements skipped")
        else:
            count = len(list(bbc.glob("*/*.txt")))
            corpus = scaled_corpus(bbc, work, 1)
            measured: dict[str, list[tuple[float, int]]] = {}
            commands = {
                "newslint -j1": [newslint, "check", "-q", "--no-cache", "-j", "1", str(corpus)],
                "newslint -j2": [newslint, "check", "-q", "--no-cache", "-j", "2", str(corpus)],
                "proselint": [proselint, "check", "-o", "compact", str(corpus)],
            }
            for _ in range(args.corpus_runs):
                for name, command in commands.items():
                    measured.setdefault(name, []).append(run(command))
            cache_dir = work / "cache"
            warm = [newslint, "check", "-q", "--cache-dir", str(cache_dir), str(corpus)]
            run(warm)
            cached = [run(warm) for _ in range(args.corpus_runs)]
            t = {k: spread([s for s, _ in v]) for k, v in measured.items()}
            mem = {k: max(m for _, m in v) for k, v in measured.items()}
            one_core = t["proselint"][1] / t["newslint -j1"][1]
            two = t["newslint -j1"][1] / t["newslint -j2"][1]
            print(f"\n{count:,} BBC articles, {args.corpus_runs} runs, min / median / max:")
            for name, s in t.items():
                print(f"  {name:13s} {s[0]:6.2f} {s[1]:6.2f} {s[2]:6.2f} s   peak {mem[name]} MB")
            cached_s = spread([s for s, _ in cached])
            print(f"  unchanged tree, result cache warm: {cached_s[1]:.2f} s")
            print(f"  newslint on one core is {one_core:.2f}x faster than proselint (target >= 2)")
            print(f"  two cores: {two:.2f}x the speed of one (2.0 is linear)")
            rows += [
                (
                    f"{count:,} BBC articles, one core (median of {args.corpus_runs})",
                    f"newslint {t['newslint -j1'][1]:.2f} s; proselint {t['proselint'][1]:.2f} "
                    f"s; newslint **{one_core:.2f}x faster**",
                ),
                (
                    "same, newslint on two cores (--jobs 2)",
                    f"{t['newslint -j2'][1]:.2f} s: **{two:.2f}x** the one-core speed",
                ),
                (
                    "same, unchanged tree with the result cache (pre-commit re-run)",
                    f"{cached_s[1]:.2f} s",
                ),
                (
                    "peak memory (largest process)",
                    f"newslint -j1 {mem['newslint -j1']} MB, -j2 {mem['newslint -j2']} MB per "
                    f"process; proselint {mem['proselint']} MB",
                ),
            ]
            # 4. cost against size
            sizes = (1, 2) if args.quick else (1, 2, 4, 8)
            growth: dict[str, list[float]] = {"newslint -j1": [], "proselint": []}
            for times in sizes:
                folder = scaled_corpus(bbc, work, times)
                growth["newslint -j1"].append(
                    run([newslint, "check", "-q", "--no-cache", "-j", "1", str(folder)])[0]
                )
                growth["proselint"].append(
                    run([proselint, "check", "-o", "compact", str(folder)])[0]
                )
            print("\ncost against corpus size (one run each):")
            for name, values in growth.items():
                per = [v / (count * n) * 1000 for v, n in zip(values, sizes, strict=True)]
                cells = ", ".join(
                    f"{n}x {v:.1f} s ({p:.2f} ms/article)"
                    for n, v, p in zip(sizes, values, per, strict=True)
                )
                print(f"  {name:13s} {cells}")
                rows.append((f"{name}, corpus 1x..{sizes[-1]}x", cells))
            _plot(sizes, count, growth)

    _write_table(rows, notes)


def _plot(sizes, count, growth) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axis = plt.subplots(figsize=(6, 4), dpi=120)
    articles = [count * n for n in sizes]
    for name, values in growth.items():
        axis.plot(articles, values, marker="o", label=name)
    axis.set_xlabel("articles (BBC corpus repeated)")
    axis.set_ylabel("seconds, whole run, one core")
    axis.set_title("Time against corpus size")
    axis.grid(True, alpha=0.3)
    axis.legend()
    figure.tight_layout()
    RESULTS.mkdir(parents=True, exist_ok=True)
    figure.savefig(RESULTS / "speed.png")


def _write_table(rows, notes) -> None:
    import platform

    RESULTS.mkdir(parents=True, exist_ok=True)
    lines = [
        "# newslint speed against proselint",
        "",
        f"Measured by `bench/run` on {time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; both tools installed with pip in bench/.venv.",
        "",
        "| measure | result |",
        "|---|---|",
        *[f"| {a} | {b} |" for a, b in rows],
        "",
        *[f"- {n}" for n in notes],
        "![time against corpus size](speed.png)" if (RESULTS / "speed.png").exists() else "",
        "",
    ]
    (RESULTS / "speed.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"\nwrote {RESULTS / 'speed.md'}", file=sys.stderr)


if __name__ == "__main__":
    main()
