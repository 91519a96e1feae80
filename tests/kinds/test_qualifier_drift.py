from newslint import lint_text
from tests.conftest import spots


def test_headline_above_body_about():
    text = (
        "Strike kills more than 100 fighters\n\nThe strike killed about 100 fighters overnight.\n"
    )
    findings = lint_text(text, "s.txt", select=["NL102"])
    assert [(f.location.line, f.location.column) for f in findings] == [(3, 19)]
    assert findings[0].related[0].location.line == 1


def test_bare_figure_against_more_than():
    text = "More than 100 soldiers were killed.\n\nThe army said it had 100 dead.\n"
    assert spots(text, "NL102") == [(3, 22, "NL102")]


def test_in_excess_of_against_about():
    text = "The attack killed about 100, officials said.\n\nIt killed in excess of 100 fighters.\n"
    assert spots(text, "NL102") == [(3, 11, "NL102")]


def test_compatible_or_different_figures_are_quiet():
    quiet = [
        "At least 100 people died.\n\nThe toll of 100 was confirmed on Monday.\n",
        "More than 100 people were killed.\n\nMore than 100 died, officials said.\n",
        "More than 100 people were killed.\n\nAbout 200 people were wounded.\n",
        "More than 100 people were killed.\n\nAbout 100 people were killed in an attack last year.\n",
        "More than 100 people were killed.\n\nAbout 100 people were wounded.\n",
    ]
    for text in quiet:
        assert spots(text, "NL102") == [], text


def test_contradictions_are_left_to_casualty_drift():
    text = "Nearly 100 people died.\n\nMore than 100 people were killed.\n"
    assert spots(text, "NL102") == []
    assert spots(text, "NL101") == [(3, 1, "NL101")]
