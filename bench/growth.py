"""How newslint's cost grows with inputs a stranger can choose: one paragraph with no sentence
break (10 KB to 1 MB), a folder tree 10 to 2,000 deep, and many small files with the result
cache on. Every extractor and the walk should be linear (or n log n): doubling the input should
about double the time. Writes bench/results/growth.md.

    .venv/bin/python bench/growth.py            # the full run (~2 minutes)
    .venv/bin/python bench/growth.py --quick    # smaller sizes, for a smoke test
    .venv/bin/python bench/growth.py --many 100000   # also 100,000 files through the CLI

The paragraph is made of news words (counts, outcome words, names, quotes, dates, sources,
commas) joined without a full stop, so the sentence splitter returns one sentence: the shape
that made casualty binding cubic before issue 15. Times are in-process wall seconds (best of
two); a size is skipped once the one before it took longer than `--cap` seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWSLINT = str(Path(sys.executable).with_name("newslint"))

_PIECES = [
    "at least {n} people were killed",
    "{n} fighters died",
    "killed more than {n} soldiers",
    "a death toll of {n}",
    "{n} were wounded",
    "including {n} children",
    "officials said",
    "according to the ministry",
    "Colonel Jane Hartley told reporters",
    '"we will rebuild the {w} bridge"',
    "on Wednesday, Feb. 7",
    "in September 2016",
    "near Deir ez-Zor and Damascus",
    "reportedly",
    "the council voted {n} to {n}",
    "a {n}-mile stretch of road",
    "no immediate reports of casualties",
    "the {w} was likely damaged",
    "Share this story",
    "the Hartley family",
    "{n} percent of voters",
    "aged {n}",
]
_WORDS = ["harbour", "northern", "river", "market", "old", "eastern", "coastal", "main"]


def paragraph(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(_PIECES).format(n=rng.randint(2, 400), w=rng.choice(_WORDS))
        parts.append(piece)
        length += len(piece) + 2
    return "Harbour blast\n\n" + ", ".join(parts)[:size] + "\n"


def timed(func, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - started)
    return best


def extractor_steps():
    """(name, function of a Document) for each extractor, then every rule together."""
    from newslint import lint_text
    from newslint.extract import attribution, casualties, dates, figures, names, numbers

    return [
        ("sentences", lambda doc: doc.sentences),
        ("quotes", lambda doc: doc.quotes),
        ("numbers", numbers.quantities),
        ("casualties", casualties.mentions),
        ("figures", figures.figures),
        ("dates", dates.dates),
        (
            "attribution",
            lambda doc: (
                [attribution.source_for(doc, i) for i in range(len(doc.sentences))]
                + attribution.people(doc)
            ),
        ),
        ("names", names.spellings),
        ("all rules", None),
    ], lint_text


def paragraph_rows(sizes: list[int], cap: float) -> list[tuple[str, list[str]]]:
    from newslint.document import Document

    steps, lint_text = extractor_steps()
    rows = []
    skipped: set[str] = set()
    for name, step in steps:
        cells = []
        for size in sizes:
            if name in skipped:
                cells.append("—")
                continue
            text = paragraph(size)

            def run(text=text, step=step):
                if step is None:
                    lint_text(text, "long.txt", select=["ALL"], date=dt.date(2018, 2, 8))
                else:
                    doc = Document(text, "long.txt")
                    doc.reference_date = dt.date(2018, 2, 8)
                    step(doc)

            seconds = timed(run)
            cells.append(f"{seconds:.3f}")
            if seconds > cap:
                skipped.add(name)
        rows.append((name, cells))
    return rows


def deep_tree(root: Path, depth: int) -> Path:
    """One-letter folder names, so 2,000 levels stay under the 4,096-byte path limit; made one
    level at a time (pathlib's mkdir(parents=True) recurses once per level)."""
    folder = str(root)
    os.mkdir(folder)
    for level in range(depth):
        folder = os.path.join(folder, "abcdefghij"[level % 10])
        os.mkdir(folder)
    Path(folder, "story.md").write_text("Deep story\n\nShare this story!\n", encoding="utf-8")
    return root


def tree_rows(depths: list[int]) -> list[tuple[int, float, int]]:
    from newslint import Overrides, lint_paths
    from newslint.config import discover

    rows = []
    for depth in depths:
        tmp = tempfile.mkdtemp()
        root = deep_tree(Path(tmp) / "tree", depth)
        cwd = os.getcwd()
        os.chdir(tmp)
        try:
            discover.cache_clear()
            seconds = timed(lambda root=root: lint_paths([str(root)], Overrides(jobs=1)))
            report = lint_paths([str(root)], Overrides(jobs=1))
        finally:
            os.chdir(cwd)
            subprocess.run(["rm", "-rf", tmp], check=False)  # shutil.rmtree recurses per level
        rows.append((depth, seconds, len(report.findings)))
    return rows


def many_files(count: int) -> tuple[float, float, int, str]:
    """`newslint check` (result cache on) over `count` small files, twice: cold and warm."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for index in range(count):
            sub = folder / f"d{index // 1000}"
            sub.mkdir(exist_ok=True)
            body = f"Story {index}\n\nThe council voted {index % 9} to 2 on Tuesday.\n"
            (sub / f"s{index}.txt").write_text(body, encoding="utf-8")
        env = {**os.environ, "XDG_CACHE_HOME": str(folder / ".xdg"), "NO_COLOR": "1"}
        times, exit_codes, problems = [], [], ""
        for _ in range(2):
            started = time.perf_counter()
            proc = subprocess.run(
                [NEWSLINT, "check", "-q", "."], cwd=folder, env=env, capture_output=True, text=True
            )
            times.append(time.perf_counter() - started)
            exit_codes.append(proc.returncode)
            problems = problems or proc.stderr.strip()[:200]
        return times[0], times[1], max(exit_codes), problems


def growth(cells: list[str]) -> str:
    """Time ratio between the last two sizes measured (size ratio in the header)."""
    values = [float(c) for c in cells if c != "—"]
    if len(values) < 2 or values[-2] <= 0:
        return "—"
    return f"{values[-1] / values[-2]:.1f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--cap", type=float, default=30.0)
    parser.add_argument("--many", type=int, default=0, help="also lint this many small files")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "growth.md"))
    args = parser.parse_args()
    kb = 1024
    sizes = [10 * kb, 40 * kb, 160 * kb] if args.quick else [10 * kb, 40 * kb, 250 * kb, kb * kb]
    depths = [10, 200, 500] if args.quick else [10, 200, 500, 1000, 2000]
    paragraphs = paragraph_rows(sizes, args.cap)
    trees = tree_rows(depths)
    header = " | ".join(f"{s // kb} KB" for s in sizes)
    lines = [
        "# Growth with input size",
        "",
        f"`bench/growth.py`, {dt.date.today()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs. In-process seconds, best of two.",
        "",
        "## One paragraph with no sentence break",
        "",
        "News words joined by commas (counts, outcome words, names, quotes, dates, sources), so "
        "the whole paragraph is one sentence. The last column is the time ratio of the last two "
        f"sizes ({sizes[-1] // sizes[-2]}x more text); linear growth gives about that ratio.",
        "",
        f"| step | {header} | growth |",
        "|---|" + "---:|" * (len(sizes) + 1),
    ]
    for name, cells in paragraphs:
        lines.append(f"| {name} | {' | '.join(cells)} | {growth(cells)} |")
    lines += [
        "",
        "## A folder tree, one story at the bottom",
        "",
        "`lint_paths` on the top folder: the walk, the config and .gitignore look-ups, then one "
        "story.",
        "",
        "A folder n deep has a path of n names, so a tree n deep holds about n²/2 names of "
        "path in all; the last column divides the time by that, and stays flat when the walk is "
        "linear in the size of the paths it reads.",
        "",
        "| depth | seconds | findings | µs per name of path |",
        "|---:|---:|---:|---:|",
    ]
    lines += [
        f"| {depth} | {seconds:.3f} | {found} | {1e6 * seconds / (depth * (depth + 1) / 2):.2f} |"
        for depth, seconds, found in trees
    ]
    if args.many:
        cold, warm, exit_code, problems = many_files(args.many)
        lines += [
            "",
            f"## {args.many:,} small files, result cache on",
            "",
            "`newslint check -q .` twice in one folder (a fresh user cache folder): the first "
            "run fills `.newslint_cache/`, the second reads it.",
            "",
            "| run | seconds | exit | stderr |",
            "|---|---:|---:|---|",
            f"| first | {cold:.1f} | {exit_code} | {problems or '(nothing)'} |",
            f"| second | {warm:.1f} | {exit_code} | |",
        ]
    Path(args.output).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
