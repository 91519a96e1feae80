"""The literal prefilter: `needed` finds text every match must contain, `folded` compares text
the way re's IGNORECASE does, so a story without the text cannot match (issue 19)."""

import re
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import config, literals, runner
from tests.strategies import EXAMPLES, news_text, stories


def _shipped_line_patterns(written: bool = False) -> list:
    registry, _ = runner._rules_for(config.Settings(root=Path.cwd()), None)
    out = []
    for rule in registry.rules:
        if rule.kind == "line-pattern":
            pattern = registry.params_of(rule).pattern
            out.append((pattern.compiled, str(pattern)) if written else pattern.compiled)
    return out


def test_the_pattern_as_written_gives_the_same_literals():
    """A shipped `\\p{L}` is compiled as thousands of ranges; parsing the pattern as written,
    with a stand-in class, finds the same literals far faster."""
    pairs = _shipped_line_patterns(written=True)
    assert any(compiled.pattern != written for compiled, written in pairs)
    for compiled, written in pairs:
        assert literals.needed(compiled, written) == literals.needed(compiled), written


def test_literals_wait_until_a_pattern_has_run_on_a_few_stories():
    """One story never pays for reading a parse tree; the ninth and later get the prefilter."""
    compiled = re.compile(r"(?i)never seen before \d")
    got = [literals.needed_once_settled(compiled) for _ in range(literals.SETTLE_AFTER + 2)]
    assert got[: literals.SETTLE_AFTER] == [None] * literals.SETTLE_AFTER
    assert got[-1] == ("never seen before ",)


HAND_WRITTEN = [
    r"(?i)(?<!sil|lex)icon",
    r"(?i)\b(?:lorem ipsum|dolor sit amet)\b",
    r"(?i)share (?:this|the) (?:story|article)!?",
    r"(?i)^\W*read more\s*:",
    r"[|›»]\s",
    r"TK(?:\s?TK)*",
    r"(?:ab)+c",
    r"x{2,}y",
    "(?i)straße|\u03c3",
    "(?i)\u017f",
]


def test_folding_agrees_with_ignorecase_on_every_character():
    """Two characters IGNORECASE matches alike fold to the same text, for every code point
    whose lower case keeps its length: re compares simple lower cases ("K" and the Kelvin
    sign) and a few extra pairs (the long s and "s", the final and the middle sigma)."""
    import _sre
    from re import _casefix

    classes: dict[int, set[int]] = {}
    for point in range(sys.maxunicode + 1):
        if 0xD800 <= point <= 0xDFFF:
            continue
        classes.setdefault(_sre.unicode_tolower(point), set()).add(point)
    for lower, extra in _casefix._EXTRA_CASES.items():  # join the classes re joins
        for other in extra:
            joined = classes.pop(other, set()) | {other}
            classes.setdefault(lower, set()).update(joined)
    checked = 0
    for members in classes.values():
        forms = {literals.folded(chr(m)) for m in members} - {None}
        assert len(forms) <= 1, [chr(m) for m in members]
        checked += len(members) > 1
    assert checked > 1000
    for a, b in [
        ("K", "\u212a"),
        ("s", "\u017f"),
        ("\u03c3", "\u03c2"),
        ("\u00b5", "\u03bc"),
        ("i", "\u0131"),
    ]:
        assert re.fullmatch(re.escape(a), b, re.IGNORECASE)  # the pairs really are one to re
        assert literals.folded(a) == literals.folded(b)


def test_folding_keeps_offsets_or_gives_up():
    assert literals.folded("Deir EZ-ZOR") == "deir ez-zor"
    assert literals.folded("\u0391\u03a3 \u017f") == literals.folded("\u03b1\u03c2 s")
    assert literals.folded("İzmir") is None  # lower() makes "İ" two characters


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"(?i)(?<!sil|lex)icon", ("icon",)),
        (r"(?i)\b(?:lorem ipsum|dolor sit amet)\b", ("dolor sit amet", "lorem ipsum")),
        (r"(?i)^\s*(?:©|copyright)\s*\d{4}", ("copyright", "©")),
        (r"[|›»]\s", ("|", "»", "›")),
        (r"(?:ab)+c?", ("ab",)),
        (r"READ\bMORE", ("readmore",)),  # a zero-width check between letters: still adjacent
    ],
)
def test_needed_finds_what_every_match_holds(pattern, needed):
    assert literals.needed(re.compile(pattern)) == needed


@pytest.mark.parametrize(
    "pattern",
    [r"\d+", r"a?b?", r"[^x]y?", r"x|\d", r"[a-z]+", r"(?:ab)*", r"(a)?\1", ""],
)
def test_needed_promises_nothing_it_cannot_prove(pattern):
    """An optional part, a wide class or an alternative with nothing certain: no prefilter."""
    assert literals.needed(re.compile(pattern)) is None


PATTERNS = [re.compile(p) for p in HAND_WRITTEN]
_SHIPPED = _shipped_line_patterns()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    text=st.one_of(news_text(), stories(), st.text(max_size=200)),
    data=st.data(),
)
def test_a_text_without_the_literals_has_no_match(text, data):
    """The prefilter's promise, on random copy: a match implies one of the literals."""
    compiled = data.draw(st.sampled_from(PATTERNS + _SHIPPED))
    needed = literals.needed(compiled)
    folded = literals.folded(text)
    if needed is None or folded is None:
        return
    if compiled.search(text):
        assert any(s in folded for s in needed)


def test_the_promise_holds_on_the_examples_and_planted_chrome():
    planted = "ICON Closeicon\nSHARE THIS STORY!\n© 2018 Agency. ALL RIGHTS RESERVED.\nTK TK\n"
    for text in (*EXAMPLES, planted, planted.lower()):
        folded = literals.folded(text)
        for compiled in PATTERNS + _SHIPPED:
            needed = literals.needed(compiled)
            if needed is not None and compiled.search(text):
                assert any(s in folded for s in needed), compiled.pattern


def test_literals_are_settled_per_pattern_object_not_per_equal_pattern():
    """Counted by identity (re hashes a pattern's whole program on every lookup); a pattern of
    the same text compiled anew starts its own count."""
    compiled = re.compile(r"(?i)settled by identity \d")
    for _ in range(literals.SETTLE_AFTER):
        assert literals.needed_once_settled(compiled) is None
    assert literals.needed_once_settled(compiled) == ("settled by identity ",)
    assert literals.needed_once_settled(compiled, "other source") is None  # its own count
