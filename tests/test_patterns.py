r"""newslint.patterns: re programs shipped and cached, and `\p{…}` categories run on re."""

import re

import pytest

from newslint import patterns

regex = pytest.importorskip("regex")

EVERYTHING = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("name", patterns.CATEGORIES)
def test_a_category_matches_what_regex_matches(name):
    """Over every code point: the translated class and regex's \\p{…} agree, and so do their
    negations."""
    ours = re.compile(patterns.portable(rf"\p{{{name}}}"))
    assert ours.findall(EVERYTHING) == regex.findall(rf"\p{{{name}}}", EVERYTHING)
    negated = re.compile(patterns.portable(rf"[^\p{{{name}}}]"))
    assert len(negated.findall(EVERYTHING)) == len(regex.findall(rf"[^\p{{{name}}}]", EVERYTHING))


TEXT = (
    "TK people died. The TKO was late; Élan TK TK and 3TK. Ωmega XX killed, $XX million, "
    "ÅTODO and TODO: check. Crowds gathering outside the Élysée Palace\n"
    "Ωmega Δelta running across the field"
)


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![\p{L}\p{N}])TK(?:\s?TK)*(?![\p{L}\p{N}])",
        r"(?<![\p{L}\p{N}$£€])XX+",
        r"(?<![\p{L}])(?:FIXME|TODO)\b",
        r"(?m)^(?:\p{Lu}[\w'’.-]*\s+){1,4}\p{Ll}{2,}ing\s",
        r"[\p{Lu}\d]+",
        r"\\p{L}",  # an escaped backslash, then the letters p{L}: nothing to translate
    ],
)
def test_a_translated_pattern_finds_what_regex_finds(pattern):
    translated = patterns.portable(pattern)
    if translated is None:
        assert "\\\\p{" in pattern
        return
    ours = [m.span() for m in re.finditer(translated, TEXT)]
    assert ours == [m.span() for m in regex.finditer(pattern, TEXT)]


@pytest.mark.parametrize(
    "pattern",
    [
        r"no categories here",
        r"\p{Greek}",  # a property re has no table for
        r"[[a-z]--[aeiou]\p{L}]",  # regex's set operations
    ],
)
def test_what_cannot_be_translated_is_left_to_regex(pattern):
    assert patterns.portable(pattern) is None


def test_shipped_patterns_with_categories_run_on_re():
    """The packs' \\p{…} patterns (placeholders, to-do marks, captions) compile with re."""
    from newslint import runner

    registry, rules = runner._rules_for(runner.config.Settings(root=None), None)
    with_categories = [r for r in rules if "\\p{" in str(r.raw_params.get("pattern", ""))]
    assert with_categories
    for rule in with_categories:
        assert isinstance(registry.params_of(rule).pattern.compiled, re.Pattern), rule.code


@pytest.mark.parametrize(
    "first, second, text",
    [
        # overlapping candidates: the alternation takes the leftmost and scans on from its end
        (r"[A-Z][a-z]+ said", r"said [A-Z][a-z]+", "White said Black said Green. Then said Gray."),
        # a tie at one position goes to the earlier alternative, whatever its length
        (r"ab", r"abc", "abc abc ab"),
        (r"abc", r"ab", "abc abc ab"),
        # look-behinds see the text before the scan position, as finditer's do
        (r"(?<=x)a", r"a(?=y)", "xa ay xay aa"),
        (r"\d+", r"[a-z]+\d", "ab1 22 c3d4 5"),
        (r"q", r"z", "nothing here"),
    ],
)
def test_alternatives_give_the_alternations_matches(first, second, text):
    together = [m.span() for m in re.finditer(f"(?:{first})|(?:{second})", text)]
    apart = [
        m.span()
        for m in patterns.Alternatives(re.compile(first), re.compile(second)).finditer(text)
    ]
    assert apart == together


def test_alternatives_refuse_an_empty_match():
    with pytest.raises(ValueError, match="empty string"):
        list(patterns.Alternatives(re.compile("x*"), re.compile("y")).finditer("abc"))


def test_needing_searches_only_a_text_holding_a_literal():
    needing = patterns.Needing(re.compile(r"(?<=since )\d{4}"), ("since ",))
    assert needing.search("in 1999, since 2004").group(0) == "2004"
    assert needing.search("since 2004 and since 2010", 11).group(0) == "2010"
    assert needing.search("in 1999 and 2004") is None
    # a pattern whose literal list is wrong would be cut short: the test the dates rely on
    wrong = patterns.Needing(re.compile(r"\d{4}"), ("since ",))
    assert wrong.search("in 1999") is None and re.search(r"\d{4}", "in 1999")
    assert needing.pattern == r"(?<=since )\d{4}"  # the rest is the pattern's own


def test_the_date_patterns_need_their_literals():
    """Each date pattern searched only when its literals occur finds what it finds alone, on
    text built from dates, near-misses and the literals cut apart."""
    import random

    from newslint.extract import dates

    pieces = [
        "2018-02-07", "1999-12-31", "2018-13-01", "in 1998", "In 2004", "in 2104", "on 1999",
        "since 1990", "Since 2015", "until 2001", "Until 1987", "sincere 1990", "untilled",
        "n 19", "ince 20", "-0", "-1", "a", " ", ", ", "\n", "in", "since", "19", "20", "07",
        "Feb. 7", "Wednesday, 7 February", "7 February 2018", "(", "-", ".",
    ]  # fmt: skip
    rng = random.Random(7)
    found = 0
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for p in dates.grammar().date.patterns:
            if isinstance(p, patterns.Needing):
                alone = [m.span() for m in p.compiled.finditer(text)]
                assert bool(alone) <= (p.search(text) is not None), (p.literals, text)
                found += bool(alone)
    assert found > 300  # the texts do hold such dates


def test_shipped_programs_are_named_by_a_digest_of_their_pattern():
    """patterns.json names each program by a digest of its pattern and flags, not the text
    (tens of kilobytes for a written-out \\p{L}); the name tells flags and patterns apart."""
    from newslint import patterns

    assert patterns.shipped_key("a+", 0) == patterns.shipped_key("a+", 0)
    assert patterns.shipped_key("a+", 0) != patterns.shipped_key("a+", 2)
    assert patterns.shipped_key("a+", 0) != patterns.shipped_key("a+?", 0)
    assert len(patterns.shipped_key("x" * 50_000, 0)[0]) == 32
    for name, flags in patterns._shipped():
        assert len(name) == 32 and int(name, 16) >= 0 and isinstance(flags, int)


def test_an_ascii_twin_reads_only_ascii_text():
    """The twin answers for ASCII text and the pattern itself for any other; a twin that
    finds nothing shows which one ran."""
    twin = patterns.AsciiTwin(r"\w+", r"(?!)")
    assert twin.findall("plain tea") == []
    assert twin.findall("naïve tea") == ["naïve", "tea"]
