"""Speed, scale and memory of newslint against proselint, measured in the same run.

    bench/run [--quick] [--corpus ../shared/corpus] [--runs 15] [--corpus-runs 5]

Run through bench/run, which installs both tools into bench/.venv. Measures:

1. One ~4 KB story (a real BBC article of 4.3 KB; a built one when the corpus is absent),
   whole process, all default packs, min/median/max of --runs paired runs against
   `proselint check` on the same file: **cold** (a fresh XDG_CACHE_HOME and a fresh working
   folder every run, as on a fresh CI runner or a new pre-commit environment), **warm** (user
   cache and result cache filled: a pre-commit re-run) and `--no-cache` with a warm user
   cache (the story linted), plus `python -c pass` for the floor.
2. The 2,225 BBC articles: newslint with --jobs 1 and --jobs 2, proselint, in --corpus-runs
   rounds (five by default: on this shared host, runs of one command within one bench run
   have differed by a quarter), the order reversed every other round. The one-core ratio is
   the median of the rounds' own ratios, as the one-story ratios are of paired runs; the
   speed-up on two cores; and newslint's re-run on the unchanged tree with the result cache
   (a pre-commit run that finds nothing new).
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


def run(command: list[str], cwd: Path | None = None, env=None) -> tuple[float, int]:
    """Wall seconds and peak resident memory (MB, largest single process) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
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


