import pytest

from newslint import lint_text
from tests.conftest import spots


def test_repeat_points_at_first_occurrence():
    text = "Storm closes harbour for third day\n\nStorm closes harbour for third day\n\nBody.\n"
    findings = lint_text(text, "s.txt", select=["NL416"])
    assert [(f.location.line, f.location.column) for f in findings] == [(3, 1)]
    assert findings[0].related[0].location.line == 1


def test_case_spacing_and_quote_style_are_folded():
    text = "Kills 'More Than 100' fighters in raid\n\nkills “more than 100”  fighters in raid\n"
    assert spots(text, "NL416") == [(3, 1, "NL416")]


def test_short_repeats_and_different_lines_are_quiet():
    assert spots("0:00\n24:55\n0:00\n", "NL416") == []
    assert spots("Winners meet in final match\n\nWinners meet in final match\n", "NL416") == []
    text = "Storm closes harbour for third day\n\nThe storm closed the harbour for a third day.\n"
    assert spots(text, "NL416") == []


@pytest.mark.parametrize(
    "line",
    [
        "Share this story -- on Facebook, Twitter_and e-mail!",
        "  The  MINISTRY said (again) it was 'unprovoked'.  ",
        "a_b c--d\te\x0bf",
        "Café owners said the “deal” was done",
        "İstanbul: ﬁve new routes",
        "",
        "___",
    ],
)
def test_ascii_key_is_the_regex_key(line):
    """The translate shortcut for ASCII lines folds exactly as the regex does."""
    from newslint.kinds import duplicate_line

    assert duplicate_line._key(line) == duplicate_line._FOLD.sub(" ", line.casefold()).strip()
