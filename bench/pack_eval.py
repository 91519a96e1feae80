"""Measure a pack on real copy: findings per 1,000 articles, and a sample to read.

    python bench/pack_eval.py --pack numbers [--corpus ../shared/corpus] [--sample 40] [--seed 1]
    python bench/pack_eval.py --pack dates --seeds ../shared/seeds [--date 2018-02-08]
    python bench/pack_eval.py --pack numbers --plant

1. `corpus/bbc/` (2,225 edited BBC articles), every article in `corpus/clusters/` (one story
   per file) and the 181 hand-cleaned article bodies in `corpus/boilerplate/*/clean.txt`:
   findings per 1,000 articles, by rule.
2. A random sample of findings from both, printed with the flagged line and its related line,
   for a person to judge: precision is read, not guessed.
3. `--seeds`: every finding of the pack on the seed stories, with its related location
   (`--date` sets the reference date for stories without a publication line).
4. `--plant` (numbers): recall on planted casualty drift (see plant()).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import random
import time
from pathlib import Path

from boilerplate_eval import is_english

from newslint import lint_text
from newslint.document import Document
from newslint.extract import casualties


def articles(corpus: Path) -> dict[str, list[Path]]:
    return {
        "bbc": sorted((corpus / "bbc").glob("*/*.txt")),
        "clusters": sorted(p for p in (corpus / "clusters").glob("*/*") if p.is_file()),
        # More real copy for the sample to read: the hand-cleaned bodies of scraped pages.
        "boilerplate (clean bodies)": sorted((corpus / "boilerplate").glob("*/clean.txt")),
    }


def line_of(text: str, number: int) -> str:
    lines = text.split("\n")
    return lines[number - 1].strip() if 0 < number <= len(lines) else ""


def show(path: Path, text: str, finding) -> str:
    loc = finding.location
    out = [f"{path}:{loc.line}:{loc.column}: {finding.code} [{finding.severity}] {finding.message}"]
    out.append(f"    here:    {line_of(text, loc.line)[:300]}")
    for related in finding.related:
        if related.location.line != loc.line:
            out.append(f"    related: {line_of(text, related.location.line)[:300]}")
    return "\n".join(out)


def measure(corpus: Path, pack: str, sample: int, seed: int) -> None:
    pool = []
    for name, files in articles(corpus).items():
        counts: collections.Counter[str] = collections.Counter()
        started = time.perf_counter()
        read = 0
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            if not is_english(text):
                continue  # the boilerplate pages include German, Russian, Chinese ...
            read += 1
            for finding in lint_text(text, str(path), select=[pack]):
                counts[f"{finding.code} {finding.rule} [{finding.severity}]"] += 1
                pool.append((path, text, finding))
        elapsed = time.perf_counter() - started
        total = sum(counts.values())
        print(
            f"{name}: {len(files)} articles, {total} findings, "
            f"{1000 * total / max(1, len(files)):.1f} per 1,000 articles ({elapsed:.1f} s)"
        )
        for rule, n in sorted(counts.items()):
            print(f"    {rule}: {n} ({1000 * n / max(1, len(files)):.1f} per 1,000)")
    if sample and pool:
        print(f"\nSample of {min(sample, len(pool))} findings (seed {seed}):\n")
        for path, text, finding in random.Random(seed).sample(pool, min(sample, len(pool))):
            print(show(path, text, finding))
            print()


def plant(corpus: Path) -> None:
    """Recall on planted drift: for each article with a casualty figure in the story's own
    voice, append the figure's sentence again as a new paragraph with the figure changed by
    half (rounded) and count the copies where casualty- or qualifier-drift fires on it."""
    tried = caught = 0
    misses = []
    for files in articles(corpus).values():
        for path in files:
            text = path.read_text(encoding="utf-8", errors="replace")
            if not is_english(text):
                continue
            doc = Document(text, str(path))
            own = [
                m
                for m in casualties.mentions(doc)
                if m.comparable
                and m.event is None
                and not m.quoted
                and m.qualifier == "exact"
                and m.value >= 2
                and m.text[0].isdigit()
            ]
            if not own:
                continue
            m = own[0]
            span = doc.sentences[m.sentence]
            changed = str(int(m.value * 1.5 + 1))
            sentence = doc.prose[span.start : m.start] + changed + doc.prose[m.end : span.end]
            planted = text.rstrip("\n") + "\n\n" + sentence.replace("\n", " ") + "\n"
            line = planted.count("\n")
            tried += 1
            found = lint_text(planted, str(path), select=["NL101", "NL102"])
            if any(f.location.line == line for f in found):
                caught += 1
            else:
                misses.append(f"{path}: {sentence[:160]}")
    print(f"planted drift: caught {caught} of {tried} ({100 * caught / max(1, tried):.0f} %)")
    for miss in misses[:10]:
        print("    missed:", miss)


def seeds(folder: Path, pack: str, date: dt.date | None) -> None:
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = lint_text(text, str(path), select=[pack], date=date)
        print(f"{path.name}: {len(found)} findings")
        for finding in found:
            print(show(path, text, finding))
        print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pack", default="numbers")
    parser.add_argument("--date", type=dt.date.fromisoformat, help="reference date for --seeds")
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seeds", type=Path)
    parser.add_argument("--plant", action="store_true", help="measure recall on planted drift")
    args = parser.parse_args()
    if args.seeds:
        seeds(args.seeds, args.pack, args.date)
    elif args.plant:
        plant(args.corpus)
    else:
        measure(args.corpus, args.pack, args.sample, args.seed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
