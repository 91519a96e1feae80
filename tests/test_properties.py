"""Properties that hold for any input, checked on random and mutated news copy (hypothesis):
newslint never raises, every span lies inside the document, output is deterministic, findings do
not depend on the line-ending style, and a fix leaves nothing fixable and touches only chrome.
bench/fuzz.py runs the same properties, and the extractors one by one, for as long as asked."""

import datetime as dt
import os
import re
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import lint_text
from newslint.document import Document
from newslint.finding import InputError
from newslint.fix import delete_lines, lines_to_delete
from newslint.reading import decode
from newslint.rulepack import load_registry
from newslint.runner import compare_texts
from tests.strategies import ROOT, line_endings, stories

DATE = dt.date(2018, 2, 8)
PROPERTY = settings(
    max_examples=int(os.environ.get("NEWSLINT_PROPERTY_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PATHS = st.sampled_from(["story.txt", "story.md"])


def lint_all(text: str, path: str = "story.txt"):
    """Findings of every rule; [] for copy newslint refuses with its one-line InputError (front
    matter that is not valid YAML, a `date:` that is not a date): that is not a crash."""
    try:
        return lint_text(text, path, select=["ALL"], date=DATE)
    except InputError as exc:
        assert exc.line is None or exc.line >= 1
        return []


def outcome(text: str, path: str = "story.txt"):
    """What linting gives, findings or the refusal, comparable between runs."""
    try:
        findings = lint_text(text, path, select=["ALL"], date=DATE)
    except InputError as exc:
        return str(exc)
    return [(f.location, f.code, f.message, f.related) for f in findings]


def assert_inside(location, lines: list[str]) -> None:
    assert 1 <= location.line <= location.end_line <= len(lines), location
    assert 1 <= location.column <= len(lines[location.line - 1]) + 1, location
    assert 1 <= location.end_column <= len(lines[location.end_line - 1]) + 1, location
    if location.line == location.end_line:
        assert location.column <= location.end_column, location


@PROPERTY
@given(stories(), PATHS)
def test_never_raises_and_every_span_is_inside_the_document(text, path):
    findings = lint_all(text, path)
    if not findings:
        return
    lines = Document(text, path).text.split("\n")
    for f in findings:
        assert f.location.path == path
        assert_inside(f.location, lines)
        for related in f.related:
            assert_inside(related.location, lines)


@PROPERTY
@given(stories(), PATHS)
def test_output_is_deterministic(text, path):
    assert outcome(text, path) == outcome(text, path)


@PROPERTY
@given(stories())
def test_findings_do_not_depend_on_line_endings(text):
    lf, crlf, cr = (line_endings(text, newline) for newline in ("\n", "\r\n", "\r"))
    assert outcome(lf) == outcome(crlf) == outcome(cr)


@PROPERTY
@given(stories())
def test_a_fix_leaves_nothing_fixable_and_deletes_only_chrome_and_blank_lines(text):
    fixable = {r.code for r in load_registry().rules if r.fix}
    findings = lint_all(text)
    numbers = lines_to_delete(findings, fixable)
    fixed = delete_lines(text, numbers)
    if numbers:
        # Every line that went was a finding's line or a blank one.
        kept = Document(fixed).text.split("\n")
        before = Document(text).text.split("\n")
        gone = set(before) - set(kept)
        flagged = {before[n - 1] for n in numbers}
        assert all(line in flagged or not line.strip() for line in gone)
    again = fixed
    for _ in range(10):
        numbers = lines_to_delete(lint_all(again), fixable)
        if not numbers:
            break
        again = delete_lines(again, numbers)
    assert not lines_to_delete(lint_all(again), fixable)


@PROPERTY
@given(st.lists(stories(), min_size=2, max_size=3))
def test_comparing_reports_never_raises(texts):
    paths = [f"r{i}.txt" for i in range(len(texts))]
    try:
        findings = compare_texts(texts, paths, date=DATE)
    except InputError:
        return
    lengths = [len(Document(t).text.split("\n")) for t in texts]
    for f in findings:
        assert f.location.line <= lengths[paths.index(f.location.path)]


@PROPERTY
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused_cleanly_and_round_trip(data):
    try:
        decoded = decode(data, "x.txt")
    except InputError as exc:
        assert "binary" in exc.message or "after its BOM" in exc.message
        return
    assert decoded.encode(decoded.text) == data
    doc = Document.from_bytes(data, "x.txt")
    assert doc.text.count("\n") == len(re.findall(r"\r\n|\r|\n", decoded.text))


def test_json_output_is_the_same_under_any_hash_seed():
    command = [sys.executable, "-m", "newslint", "check", "--no-cache", "--format", "json"]
    outputs = [
        subprocess.run(
            [*command, "--select", "ALL", "examples"],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
        ).stdout
        for seed in ("1", "2", "3")
    ]
    assert b'"findings"' in outputs[0]
    assert outputs[0] == outputs[1] == outputs[2]
