"""Measure the boilerplate pack: line-level precision/recall and false positives on clean copy.

    python bench/boilerplate_eval.py [--corpus ../shared/corpus] [--show-fp 20] [--show-fn 20]

1. `corpus/boilerplate/<id>/`: scraped pages with a label per non-empty raw line (`body`,
   `boilerplate`, `ambiguous`). A line counts as flagged when any boilerplate finding covers it.
   Ambiguous lines are left out. English pages only (judged by common-word share in clean.txt).
2. `corpus/bbc/`: 2,225 edited BBC articles; every finding there is a false positive. Reports
   findings per 1,000 articles, by rule.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

from newslint import lint_text

_COMMON = {"the", "and", "of", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with"}


def is_english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) >= 30 and sum(w in _COMMON for w in words) / len(words) >= 0.12


def labelled_lines(page: Path) -> list[tuple[int, str, str]]:
    """(1-based raw line number, label, text) for each labelled line."""
    raw = page.joinpath("raw_text.txt").read_text(encoding="utf-8").split("\n")
    labels = []
    for row in page.joinpath("line_labels.tsv").read_text(encoding="utf-8").split("\n"):
        if row:
            label, _, text = row.partition("\t")
            labels.append((label, text))
    out, cursor = [], 0
    for number, line in enumerate(raw, 1):
        if not line.strip() or cursor >= len(labels):
            continue
        label, text = labels[cursor]
        if text.strip() != line.strip():
            raise SystemExit(f"{page}: labels out of step with raw_text.txt at line {number}")
        out.append((number, label, line))
        cursor += 1
    return out


def flagged_lines(text: str) -> dict[int, set[str]]:
    lines: dict[int, set[str]] = collections.defaultdict(set)
    for f in lint_text(text, "page.txt", select=["boilerplate"]):
        for number in range(f.location.line, f.location.end_line + 1):
            lines[number].add(f.code)
    return lines


def evaluate_pages(root: Path, show_fp: int, show_fn: int) -> None:
    tp = fp = fn = tn = pages = 0
    per_rule: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    false_pos, false_neg = [], []
    for page in sorted(p for p in root.iterdir() if p.is_dir()):
        if not is_english(page.joinpath("clean.txt").read_text(encoding="utf-8")):
            continue
        pages += 1
        flagged = flagged_lines(page.joinpath("raw_text.txt").read_text(encoding="utf-8"))
        for number, label, line in labelled_lines(page):
            if label == "ambiguous":
                continue
            codes = flagged.get(number, set())
            is_chrome = label == "boilerplate"
            for code in codes:
                per_rule[code][0 if is_chrome else 1] += 1
            if codes and is_chrome:
                tp += 1
            elif codes:
                fp += 1
                false_pos.append((page.name, number, sorted(codes), line.strip()[:110]))
            elif is_chrome:
                fn += 1
                false_neg.append((page.name, number, line.strip()[:110]))
            else:
                tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    print(f"## Boilerplate lines on {pages} English pages of corpus/boilerplate\n")
    print("| lines flagged | true chrome | body flagged | chrome missed | precision | recall |")
    print("|---|---|---|---|---|---|")
    print(f"| {tp + fp} | {tp} | {fp} | {fn} | {precision:.3f} | {recall:.3f} |\n")
    print("| rule | chrome lines | body lines | precision |")
    print("|---|---|---|---|")
    for code, (good, bad) in sorted(per_rule.items()):
        print(f"| {code} | {good} | {bad} | {good / (good + bad):.3f} |")
    print()
    for item in false_pos[:show_fp]:
        print("FP", *item)
    for item in false_neg[:show_fn]:
        print("FN", *item)


def evaluate_bbc(root: Path) -> None:
    files = sorted(root.glob("*/*.txt"))
    counts: collections.Counter = collections.Counter()
    examples: dict[str, str] = {}
    start = time.perf_counter()
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        for f in lint_text(text, str(path), select=["boilerplate"]):
            counts[f.code] += 1
            examples.setdefault(f.code, f"{path.relative_to(root)}:{f.location.line} {f.message}")
    elapsed = time.perf_counter() - start
    total = sum(counts.values())
    print(f"## corpus/bbc: {len(files)} clean articles, linted in {elapsed:.1f} s (in-process)\n")
    print(f"Findings: {total} ({1000 * total / max(len(files), 1):.2f} per 1,000 articles)\n")
    for code, n in counts.most_common():
        print(f"- {code}: {n} ({1000 * n / len(files):.2f} per 1,000), e.g. {examples[code]}")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default)
    parser.add_argument("--show-fp", type=int, default=0, help="print this many false positives")
    parser.add_argument("--show-fn", type=int, default=0, help="print this many missed lines")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    evaluate_pages(args.corpus / "boilerplate", args.show_fp, args.show_fn)
    evaluate_bbc(args.corpus / "bbc")
    return 0


if __name__ == "__main__":
    sys.exit(main())
