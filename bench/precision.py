"""How precise newslint's default rules are on clean copy, and how well it finds misspelt
places; writes bench/results/precision.md.

    .venv/bin/python bench/precision.py [--corpus ../shared/corpus] [--no-write]
        [--show CODE] [--half A|B]

1. **Findings per 1,000 articles, by rule**, with every default rule on, on the 2,225 BBC
   articles and on the 383 cluster articles (94 outlets, front matter set aside by the
   engine). Each corpus is split into two fixed halves by a hash (BBC by file, clusters by
   event): **A** is the half the rules were tuned on, **B** is held out; both are reported.
   Warnings and errors are the figure a pre-commit hook fails on.
2. **A random sample of 100 findings from the clusters** (fixed seed), each judged by a person
   in bench/judgements/precision.json ({"path:line:code": "true: why" | "false: why"};
   the boilerplate judgements of bench/judgements/boilerplate-clean.json count too). Because
   the sample is mostly web chrome that the clusters' automatic extraction left in, every
   finding of the names and attribution packs on the clusters is judged as well (the census).
   An unjudged finding counts as false.
3. **Planted place typos** (bench/planted_places.py): sentences written for this bench, naming
   countries, capitals, US states and large cities, with one typo each (a dropped, doubled,
   swapped or keyboard-slipped letter), pasted into clean BBC articles, with the right spelling
   elsewhere in the story and without it; and controls: real places one letter from a famous
   one ("Yalta" beside "Malta"), which must give no finding. Places are split into halves
   (A tuned on, B held out) by a hash.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import hashlib
import json
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from newslint import lint_text
from newslint.finding import Severity

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import planted_places  # noqa: E402

JUDGED = ROOT / "bench" / "judgements" / "precision.json"
CHROME_JUDGED = ROOT / "bench" / "judgements" / "boilerplate-clean.json"
CENSUS_PACKS = ("names", "attribution")
SAMPLE = 100
SEED = 18


def half(corpus: Path, path: Path) -> str:
    """A or B, fixed: BBC articles by file, cluster articles by event (one event, one half)."""
    rel = path.relative_to(corpus)
    key = rel.parts[1] if rel.parts[0] == "clusters" else "/".join(rel.parts[1:])
    return "AB"[hashlib.blake2b(key.encode(), digest_size=4).digest()[0] % 2]


def _lint(job: tuple[str, str]) -> list[dict]:
    corpus, name = job
    path = Path(corpus) / name
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.split("\n")
    body = _body_line(text)
    out = []
    for f in lint_text(text, str(path)):
        line = lines[f.location.line - 1] if 0 < f.location.line <= len(lines) else ""
        out.append(
            {
                "key": f"{name}:{f.location.line}:{f.code}",
                # boilerplate-clean.json numbers a cluster article's lines from its body
                "body_key": f"{name}:{f.location.line - body}:{f.code}",
                "code": f.code,
                "rule": f.rule,
                "severity": str(f.severity),
                "message": f.message,
                "line": line.strip(),
            }
        )
    return out


def _body_line(text: str) -> int:
    """Lines before a cluster article's body (its front matter and the blank lines after)."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            rest = text[end + 4 :]
            return text[: end + 4].count("\n") + (len(rest) - len(rest.lstrip("\n")))
    return 0


def lint_corpus(corpus: Path, files: list[Path]) -> dict[Path, list[dict]]:
    jobs = [(str(corpus), str(p.relative_to(corpus))) for p in files]
    with ProcessPoolExecutor(2) as pool:
        return dict(zip(files, pool.map(_lint, jobs, chunksize=16), strict=True))


def per_thousand(found: dict[Path, list[dict]], corpus: Path) -> dict:
    """{half: {"articles": n, "rules": Counter(code rule severity), "warn": n, "warn_text": n}}"""
    out = {
        h: {"articles": 0, "rules": collections.Counter(), "warn": 0, "warn_copy": 0} for h in "AB"
    }
    for path, findings in found.items():
        h = out[half(corpus, path)]
        h["articles"] += 1
        for f in findings:
            h["rules"][(f["code"], f["rule"], f["severity"])] += 1
            if f["severity"] != str(Severity.INFO):
                h["warn"] += 1
                if not f["rule"].startswith("boilerplate/"):
                    h["warn_copy"] += 1
    return out


def judgements() -> dict[str, str]:
    judged = {k: v for k, v in json.loads(CHROME_JUDGED.read_text(encoding="utf-8")).items()}
    judged.update(json.loads(JUDGED.read_text(encoding="utf-8")))
    return judged


def verdict(judged: dict[str, str], f: dict) -> str:
    text = judged.get(f["key"]) or judged.get(f["body_key"]) or ""
    return "true" if text.startswith("true") else "false" if text.startswith("false") else "?"


def write(path: Path, sections: list[str]) -> None:
    path.write_text("\n".join(sections) + "\n", encoding="utf-8")


def _rate(n: int, articles: int) -> str:
    return f"{1000 * n / max(1, articles):.1f}"


