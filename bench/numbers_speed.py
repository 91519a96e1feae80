"""Speed of the numbers pack: extractor throughput and whole-process time of one story.

    python bench/numbers_speed.py [--corpus ../shared/corpus] [--runs 15] [--peer proselint]

1. Extractor throughput on one core: the BBC corpus (or the examples when it is absent) is
   split into sentences first, then the numbers, casualty and figure extractors run over it;
   reports sentences per second (target: at least 5,000).
2. Whole-process time (median of --runs) of `newslint check --select numbers` on one ~4 KB
   story with no unit words and on one with unit words, beside `python -c pass`, and the peer
   linter when it is installed, as ratios. Also checks that the story without unit words never
   imports quantulum3.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newslint.document import Document
from newslint.extract import casualties, figures, numbers

ROOT = Path(__file__).resolve().parent.parent

PARAGRAPH = (
    "More than 100 people were killed when the river burst its banks on Tuesday, officials "
    "said. At least 40 others were injured and dozens remain missing. The mayor, 58, said the "
    "town had not seen such a flood since 1953, when around 200 people died.\n\n"
)
UNITS = "The water rose six feet in an hour; the wall, five miles east of Hallam, held.\n\n"


def story(with_units: bool) -> str:
    text, extra = "", UNITS if with_units else ""
    while len(text.encode()) < 4096:
        text += PARAGRAPH + extra
    return text


def corpus_texts(corpus: Path) -> list[str]:
    files = sorted((corpus / "bbc").glob("*/*.txt")) or sorted((ROOT / "examples").glob("*"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in files]


def throughput(texts: list[str]) -> None:
    docs = [Document(t, "a.txt") for t in texts]
    sentences = sum(len(d.sentences) for d in docs)  # the document model is not timed
    numbers.scan("five miles")  # load quantulum3 and the tables outside the timing
    started = time.perf_counter()
    for doc in docs:
        numbers.quantities(doc)
    counted = time.perf_counter() - started
    for doc in docs:
        casualties.mentions(doc)
        figures.figures(doc)
    total = time.perf_counter() - started
    print(f"extractor: {len(docs)} articles, {sentences} sentences")
    print(f"    quantities only:                 {sentences / counted:9,.0f} sentences/s")
    print(f"    quantities + casualties + figures: {sentences / total:7,.0f} sentences/s")


def timed(command: list[str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def whole_process(runs: int, peer: str | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        plain, units = Path(tmp, "plain.md"), Path(tmp, "units.md")
        plain.write_text(story(False), encoding="utf-8")
        units.write_text(story(True), encoding="utf-8")
        check = [sys.executable, "-m", "newslint", "check", "--select", "numbers", "--fail-on"]
        baseline = timed([sys.executable, "-c", "pass"], runs)
        rows = [
            ("python -c pass", baseline),
            ("newslint, numbers, no unit words", timed([*check, "never", str(plain)], runs)),
            ("newslint, numbers, with unit words", timed([*check, "never", str(units)], runs)),
        ]
        peer_path = shutil.which(peer) if peer else None
        if peer_path:
            rows.append((f"{peer} check (peer)", timed([peer_path, "check", str(plain)], runs)))
        code = (
            "import sys; from newslint import lint_text; "
            f"lint_text(open({str(plain)!r}).read(), 's.md', select=['numbers']); "
            "print('quantulum3' in sys.modules)"
        )
        loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    size = len(story(False).encode())
    print(f"whole process, one {size / 1024:.1f} KB story, median of {runs} runs:")
    reference = rows[-1][1] if peer_path else baseline
    for name, seconds in rows:
        print(f"    {name:38} {seconds * 1000:7.0f} ms   x{seconds / reference:5.2f}")
    print(f"    quantulum3 imported for the story without unit words: {loaded.stdout.strip()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--peer", default="proselint")
    args = parser.parse_args()
    throughput(corpus_texts(args.corpus))
    whole_process(args.runs, args.peer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
