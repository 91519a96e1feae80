"""Measure `compare` on the news clusters and write bench/results/compare.md: every
cross-source number and date finding (NL104, NL206) with both lines and a judgement, precision
from the judgements, findings per event by rule, and the cost of comparing against linting.

    python bench/compare_eval.py [--corpus ../shared/corpus] [--no-write]

Judgements live in bench/judgements/compare-clusters.json ({"path:line:code": "real: why" or
"false: why"}); a finding nobody judged is listed as unjudged and counted as false.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import time
from pathlib import Path

from newslint.runner import Overrides, compare_paths, lint_paths

ROOT = Path(__file__).resolve().parent.parent
JUDGED = ROOT / "bench" / "judgements" / "compare-clusters.json"
CROSS = ("NL104", "NL206")


def _line(path: str, number: int) -> str:
    lines = Path(path).read_text(encoding="utf-8", errors="replace").split("\n")
    text = lines[number - 1].strip() if 0 < number <= len(lines) else ""
    return text if len(text) <= 180 else text[:179] + "…"


def key(f) -> str:
    return (
        f"{Path(f.path).relative_to(ROOT.parent / 'shared' / 'corpus')}:{f.location.line}:{f.code}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    events = sorted(p for p in (args.corpus / "clusters").iterdir() if p.is_dir())
    by_rule: collections.Counter[str] = collections.Counter()
    cross = []
    for event in events:
        files = sorted(str(p.resolve()) for p in event.iterdir() if p.is_file())
        report = compare_paths(files, Overrides(fail_on="never"))
        for f in report.findings:
            by_rule[f"{f.code} {f.rule}"] += 1
            if f.code in CROSS and str(f.severity) != "info":
                cross.append(f)
    judged = json.loads(JUDGED.read_text(encoding="utf-8")) if JUDGED.is_file() else {}
    rows, real = [], 0
    for f in cross:
        verdict = judged.get(key(f), "unjudged")
        real += verdict.startswith("real")
        others = "; ".join(
            f"`{Path(r.location.path).name}:{r.location.line}` "
            f"{_line(r.location.path, r.location.line)}"
            for r in f.related[:2]
        )
        rows.append(
            f"- **{verdict}** — {f.code} `{key(f)}` [{f.severity}] {f.message[:200]}\n"
            f"  - here: {_line(f.path, f.location.line)}\n  - other: {others}"
        )
        print(verdict, key(f), f.message[:160])
    precision = real / len(cross) if cross else 1.0
    largest = max(events, key=lambda e: len(list(e.iterdir())))
    files = sorted(str(p) for p in largest.iterdir() if p.is_file())
    started = time.perf_counter()
    compare_paths(files, Overrides(fail_on="never"))
    compared = time.perf_counter() - started
    started = time.perf_counter()
    lint_paths(files, Overrides(fail_on="never", jobs=1))
    linted = time.perf_counter() - started
    total = sum(by_rule.values())
    lines = [
        "# compare on the news clusters",
        "",
        f"`bench/compare_eval.py`, {dt.date.today()}: `newslint compare` on each of the "
        f"{len(events)} events of `../shared/corpus/clusters` ({total} findings, "
        f"{total / len(events):.2f} per event).",
        "",
        "| rule | findings | per event |",
        "|---|---:|---:|",
        *[f"| {rule} | {n} | {n / len(events):.2f} |" for rule, n in sorted(by_rule.items())],
        "",
        f"## Cross-source number and date findings (warning or error): {len(cross)}",
        "",
        f"Judged real: {real} of {len(cross)}, **precision {precision:.0%}** (target ≥ 80 %). "
        "A finding is real when an editor comparing the two reports would want to know: the "
        "outlets give different figures or dates for the same count of the same event.",
        "",
        *rows,
        "",
        f"Largest event ({len(files)} documents): compare {compared:.2f} s, lint one by one "
        f"{linted:.2f} s.",
    ]
    if not args.no_write:
        (ROOT / "bench" / "results" / "compare.md").write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(cross)} cross-source findings, {real} judged real, precision {precision:.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
