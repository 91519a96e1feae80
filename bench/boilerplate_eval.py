"""Measure the boilerplate pack on copy it was not written from, and write
bench/results/boilerplate.md.

    .venv/bin/python bench/boilerplate_eval.py [--corpus ../shared/corpus] [--show-fp 20]
        [--show-fn 20] [--half A|B] [--no-write]

1. Scraped pages (`corpus/boilerplate/<id>/`, English ones): every non-empty raw line is
   labelled `body`, `boilerplate` or `ambiguous`; a line counts as flagged when any boilerplate
   finding covers it. The pages are split by site into two fixed halves (a hash of the domain):
   **A** is the half the rules were tuned on, **B** is held out. Both are reported, and the gap
   between them says whether the rules generalise.
2. Clean copy: the 2,225 BBC articles and the bodies of the 383 cluster articles. Findings
   there are false, except on cluster articles whose automatic extraction left chrome in
   (listed with a judgement in bench/results/boilerplate.md).
3. Planted chrome (bench/planted_chrome.py): lines of each category, several wordings each,
   written for this bench and pasted between two paragraphs of clean BBC articles, beside
   controls that use the same words as copy. Recall per category; false alarms per control.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import json
import random
import re
import sys
from pathlib import Path

from newslint import lint_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from planted_chrome import CATEGORIES, CONTROLS, HELD_OUT  # noqa: E402

_COMMON = {"the", "and", "of", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with"}


def is_english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) >= 30 and sum(w in _COMMON for w in words) / len(words) >= 0.12


def half_of(page: Path) -> str:
    """A or B, fixed by the page's site: every page of one site is in the same half."""
    url = json.loads(page.joinpath("meta.json").read_text(encoding="utf-8"))["url"]
    site = re.sub(r"^www\d?\.", "", url.split("://", 1)[-1].split("/", 1)[0].lower())
    return "AB"[hashlib.blake2b(site.encode(), digest_size=4).digest()[0] % 2]


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


def boilerplate_findings(text: str, path: str = "page.txt"):
    return lint_text(text, path, select=["boilerplate"])


def flagged_lines(text: str) -> dict[int, set[str]]:
    lines: dict[int, set[str]] = collections.defaultdict(set)
    for f in boilerplate_findings(text):
        for number in range(f.location.line, f.location.end_line + 1):
            lines[number].add(f.code)
    return lines


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.pages = 0
        self.false_pos: list[tuple] = []
        self.false_neg: list[tuple] = []
        self.per_rule: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0


def evaluate_pages(root: Path) -> dict[str, Score]:
    scores = {"A": Score(), "B": Score()}
    for page in sorted(p for p in root.iterdir() if p.is_dir()):
        if not is_english(page.joinpath("clean.txt").read_text(encoding="utf-8")):
            continue
        score = scores[half_of(page)]
        score.pages += 1
        flagged = flagged_lines(page.joinpath("raw_text.txt").read_text(encoding="utf-8"))
        for number, label, line in labelled_lines(page):
            if label == "ambiguous":
                continue
            codes = flagged.get(number, set())
            is_chrome = label == "boilerplate"
            for code in codes:
                score.per_rule[code][0 if is_chrome else 1] += 1
            if codes and is_chrome:
                score.tp += 1
            elif codes:
                score.fp += 1
                score.false_pos.append((page.name, number, sorted(codes), line.strip()[:110]))
            elif is_chrome:
                score.fn += 1
                score.false_neg.append((page.name, number, line.strip()[:110]))
    return scores