def _ratios(slower: list[tuple[float, int]], faster: list[tuple[float, int]]) -> list[float]:
    """Each round's time of one command over its time of another (the rounds in order)."""
    return [a / b for (a, _), (b, _) in zip(slower, faster, strict=True)]


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
    parser.add_argument("--corpus-runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="fewer runs, sizes up to 2x")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.corpus_runs = 7, 1
    args.bin = args.bin.absolute()  # runs start in other folders
    newslint, proselint = str(args.bin / "newslint"), str(args.bin / "proselint")
    python = str(args.bin / "python")
    bbc = args.corpus / "bbc"
    rows: list[tuple[str, str]] = []
    notes: list[str] = []

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        story = story_file(args.corpus, work)
        size = story.stat().st_size
        # 1. one story, cold and warm, alternating so all see the same machine load
        warm_folder = work / "warm"
        warm_folder.mkdir()
        shutil.copy(story, warm_folder / "story.txt")
        warm_env = {**os.environ, "XDG_CACHE_HOME": str(work / "warm-cache")}
        lint_warm = [newslint, "check", "story.txt"]
        for _ in range(2):  # fill the user cache and the result cache
            run(lint_warm, cwd=warm_folder, env=warm_env)
        cases = {
            "cold": "newslint, fresh cache folder and fresh working folder (a fresh CI runner)",
            "warm": "newslint, warm user cache and result cache (a pre-commit re-run)",
            "no-cache": "newslint `--no-cache`, warm user cache (the story linted)",
            "proselint": "proselint `check`",
            "python": "`python -c pass` (the floor)",
        }
        samples: dict[str, list[float]] = {case: [] for case in cases}
        for index in range(args.runs):
            fresh = work / f"cold{index}"
            fresh.mkdir()
            shutil.copy(story, fresh / "story.txt")
            cold_env = {**os.environ, "XDG_CACHE_HOME": str(fresh / ".cache")}
            samples["cold"].append(run(lint_warm, cwd=fresh, env=cold_env)[0])
            shutil.rmtree(fresh)
            samples["warm"].append(run(lint_warm, cwd=warm_folder, env=warm_env)[0])
            no_cache = [newslint, "check", "--no-cache", "story.txt"]
            samples["no-cache"].append(run(no_cache, cwd=warm_folder, env=warm_env)[0])
            prose = [proselint, "check", "story.txt"]
            samples["proselint"].append(run(prose, cwd=warm_folder, env=warm_env)[0])
            samples["python"].append(run([python, "-c", "pass"])[0])
        spreads = {case: spread(values) for case, values in samples.items()}
        theirs = spreads["proselint"][1]
        targets = {"cold": 1.0, "warm": 0.6, "no-cache": 0.7}
        print(f"one story ({size:,} bytes), {args.runs} paired runs, min / median / max:")
        for case, (low, mid, high) in spreads.items():
            ratio = f"{mid / theirs:.2f}x proselint" if case in targets else ""
            target = f"(target <= {targets[case]})" if case in targets else ""
            times = f"{low * 1000:6.0f} {mid * 1000:6.0f} {high * 1000:6.0f} ms"
            print(f"  {case:10s} {times}  {ratio} {target}")
            cell = f"{mid * 1000:.0f} ms (min {low * 1000:.0f}, max {high * 1000:.0f})"
            if case in targets:
                met = "met" if mid / theirs <= targets[case] else "**not met**"
                cell += f"; **{mid / theirs:.2f}x** proselint (target ≤ {targets[case]}x: {met})"
            rows.append((f"one story ({size:,} B): {cases[case]}", cell))

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
            load_before = os.getloadavg()[0]
            for round_ in range(args.corpus_runs):
                # the order turns round every other round, so the host's drift over a round
                # (seen here: a quarter in minutes) falls on each tool alike
                order = list(commands.items())
                for name, command in order if round_ % 2 == 0 else order[::-1]:
                    measured.setdefault(name, []).append(run(command))
            idle = "otherwise idle" if load_before < 0.5 else "**not idle**"
            notes.append(
                f"load average (1 min) just before the corpus runs: {load_before:.2f} on "
                f"{os.cpu_count()} CPUs, so the machine was {idle} when the one- and two-core "
                "runs began; a two-core speed-up is only meaningful on an idle machine"
            )
            cache_dir = work / "cache"
            warm = [newslint, "check", "-q", "--cache-dir", str(cache_dir), str(corpus)]
            run(warm)
            cached = [run(warm) for _ in range(args.corpus_runs)]
            t = {k: spread([s for s, _ in v]) for k, v in measured.items()}
            mem = {k: max(m for _, m in v) for k, v in measured.items()}
            # each round's proselint time over its own newslint time, then their median: the
            # pairs ran minutes apart at most, so each ratio is taken on one state of the host
            paired = _ratios(measured["proselint"], measured["newslint -j1"])
            one_core = statistics.median(paired)
            of_medians = t["proselint"][1] / t["newslint -j1"][1]
            two = statistics.median(_ratios(measured["newslint -j1"], measured["newslint -j2"]))
            print(f"\n{count:,} BBC articles, {args.corpus_runs} runs, min / median / max:")
            for name, s in t.items():
                print(f"  {name:13s} {s[0]:6.2f} {s[1]:6.2f} {s[2]:6.2f} s   peak {mem[name]} MB")
            cached_s = spread([s for s, _ in cached])
            print(f"  unchanged tree, result cache warm: {cached_s[1]:.2f} s")
            print(f"  per round, proselint / newslint -j1: {', '.join(f'{r:.2f}' for r in paired)}")
            print(f"  newslint on one core: {one_core:.2f}x faster than proselint (target >= 2.5)")
            print(f"  two cores: {two:.2f}x the speed of one (2.0 is linear)")
            peak = max(mem["newslint -j1"], mem["newslint -j2"])
            rows += [
                (
                    f"{count:,} BBC articles, one core ({args.corpus_runs} paired rounds)",
                    f"newslint {t['newslint -j1'][1]:.2f} s (min {t['newslint -j1'][0]:.2f}, max "
                    f"{t['newslint -j1'][2]:.2f}); proselint {t['proselint'][1]:.2f} s (min "
                    f"{t['proselint'][0]:.2f}, max {t['proselint'][2]:.2f}); newslint "
                    f"**{one_core:.2f}x faster**, the median of the rounds' ratios "
                    f"({', '.join(f'{r:.2f}' for r in paired)}; the medians' ratio "
                    f"{of_medians:.2f}) (target ≥ 2.5x: "
                    f"{'met' if one_core >= 2.5 else '**not met**'})",
                ),
                (
                    "same, newslint on two cores (--jobs 2)",
                    f"{t['newslint -j2'][1]:.2f} s: **{two:.2f}x** the one-core speed "
                    "(median of the rounds' ratios)",
                ),
                (
                    "same, unchanged tree with the result cache (pre-commit re-run)",
                    f"{cached_s[1]:.2f} s",
                ),
                (
                    "peak memory (largest process)",
                    f"newslint -j1 {mem['newslint -j1']} MB, -j2 {mem['newslint -j2']} MB per "
                    f"process; proselint {mem['proselint']} MB (target ≤ 64 MB: "
                    f"{'met' if peak <= 64 else '**not met**'})",
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
        rows += compare_growth(args.corpus, newslint, proselint)
        rows += audit_start(newslint, python, work)

    _write_table(rows, notes)


CLUSTER = "070_north_Korea_hokkaido_missile"  # the largest cluster: 19 reports of one event


def compare_growth(corpus: Path, newslint: str, proselint: str) -> list[tuple[str, str]]:
    """`newslint compare` on the first 2, 5, 10 and 19 reports of one event, against
    proselint's `check` of the same files: linear means the ratio and the time per report
    stay flat."""
    reports = sorted((corpus / "clusters" / CLUSTER).glob("*.md"))
    if len(reports) < 19:
        return []
    cells, ratios = [], []
    print("\ncompare against the number of reports (median of 3):")
    for n in (2, 5, 10, 19):
        files = [str(f) for f in reports[:n]]
        ours = statistics.median(run([newslint, "compare", *files])[0] for _ in range(3))
        theirs = statistics.median(run([proselint, "check", *files])[0] for _ in range(3))
        ratios.append(ours / theirs)
        per = ours / n * 1000
        cells.append(f"{n}: {ours:.2f} s, {per:.0f} ms/report, {ours / theirs:.2f}x")
        print(f"  {cells[-1]}")
    what = f"`compare`, reports of one event ({CLUSTER}): reports, time, ratio to proselint"
    return [(what, "; ".join(cells))]


def audit_start(newslint: str, python: str, work: Path) -> list[tuple[str, str]]:
    """`newslint audit`'s fixed cost: 20 stories on Dask's local cluster (forced) against the
    fallback it uses for archives under LOCAL_LIMIT articles: linting in its own process."""
    try:
        subprocess.run([python, "-c", "import distributed, pyarrow"], check=True)
    except subprocess.CalledProcessError:
        return [("`audit` fixed cost", "skipped: newslint[dask] not installed")]
    stories = work / "audit-stories"
    stories.mkdir()
    for index in range(20):
        (stories / f"{index}.md").write_text(
            f"Story {index}\n\nThe ferry service resumed on Monday, the operator said.\n"
        )
    forced = (
        "import sys; from newslint import audit, cli; audit.LOCAL_LIMIT = 0; cli.main(sys.argv[1:])"
    )
    local = [newslint, "audit", str(stories), "-o", str(work / "audit-a"), "--workers", "2"]
    cluster = [python, "-c", forced, "audit", str(stories), "-o", str(work / "audit-b")]
    cluster += ["--workers", "2"]
    fallback = statistics.median(run(local)[0] for _ in range(3))
    started = statistics.median(run(cluster)[0] for _ in range(3))
    print(f"\naudit, 20 stories: without Dask {fallback:.1f} s, local cluster {started:.1f} s")
    return [
        (
            "`audit`, 20 stories, 2 workers (median of 3)",
            f"local Dask cluster {started:.1f} s (its fixed cost); the fallback used below "
            f"300 articles, this process without Dask, {fallback:.1f} s",
        )
    ]


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
