"""Measure `compare` on the news clusters: findings per event by rule, a sample to read, and the
cost of comparing an event against linting its documents one by one.

    python bench/compare_eval.py [--corpus ../shared/corpus] [--sample 40] [--seed 1]
"""

from __future__ import annotations

import argparse
import collections
import random
import time
from pathlib import Path

from newslint.runner import Overrides, compare_paths, lint_paths


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    events = sorted(p for p in (args.corpus / "clusters").iterdir() if p.is_dir())
    by_rule: collections.Counter[str] = collections.Counter()
    pool = []
    largest = max(events, key=lambda e: len(list(e.iterdir())))
    for event in events:
        files = sorted(str(p) for p in event.iterdir() if p.is_file())
        report = compare_paths(files, Overrides(fail_on="never"))
        for f in report.findings:
            by_rule[f"{f.code} {f.rule}"] += 1
            pool.append(f)
    print(f"{len(events)} events, {sum(by_rule.values())} findings")
    for rule, n in sorted(by_rule.items()):
        print(f"    {rule}: {n} ({n / len(events):.2f} per event)")
    files = sorted(str(p) for p in largest.iterdir() if p.is_file())
    started = time.perf_counter()
    compare_paths(files, Overrides(fail_on="never"))
    compared = time.perf_counter() - started
    started = time.perf_counter()
    lint_paths(files, Overrides(fail_on="never"))
    linted = time.perf_counter() - started
    print(
        f"largest event ({len(files)} documents): compare {compared:.2f} s, "
        f"lint one by one {linted:.2f} s, ratio {compared / linted:.2f}"
    )
    for f in random.Random(args.seed).sample(pool, min(args.sample, len(pool))):
        print(f"\n{f.path}:{f.location.line}: {f.code} [{f.severity}] {f.message}")
        for r in f.related[:2]:
            print(f"    {r.location.path}:{r.location.line}: {r.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
