from newslint import lint_text
from tests.conftest import spots


def test_range_every_day_checked_with_suggestion():
    text = "On Wednesday night and Thursday morning, Jan. 7-8, 2018, the guns fired.\n"
    (finding,) = lint_text(text, "s.txt", select=["NL201"])
    assert (finding.location.line, finding.location.column) == (1, 4)
    assert "Sunday–Monday" in finding.message and "Feb. 7-8, 2018" in finding.message


def test_year_from_reference_date():
    text = "On Thursday, Jan. 8, the leaders spoke.\n"
    assert spots(text, "NL201") == []  # no year: unknown-year says so instead
    assert lint_text(text, "s.txt", select=["NL201"], date=__import__("datetime").date(2018, 2, 12))


def test_correct_dates_and_ranges_are_quiet():
    quiet = [
        "On Wednesday night and Thursday morning, Feb. 7-8, 2018, the guns fired.\n",
        "On Friday-Sunday, Feb. 9-11, 2018, the festival ran.\n",
        "On Monday, Feb. 12, 2018, the council met.\n",
        "The derby ended 7-8 on Saturday night.\n",
        "Kick-off is at 10:30 p.m. on Friday.\n",
    ]
    for text in quiet:
        assert spots(text, "NL201") == [], text


def test_caption_dates_without_a_year_are_not_read_against_the_story():
    text = (
        "---\ndate: 2017-08-20\n---\nPhotos: A singer said Monday, August 3, that he would tour.\n"
    )
    assert spots(text, "NL201", "s.md") == []
