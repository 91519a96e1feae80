from newslint import lint_text
from tests.conftest import spots


def test_age_by_role():
    text = "The driver, 27, was taken to hospital.\n\nPolice said the 72-year-old driver fled.\n"
    findings = lint_text(text, "s.txt", select=["NL103"])
    assert [(f.location.line, f.location.column) for f in findings] == [(3, 17)]
    assert findings[0].related[0].location.line == 1


def test_age_by_name_and_surname():
    text = "Ann Lee, 34, was arrested.\n\nLee, 43, denies the charge.\n"
    assert spots(text, "NL103") == [(3, 6, "NL103")]


def test_ages_of_different_people_are_quiet():
    quiet = [
        "A 27-year-old man was arrested.\n\nA 45-year-old man was released.\n",
        "Bruce Steinberg, 50, and Irene Steinberg, 51, died.\n\nSteinberg, 50, was a lawyer.\n",
        "The driver, 27, was unhurt.\n\nThe 27-year-old driver was later released.\n",
    ]
    for text in quiet:
        assert spots(text, "NL103") == [], text


def test_rate_with_synonyms():
    text = "Unemployment rose to 5.3 percent.\n\nThe 3.5 percent jobless rate worries ministers.\n"
    assert spots(text, "NL103") == [(3, 5, "NL103")]


def test_past_and_other_rates_are_quiet():
    quiet = [
        "Unemployment rose to 5.3 percent from 4.9 percent a year earlier.\n",
        "Unemployment is 5.3 percent.\n\nIn 2019 unemployment was 3.5 percent.\n",
        "Unemployment is 5.3 percent.\n\nUnemployment among young people is 12 percent.\n",
        "Unemployment is 5.3 percent.\n\nInflation is 3.5 percent.\n",
    ]
    for text in quiet:
        assert spots(text, "NL103") == [], text


def test_distance_converted_before_comparing():
    bad = "The outpost is five miles east of Khusham.\n\nIt lies five kilometers east of Khusham.\n"
    good = (
        "The outpost is five miles east of Khusham.\n\nIt lies eight kilometers east of Khusham.\n"
    )
    other = "The outpost is five miles east of Khusham.\n\nThe river is 17 km east of Salhiyah.\n"
    assert spots(bad, "NL103") == [(3, 9, "NL103")]
    assert spots(good, "NL103") == []
    assert spots(other, "NL103") == []


def test_group_size():
    text = (
        "A 30,000-strong border force is planned.\n\nThe 3,000-strong border force would patrol.\n"
    )
    assert spots(text, "NL103") == [(3, 5, "NL103")]
