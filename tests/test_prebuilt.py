"""newslint.prebuilt: pattern text built from word lists ships with the package; a shipped
string is used only for the same builder and the same phrases, and a stale or damaged file is
ignored."""

import pytest

from newslint import prebuilt
from newslint.extract import tables

PHRASES = ["said", "says", "according to", "Sir", "told", "in a statement", "kilo"]


@pytest.fixture
def recording(monkeypatch):
    """Nothing shipped; every string built is recorded."""
    monkeypatch.setattr(prebuilt, "_shipped_strings", {})
    monkeypatch.setattr(prebuilt, "recorded", {})
    return prebuilt.recorded


def test_a_shipped_string_is_used_for_the_same_phrases_in_any_order(recording, monkeypatch):
    made = tables.alternation_at(PHRASES, fold=True)
    (key,) = recording
    assert recording[key] == made
    monkeypatch.setattr(prebuilt, "_shipped_strings", {key: "(?:shipped)"})
    assert tables.alternation_at(reversed(PHRASES), fold=True) == "(?:shipped)"
    assert tables.alternation_at([*PHRASES, "said"], fold=True) == "(?:shipped)"
    # another option, another builder or other phrases: another key
    assert tables.alternation_at(PHRASES, fold=False) != "(?:shipped)"
    assert tables.alternation(PHRASES) != "(?:shipped)"
    assert tables.alternation_at(PHRASES[1:], fold=True) != "(?:shipped)"


def test_phrases_with_a_nul_are_always_built(recording):
    """ "a\\0b" joined would read as "a" and "b": such a list is never looked up."""
    assert tables.alternation(["a\0b"]) == "a\0b"
    assert tables.alternation(["b", "a"]) == "a|b"
    assert list(recording.values()) == ["a|b"]


def test_the_order_of_a_lexicon_does_not_change_which_lines_match(recording):
    """The line matchers are built from the sorted phrases; a line matches either way."""
    from newslint import phrases

    lexicon = ("Share", "Share this story", "Read more", "Read more: {words}", "{number} comments")
    lines = ["Share", "Share this story", "» Read more «", "Read more: the rest", "12 comments",
             "Share this", "Read", "We share this story with you"]  # fmt: skip
    for order in (lexicon, tuple(reversed(lexicon))):
        phrases.whole_line_matcher.cache_clear()
        matcher = phrases.whole_line_matcher(order)
        assert [bool(matcher.match(line)) for line in lines] == [True] * 5 + [False] * 3


@pytest.mark.parametrize(
    "content",
    [
        '{"format": 1, "digest": "another builder", "data": {}}',
        '{"format": 1, "digest": "%s", "data": {"k": 1}}',
        '{"format": 1, "digest": "%s", "data": ["a list"]}',
        "not json",
    ],
)
def test_a_stale_or_damaged_file_is_ignored(tmp_path, monkeypatch, content):
    from newslint import derived

    (tmp_path / "alternations.json").write_text(content.replace("%s", prebuilt._source_stamp()))
    monkeypatch.setattr(derived, "FOLDER", tmp_path)
    monkeypatch.setattr(prebuilt, "_shipped_strings", None)
    assert prebuilt._shipped() == {}
    assert tables.alternation(["b", "a"]) == "a|b"


def test_a_shipped_list_is_read_and_a_users_list_is_built(monkeypatch):
    from newslint.extract import casualties

    monkeypatch.setattr(prebuilt, "recorded", {})
    assert prebuilt._shipped(), "lint/derived/alternations.json is not used"
    casualties.grammar.__wrapped__()  # every list a grammar uses is shipped
    assert prebuilt.recorded == {}
    assert tables.alternation(["bulletin", "newsletter"]) == "newsletter|bulletin"
    assert list(prebuilt.recorded.values()) == ["newsletter|bulletin"]