def _body(text: str) -> str:
    """A cluster article without its front matter."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4 :].lstrip("\n")
    return text


def clean_findings(corpus: Path) -> dict[str, tuple[int, list]]:
    """{corpus: (articles, [(file, line, code, message), ...])} on clean copy."""
    out = {}
    bbc = sorted((corpus / "bbc").glob("*/*.txt"))
    found = []
    for path in bbc:
        text = path.read_bytes().decode("utf-8", errors="replace")
        for f in boilerplate_findings(text, str(path.relative_to(corpus))):
            found.append((f.path, f.location.line, f.code, f.message))
    out["bbc"] = (len(bbc), found)
    clusters = sorted((corpus / "clusters").glob("*/*.md"))
    found = []
    for path in clusters:
        text = _body(path.read_text(encoding="utf-8", errors="replace"))
        for f in boilerplate_findings(text, str(path.relative_to(corpus))):
            found.append((f.path, f.location.line, f.code, f.message))
    out["clusters"] = (len(clusters), found)
    return out


def _articles(corpus: Path, count: int, seed: int) -> list[list[str]]:
    """Paragraph lists of `count` clean BBC articles with at least four paragraphs."""
    paths = sorted((corpus / "bbc").glob("*/*.txt"))
    random.Random(seed).shuffle(paths)
    out = []
    for path in paths:
        text = path.read_bytes().decode("utf-8", errors="replace")
        paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
        if len(paragraphs) >= 4:
            out.append(paragraphs)
        if len(out) == count:
            break
    return out


def planted(corpus: Path, groups: dict[str, list[str]], articles: int = 60) -> dict[str, list]:
    """{category: [found, tried, missed lines, found lines]}, each line pasted between two
    paragraphs."""
    texts = _articles(corpus, articles, seed=16)
    rng = random.Random(1616)
    out = {}
    for category, lines in groups.items():
        found = tried = 0
        misses, hits = [], []
        for index, line in enumerate(lines * max(1, articles // len(lines))):
            paragraphs = texts[index % len(texts)]
            at = rng.randint(2, len(paragraphs) - 1)
            story = [*paragraphs[:at], line, *paragraphs[at:]]
            target = 2 * at + 1  # paragraphs are one blank line apart; 1-based
            flagged = {
                n
                for f in boilerplate_findings("\n\n".join(story) + "\n")
                for n in range(f.location.line, f.location.end_line + 1)
            }
            hit = any(target + k in flagged for k in range(line.count("\n") + 1))
            tried += 1
            found += hit
            (hits if hit else misses).append(line)
        out[category] = [found, tried, sorted(set(misses)), sorted(set(hits))]
    return out


def write_results(path: Path, scores, clean, plants, held_out, controls, judged) -> None:
    lines = [
        "# Boilerplate: generalisation",
        "",
        f"`bench/boilerplate_eval.py`, {dt.date.today()}. Pages are split by site into two "
        "fixed halves (a hash of the domain): the rules and the model's threshold were tuned on "
        "**A** only; **B** is held out.",
        "",
        "## Scraped pages, line level",
        "",
        "| half | pages | lines flagged | true chrome | body flagged | chrome missed | "
        "precision | recall |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in scores.items():
        lines.append(
            f"| {name}{' (tuned)' if name == 'A' else ' (held out)'} | {s.pages} | "
            f"{s.tp + s.fp} | {s.tp} | {s.fp} | {s.fn} | {s.precision:.4f} | {s.recall:.3f} |"
        )
    a, b = scores["A"], scores["B"]
    met = b.recall >= 0.85 and b.precision >= 0.995
    lines += [
        "",
        f"Gap (A minus B): precision {a.precision - b.precision:+.4f}, "
        f"recall {a.recall - b.recall:+.3f}.",
        "",
        f"Target on the held-out half: recall ≥ 0.85 at precision ≥ 0.995 — "
        f"{'met' if met else 'not met'}: recall {b.recall:.3f} "
        f"({'met' if b.recall >= 0.85 else 'not met'}), precision {b.precision:.4f} "
        f"({'met' if b.precision >= 0.995 else 'not met'}).",
        "",
        "Before the chrome model (phrase rules only, same split): A precision 0.9956, recall "
        "0.592; B precision 0.9962, recall 0.615. Lines the labels call `boilerplate` include "
        "bylines and datelines, which the pack keeps on purpose; lines they call `body` include "
        "picture credits, syndication notes and sponsored-deal prompts that the pack reports as "
        "chrome, so some of the body lines flagged are chrome by the pack's own definition.",
        "",
        "## Clean articles",
        "",
        "| corpus | articles | findings | per 1,000 | false (judged) | false per 1,000 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, (count, found) in clean.items():
        false = [f for f in found if judged.get(_key(f), "unjudged") != "true"]
        lines.append(
            f"| {name} | {count:,} | {len(found)} | {1000 * len(found) / count:.2f} | "
            f"{len(false)} | {1000 * len(false) / count:.2f} |"
        )
    lines += [
        "",
        "These corpora are not held out: their false findings (a desk's update note, a "
        "standfirst, repeated song lyrics, a sentence naming two networks) were read while the "
        "model was tuned, and each shape got a guard and a test.",
        "",
        "A finding is *true* when the line is chrome by the pack's own definition (the cluster "
        "articles were extracted automatically and keep captions, credits, link teasers, "
        "copyright footers and duplicated paragraphs; the BBC set keeps a few web promos such "
        "as 'Listen again to the interview on the Radio Five Live website.'). Judgements are in "
        "bench/judgements/boilerplate-clean.json; a finding nobody judged counts as false.",
        "",
        "Every finding on clean copy, with its judgement:",
        "",
    ]
    for name, (_, found) in clean.items():
        for f in found:
            verdict = judged.get(_key(f), "unjudged")
            lines.append(f"- {name} `{f[0]}:{f[1]}` {f[2]} — {verdict}: {f[3][:120]}")
    lines += [
        "",
        "## Planted chrome (own lines, pasted between paragraphs of clean BBC articles)",
        "",
        "Two sets of lines, both written for this bench. The first was used while tuning (a miss "
        "there led to a change of signal, never to a phrase); the second was written after "
        "tuning and never used to change the model.",
        "",
        "| category | tuning set: found / tried | recall | held-out set: found / tried | recall |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, (found, tried, *_) in plants.items():
        held, held_tried = held_out[name][:2]
        lines.append(
            f"| {name} | {found} / {tried} | {found / tried:.1%} | {held} / {held_tried} | "
            f"{held / held_tried:.1%} |"
        )
    lines += [
        "",
        "## Controls (copy that uses the same words, pasted the same way)",
        "",
        "| control | flagged | tried | false alarms |",
        "|---|---:|---:|---:|",
    ]
    for name, (found, tried, *_) in controls.items():
        lines.append(f"| {name} | {found} | {tried} | {found / tried:.1%} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _key(finding) -> str:
    return f"{finding[0]}:{finding[1]}:{finding[2]}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--show-fp", type=int, default=0, help="print this many false positives")
    parser.add_argument("--show-fn", type=int, default=0, help="print this many missed lines")
    parser.add_argument("--half", default="A", help="which half --show-fp/--show-fn print from")
    parser.add_argument("--no-write", action="store_true", help="print, do not write results")
    parser.add_argument("--pages-only", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    scores = evaluate_pages(args.corpus / "boilerplate")
    for name, s in scores.items():
        print(
            f"{name}: pages {s.pages} tp {s.tp} fp {s.fp} fn {s.fn} "
            f"precision {s.precision:.4f} recall {s.recall:.3f}"
        )
    chosen = scores[args.half]
    for item in chosen.false_pos[: args.show_fp]:
        print("FP", *item)
    for item in chosen.false_neg[: args.show_fn]:
        print("FN", *item)
    if args.pages_only:
        return 0
    clean = clean_findings(args.corpus)
    judged_file = ROOT / "bench" / "judgements" / "boilerplate-clean.json"
    judged = json.loads(judged_file.read_text()) if judged_file.is_file() else {}
    for name, (count, found) in clean.items():
        false = [f for f in found if judged.get(_key(f), "unjudged") != "true"]
        print(f"{name}: {len(found)} findings on {count} articles, {len(false)} not judged true")
        for f in found:
            print("  ", judged.get(_key(f), "unjudged"), _key(f), f[3][:100])
    plants = planted(args.corpus, CATEGORIES)
    held_out = planted(args.corpus, HELD_OUT)
    controls = planted(args.corpus, CONTROLS)
    for name, (found, tried, misses, _) in held_out.items():
        print(f"held out {name}: {found}/{tried}", *(f"\n    missed: {m!r}" for m in misses[:4]))
    for name, (found, tried, misses, _) in plants.items():
        print(f"{name}: {found}/{tried}", *(f"\n    missed: {m!r}" for m in misses[:4]))
    for name, (found, tried, _, flagged) in controls.items():
        print(f"{name}: {found}/{tried}", *(f"\n    flagged: {m!r}" for m in flagged))
    if not args.no_write:
        out = ROOT / "bench" / "results" / "boilerplate.md"
        write_results(out, scores, clean, plants, held_out, controls, judged)
        print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