def table_per_thousand(name: str, stats: dict) -> list[str]:
    rows = [
        f"### {name}",
        "",
        "| rule | severity | A per 1,000 | B per 1,000 | all per 1,000 |",
        "|---|---|---:|---:|---:|",
    ]
    rules = sorted(set(stats["A"]["rules"]) | set(stats["B"]["rules"]))
    a, b = stats["A"]["articles"], stats["B"]["articles"]
    for rule in rules:
        na, nb = stats["A"]["rules"][rule], stats["B"]["rules"][rule]
        rows.append(
            f"| {rule[0]} `{rule[1]}` | {rule[2]} | {_rate(na, a)} | {_rate(nb, b)} | "
            f"{_rate(na + nb, a + b)} |"
        )
    labels = (
        ("**warnings + errors, all packs**", "warn"),
        ("warnings + errors outside the boilerplate pack", "warn_copy"),
    )
    for label, key in labels:
        na, nb = stats["A"][key], stats["B"][key]
        rows.append(f"| {label} | | {_rate(na, a)} | {_rate(nb, b)} | {_rate(na + nb, a + b)} |")
    rows += ["", f"Articles: A {a}, B {b}.", ""]
    return rows


def precision_rows(title: str, items: list[dict], judged: dict[str, str]) -> tuple[list[str], dict]:
    by_rule: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for f in items:
        by_rule[f"{f['code']} `{f['rule']}`"][verdict(judged, f)] += 1
    rows = [
        f"### {title}",
        "",
        "| rule | findings | true | false | unjudged | precision |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    total = collections.Counter()
    for rule, c in sorted(by_rule.items()):
        n = sum(c.values())
        total.update(c)
        rows.append(
            f"| {rule} | {n} | {c['true']} | {c['false']} | {c['?']} | {c['true'] / n:.0%} |"
        )
    n = sum(total.values())
    if n:
        rows.append(
            f"| **all** | {n} | {total['true']} | {total['false']} | {total['?']} | "
            f"{total['true'] / n:.0%} |"
        )
    return [*rows, ""], by_rule


def listing(items: list[dict], judged: dict[str, str]) -> list[str]:
    rows = ["| finding | judgement | line |", "|---|---|---|"]
    for f in items:
        j = judged.get(f["key"]) or judged.get(f["body_key"]) or "unjudged"
        line = f["line"][:140].replace("|", "\\|")
        rows.append(f"| `{f['key']}` {f['message'][:90]} | {j[:90]} | {line} |".replace("\n", " "))
    return [*rows, ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--show", help="print every finding of this rule code (for judging)")
    parser.add_argument("--half", choices="AB", help="with --show: one half only")
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    bbc_files = sorted((corpus / "bbc").glob("*/*.txt"))
    cluster_files = sorted(p for p in (corpus / "clusters").glob("*/*") if p.is_file())
    bbc = lint_corpus(corpus, bbc_files)
    clusters = lint_corpus(corpus, cluster_files)
    judged = judgements()
    if args.show:
        for found in (bbc, clusters):
            for path, findings in found.items():
                if args.half and half(corpus, path) != args.half:
                    continue
                for f in findings:
                    if f["code"] == args.show:
                        mark = verdict(judged, f)
                        print(f"{f['key']} [{mark}] {f['message']}\n    {f['line'][:300]}")
        return 0
    stats = {"bbc": per_thousand(bbc, corpus), "clusters": per_thousand(clusters, corpus)}
    pool = sorted((f for fs in clusters.values() for f in fs), key=lambda f: f["key"])
    sample = random.Random(SEED).sample(pool, min(SAMPLE, len(pool)))
    census = [f for f in pool if f["rule"].split("/")[0] in CENSUS_PACKS]
    bbc_census = sorted(
        (f for fs in bbc.values() for f in fs if f["rule"].split("/")[0] in CENSUS_PACKS),
        key=lambda f: f["key"],
    )
    plants = planted_places.measure(corpus)

    sections = [
        "# Precision on clean copy, and misspelt places",
        "",
        f"Written by `bench/precision.py` on {dt.date.today().isoformat()}; every default rule on.",
        "",
        "## Findings per 1,000 articles, by rule",
        "",
        *table_per_thousand("BBC (2,225 edited articles, 2004–05)", stats["bbc"]),
        *table_per_thousand("Clusters (383 articles by 94 outlets, 2012–2018)", stats["clusters"]),
        "The cluster articles were extracted from web pages automatically, and the extraction",
        "left page chrome in (captions, share bars, 'Read more' links, photo credits): the",
        "boilerplate findings there were judged one by one for issue 16 and all were true",
        "(bench/results/boilerplate.md). The row outside the boilerplate pack is the figure",
        "for the copy itself.",
        "",
        "## Judged findings on the clusters",
        "",
    ]
    rows, _ = precision_rows(
        f"A random sample of {len(sample)} findings (seed {SEED})", sample, judged
    )
    sections += rows
    rows, _ = precision_rows("Every names and attribution finding (census)", census, judged)
    sections += rows
    rows, _ = precision_rows(
        "Every names and attribution finding on the BBC (census)", bbc_census, judged
    )
    sections += rows
    sections += planted_places.report(plants)
    sections += ["## The judged findings", "", "### Sample", "", *listing(sample, judged)]
    sections += ["### Names and attribution census (clusters)", "", *listing(census, judged)]
    sections += ["### Names and attribution census (BBC)", "", *listing(bbc_census, judged)]
    text = "\n".join(sections)
    print(text)
    if not args.no_write:
        write(ROOT / "bench" / "results" / "precision.md", sections)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
