"""tables.alternation_at: the fast spelling of a word list matches exactly what the plain one
matches, with and without case folding."""

import re

import pytest

from newslint.extract import tables

PHRASES = ["said", "says", "according to", "Sir", "told", "in a statement", "İstanbul", "kilo"]

TEXT = (
    "Officials SAID on Friday, according  to police. Sir Keir told reporters; she Says so. "
    "It was unsaid, mis-told, re-said and 'said'. In A Statement the firm... İSTANBUL and "
    "istanbul; \u017faid with a long s; \u212ailo with a Kelvin sign; ACCORDING TO whom?"
)


def _spans(pattern: str, text: str, flags: int = 0) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


def test_same_matches_as_a_leading_word_boundary():
    plain = rf"\b(?:{tables.alternation(PHRASES)})\b"
    fast = rf"{tables.alternation_at(PHRASES)}\b"
    assert _spans(fast, TEXT) == _spans(plain, TEXT)
    assert _spans(fast, TEXT)  # the text holds matches: the comparison means something


def test_folded_matches_are_those_of_the_ignorecase_flag():
    plain = rf"\b(?:{tables.alternation(PHRASES)})\b"
    folded = rf"{tables.alternation_at(PHRASES, fold=True)}\b"
    expected = _spans(plain, TEXT, re.IGNORECASE)
    assert _spans(folded, TEXT) == expected
    found = {TEXT[a:b] for a, b in expected}
    # upper case, mixed case and re's own extra cases (long s, Kelvin sign) all match
    assert {"SAID", "Says", "\u017faid", "\u212ailo", "ACCORDING TO", "İSTANBUL"} <= found
    # a word inside another word does not
    assert "unsaid" not in found and not any(TEXT[a - 2 : a] == "un" for a, _ in expected)


def test_folded_pattern_needs_no_flag_so_re_can_skip_ahead():
    folded = tables.alternation_at(["said", "told"], fold=True)
    assert "(?i:" in folded and not folded.startswith("(?i")
    assert re.search(rf"{folded}\b", "x TOLD y") is not None


EVERY_CHARACTER = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("letter", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
def test_cases_of_a_letter_are_every_character_re_matches_it_with(letter):
    every = set(re.findall(re.escape(letter), EVERY_CHARACTER, re.IGNORECASE))
    assert set(tables.cases(letter)) == every
    assert tables.cases(letter)[0] == letter


def test_cases_of_other_characters():
    assert tables.cases("-") == ("-",)
    assert set(tables.cases("é")) == {"é", "É"}


def _one_by_one(phrases) -> str:
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


def test_alternation_escapes_the_list_at_once_as_it_would_one_by_one():
    tricky = ["a b", "a\\ b", "x|y", "(c)", "d.e", "f\\", " g", "h ", "ü ß", "[i]", "#j", "k~"]
    assert tables.alternation(tricky) == _one_by_one(tricky)
    assert tables.alternation([]) == "" == _one_by_one([])
    assert tables.alternation(["nul\0inside", "plain"]) == _one_by_one(["nul\0inside", "plain"])
    for name, data in tables._all().items():
        for key, value in data.items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                assert tables.alternation(value) == _one_by_one(value), (name, key)


def test_alternation_matches_each_phrase_and_nothing_else():
    phrases = ["x|y", "f\\", "a b"]
    pattern = re.compile(rf"(?:{tables.alternation(phrases)})\Z")
    assert all(pattern.match(p) for p in phrases)
    assert pattern.match("a \t b")  # a space matches any whitespace
    assert not pattern.match("x") and not pattern.match("y") and not pattern.match("f")
