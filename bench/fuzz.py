"""Fuzz newslint for as long as asked: the document model, every extractor, every rule, the
fix and the decoder, on random and mutated news copy (tests/strategies.py), with hypothesis.

Not part of the test run (tests/test_properties.py checks the same properties on a small
budget). Each target is a hypothesis property run in rounds of `--round` examples with a fresh
random seed, round-robin, until `--minutes` have passed. A failure is shrunk by hypothesis to a
minimal input, recorded, and the run goes on. Writes bench/results/fuzz.md and exits 1 when
anything failed.

    .venv/bin/python bench/fuzz.py --minutes 12
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import platform
import random
import re
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newslint import __version__, lint_text  # noqa: E402
from newslint.document import Document  # noqa: E402
from newslint.extract import (  # noqa: E402
    attribution,
    casualties,
    dates,
    figures,
    ledger,
    names,
    numbers,
    units,
)
from newslint.finding import InputError  # noqa: E402
from newslint.fix import delete_lines, lines_to_delete  # noqa: E402
from newslint.reading import decode  # noqa: E402
from newslint.rulepack import load_registry  # noqa: E402
from newslint.runner import compare_texts  # noqa: E402
from tests.strategies import line_endings, stories  # noqa: E402

DATE = dt.date(2018, 2, 8)
COUNTS: Counter = Counter()


def _document(text: str) -> Document | None:
    try:
        doc = Document(text, "story.md")
    except InputError:  # invalid front matter: newslint's one-line refusal, not a crash
        return None
    doc.reference_date = DATE
    return doc


def fuzz_document(text: str) -> None:
    doc = _document(text)
    if doc is None:
        return
    assert len(doc.prose) == len(doc.text)
    for line in doc.lines:
        assert line.start <= line.core_start <= line.core_end <= line.end <= len(doc.text)
    for paragraph in doc.paragraphs:
        assert 0 <= paragraph.start <= paragraph.end <= len(doc.text)
    for sentence in doc.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(doc.text)
    for quote in doc.quotes:
        assert 0 <= quote.start <= quote.end <= len(doc.text)
        assert doc.in_quote(quote.start, quote.end)
    assert len(doc.unquoted) == len(doc.text)
    for offset in range(0, len(doc.text) + 1, max(1, len(doc.text) // 7)):
        line, column = doc.position(offset)
        assert doc.line_starts[line - 1] + column - 1 == offset
        doc.sentence_index(offset)
        doc.in_headline(offset)
    _ = doc.headline_lines, doc.heading_lines, doc.title, doc.date


def fuzz_bytes(data: bytes) -> None:
    try:
        decoded = decode(data, "x.txt")
    except InputError:
        return
    assert decoded.encode(decoded.text) == data
    fuzz_document(decoded.text)


def fuzz_numbers(text: str) -> None:
    doc = _document(text)
    if doc is not None:
        for q in numbers.quantities(doc):
            assert 0 <= q.start <= q.end <= len(doc.text)
    numbers.scan(text)
    for token in text.split()[:20]:
        numbers.number_value(token)


def fuzz_units(text: str) -> None:
    for match in re.finditer(r"\d+", text):
        units.unit_after(text, match.end(), True)
        units.unit_after(text, match.end(), False)


def fuzz_casualties(text: str) -> None:
    doc = _document(text)
    if doc is not None:
        found = casualties.mentions(doc)
        for a in found[:12]:
            for b in found[:12]:
                casualties.conflict(a, b)
                casualties.qualifier_drift(a, b)


def fuzz_figures(text: str) -> None:
    doc = _document(text)
    if doc is not None:
        found = figures.figures(doc)
        for a in found[:12]:
            for b in found[:12]:
                figures.agree(a, b, 0.05)


def fuzz_attribution(text: str) -> None:
    doc = _document(text)
    if doc is None:
        return
    attribution.people(doc)
    for index, _paragraph in attribution.quote_paragraphs(doc):
        attribution.speaker_in_paragraph(doc, index)
        attribution.introduced_before(doc, index)
    for index in range(len(doc.sentences)):
        attribution.source_for(doc, index)
    attribution.source_of(text)
    attribution.attributed(text)


def fuzz_dates(text: str) -> None:
    doc = _document(text)
    if doc is not None:
        dates.dates(doc)


def fuzz_names(text: str) -> None:
    doc = _document(text)
    if doc is not None:
        names.forms(doc)
        names.spellings(doc)
    words = text.split()[:10]
    for a in words:
        names.fold(a)
        names.skeleton(a)
        for b in words:
            names.edit_distance(a, b)


def fuzz_ledger(texts: list[str]) -> None:
    docs = [d for d in map(_document, texts) if d is not None]
    ledger.casualty_rows(docs)
    ledger.date_rows(docs)
    ledger.figure_rows(docs)


def _outcome(text: str):
    try:
        findings = lint_text(text, "story.md", select=["ALL"], date=DATE)
    except InputError as exc:
        return str(exc)
    return [(f.location, f.code, f.message, f.related) for f in findings]


def fuzz_rules(text: str) -> None:
    first = _outcome(text)
    assert first == _outcome(text), "not deterministic"
    assert first == _outcome(line_endings(text, "\r\n")), "depends on line endings"
    if isinstance(first, str):
        return
    lines = Document(text, "story.md").text.split("\n")
    for location, *_ in first:
        assert 1 <= location.line <= location.end_line <= len(lines)
        assert 1 <= location.column <= len(lines[location.line - 1]) + 1
        assert 1 <= location.end_column <= len(lines[location.end_line - 1]) + 1


def fuzz_compare(texts: list[str]) -> None:
    with contextlib.suppress(InputError):  # invalid front matter: a refusal, not a crash
        compare_texts(texts, [f"r{i}.md" for i in range(len(texts))], date=DATE)


FIXABLE = {r.code for r in load_registry().rules if r.fix}


def fuzz_fix(text: str) -> None:
    try:
        findings = lint_text(text, "story.md", select=["ALL"], date=DATE)
    except InputError:
        return
    fixed = text
    for _ in range(10):
        numbers_ = lines_to_delete(findings, FIXABLE)
        if not numbers_:
            return
        fixed = delete_lines(fixed, numbers_)
        findings = lint_text(fixed, "story.md", select=["ALL"], date=DATE)
    raise AssertionError("a fix did not settle in 10 rounds")


TEXT = stories()
TARGETS = {
    "document": (fuzz_document, TEXT),
    "bytes": (fuzz_bytes, st.binary(max_size=2000)),
    "numbers": (fuzz_numbers, TEXT),
    "units": (fuzz_units, TEXT),
    "casualties": (fuzz_casualties, TEXT),
    "figures": (fuzz_figures, TEXT),
    "attribution": (fuzz_attribution, TEXT),
    "dates": (fuzz_dates, TEXT),
    "names": (fuzz_names, TEXT),
    "ledger": (fuzz_ledger, st.lists(TEXT, min_size=2, max_size=3)),
    "rules": (fuzz_rules, TEXT),
    "compare": (fuzz_compare, st.lists(TEXT, min_size=2, max_size=3)),
    "fix": (fuzz_fix, TEXT),
}


def run_round(name: str, examples: int, rng: random.Random) -> str | None:
    """One round of a target; the failure (shrunk) as text, or None."""
    function, strategy = TARGETS[name]

    @seed(rng.getrandbits(64))
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(strategy)
    def target(value):
        COUNTS[name] += 1
        function(value)

    try:
        target()
    except Exception as exc:  # a crash or a broken property: record it, keep fuzzing
        return "".join(traceback.format_exception(exc))[-4000:]
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=12.0)
    parser.add_argument("--round", type=int, default=150, help="examples per target per round")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--only", nargs="*", choices=sorted(TARGETS), help="targets to fuzz")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "fuzz.md")
    args = parser.parse_args()
    names_ = args.only or list(TARGETS)
    rng = random.Random(args.seed)
    failures: dict[str, list[str]] = {}
    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < args.minutes * 60:
        for name in names_:
            failure = run_round(name, args.round, rng)
            if failure:
                failures.setdefault(name, []).append(failure)
                print(f"FAILURE in {name}:\n{failure}", file=sys.stderr, flush=True)
            if time.monotonic() - started >= args.minutes * 60:
                break
        rounds += 1
        elapsed = time.monotonic() - started
        print(f"{elapsed / 60:5.1f} min  {sum(COUNTS.values()):8,d} inputs", file=sys.stderr)
    elapsed = time.monotonic() - started
    write_report(args, names_, elapsed, rounds, failures)
    return 1 if failures else 0


def write_report(args, names_, elapsed, rounds, failures) -> None:
    lines = [
        "# Fuzz run",
        "",
        f"`bench/fuzz.py --minutes {args.minutes:g} --round {args.round} --seed {args.seed}`, "
        f"newslint {__version__}, Python {platform.python_version()}, "
        f"{dt.date.today().isoformat()}.",
        "",
        f"Ran **{elapsed / 60:.1f} minutes**, {rounds} rounds, "
        f"**{sum(COUNTS.values()):,} inputs** in all, "
        f"**{sum(len(v) for v in failures.values())} failing rounds**.",
        "",
        "| target | what it exercises | inputs | failing rounds |",
        "|---|---|---:|---:|",
    ]
    for name in names_:
        doc = _WHAT[name]
        lines.append(f"| {name} | {doc} | {COUNTS[name]:,} | {len(failures.get(name, []))} |")
    for name, found in failures.items():
        lines += ["", f"## {name}", ""]
        for failure in found[:3]:
            lines += ["```", failure.rstrip(), "```", ""]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)


_WHAT = {
    "document": "Document: lines, paragraphs, sentences, quotes, masking, offsets to positions",
    "bytes": "decoding arbitrary bytes (and the byte-exact round trip), then the document",
    "numbers": "numbers.quantities, numbers.scan, number_value",
    "units": "units.unit_after after every digit run (quantulum3 naming)",
    "casualties": "casualties.mentions, conflict, qualifier_drift",
    "figures": "figures.figures, agree",
    "attribution": "attribution.people, quote paragraphs, source_for, source_of, attributed",
    "dates": "dates.dates (written dates, weekdays, references)",
    "names": "names.forms, spellings, fold, skeleton, edit_distance",
    "ledger": "the compare ledger's casualty, date and figure rows",
    "rules": "every rule (select ALL): deterministic, same with CRLF, spans inside the text",
    "compare": "cross-document rules over 2-3 reports",
    "fix": "--fix's deletions settle (nothing fixable left within 10 rounds)",
}


if __name__ == "__main__":
    sys.exit(main())
