"""The AP-style date grammar, the reference date and resolution against it."""

import datetime as dt

import pytest

from newslint.document import Document
from newslint.extract import dates


def read(text: str, date: dt.date | None = None) -> dates.Dates:
    doc = Document(text, "story.txt")
    doc.reference_date = date
    return dates.dates(doc)


@pytest.mark.parametrize(
    ("text", "span", "month", "days", "year", "weekdays"),
    [
        ("on Jan. 7 there", "Jan. 7", 1, (7,), None, ()),
        ("on Feb. 7, 2018, the", "Feb. 7, 2018", 2, (7,), 2018, ()),
        ("on 7 Feb 2018 the", "7 Feb 2018", 2, (7,), 2018, ()),
        ("7 Feb, 2018 22:58", "7 Feb, 2018", 2, (7,), 2018, ()),
        ("on February 7 the", "February 7", 2, (7,), None, ()),
        ("on Sept. 21 the", "Sept. 21", 9, (21,), None, ()),
        ("on Jan. 7-8 the", "Jan. 7-8", 1, (7, 8), None, ()),
        ("on Feb. 7 and 8 the", "Feb. 7 and 8", 2, (7, 8), None, ()),
        ("on Wednesday, Jan. 7, the", "Wednesday, Jan. 7", 1, (7,), None, (2,)),
        ("on Friday night (Jan. 13) the", "Friday night (Jan. 13", 1, (13,), None, (4,)),
        (
            "On Wednesday night and Thursday morning, Jan. 7-8, troops",
            "Wednesday night and Thursday morning, Jan. 7-8",
            1,
            (7, 8),
            None,
            (2, 3),
        ),
        ("dated 2018-02-07 in", "2018-02-07", 2, (7,), 2018, ()),
        ("in September 2016 the", "September 2016", 9, (), 2016, ()),
        ("since 2011 the", "2011", 0, (), 2011, ()),
    ],
)
def test_grammar_forms_and_spans(text, span, month, days, year, weekdays):
    (w,) = read(text).written
    assert (w.text, w.month, w.days, w.year, w.weekdays) == (span, month, days, year, weekdays)
    assert text[w.start : w.end] == span


@pytest.mark.parametrize(
    ("text", "weekday"),
    [
        ("on Tuesday", 1),
        ("earlier on Wednesday", 2),
        ("late Wednesday", 2),
        ("Wednesday's attack", 2),
    ],
)
def test_bare_weekdays(text, weekday):
    (b,) = read(text).weekdays
    assert b.weekday == weekday and b.text.startswith(dates.WEEKDAY_NAMES[weekday])


@pytest.mark.parametrize(
    "text",
    [
        "at 10:30 p.m. the",
        "they won 7-8 at home",
        "May 10 people died",
        "the 11th Marine Expeditionary Unit",
        "the 2014-15 season",
        "Tuesday, 1 March\n2000 people marched",
    ],
)
def test_not_dates(text):
    found = read(text)
    assert [w.text for w in found.written if w.days and w.year] == []
    assert [w.text for w in found.written if w.text.startswith(("7-8", "May 10", "11th"))] == []


def test_named_days_are_not_weekdays():
    assert read("Black Friday sales and the Sunday Times and Sunday school").weekdays == []


def test_reference_date_order():
    text = "Published: Mon, February 12, 2018\n\nThe council met on Monday.\n"
    assert read(text).reference.date == dt.date(2018, 2, 12)
    assert read(text).reference.source == "publication line"
    assert read(text, dt.date(2018, 2, 8)).reference.date == dt.date(2018, 2, 8)
    assert read("7 Feb, 2018 22:58\n\nTroops fired on Wednesday.\n").reference.date == dt.date(
        2018, 2, 7
    )
    assert read("Feb. 7, 2018: troops fired on the base.\n").reference is None
    assert read("Troops fired on Wednesday.\n").reference is None


def test_weekday_resolution_past_and_future():
    thursday = dt.date(2018, 2, 8)
    assert dates.resolve_weekday(2, thursday, "past") == dt.date(2018, 2, 7)
    assert dates.resolve_weekday(3, thursday, "past") == thursday
    assert dates.resolve_weekday(4, thursday, "past") == dt.date(2018, 2, 2)
    assert dates.resolve_weekday(4, thursday, "future") == dt.date(2018, 2, 9)
    assert dates.resolve_weekday(2, thursday, "future") == dt.date(2018, 2, 14)


def test_year_rollover():
    dec30 = read("The fire broke out on Dec. 30.").written[0]
    jan3 = read("The trial will open on Jan. 3.").written[0]
    assert dates.year_for(dec30, dt.date(2026, 1, 5), "past") == 2025
    assert dates.year_for(jan3, dt.date(2025, 12, 20), "future") == 2026
    oct19 = read("He was killed on Oct. 19.").written[0]
    assert dates.year_for(oct19, dt.date(2025, 10, 12), "past") == 2025


def test_tense_of_a_dates_clause():
    doc = Document("The driver was killed on Oct. 19, and the inquest will open on Oct. 30.")
    first, second = dates.dates(doc).written
    assert dates.tense(doc, first.start, first.end) == "past"
    assert dates.tense(doc, second.start, second.end) == "future"
    doc = Document("A missile is fired at an undisclosed site on Sept. 15.")
    (w,) = dates.dates(doc).written
    assert dates.tense(doc, w.start, w.end) is None


@pytest.mark.parametrize(
    "line, caption",
    [
        ("3/12 A crowd gathers outside the court on Monday", True),  # a gallery's count
        ("  12/40 Firefighters at the scene", True),
        ("Rescuers search the rubble. Photo: Reuters", True),
        ("The vote is set for 3/12 at the earliest.", False),  # a date mid-line is no count
        ("Police said 12 people were hurt on Monday.", False),
    ],
)
def test_caption_lines(line, caption):
    assert dates.is_caption(line) is caption


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # every way a day opens: one digit, a leading zero, 10-29, 30 and 31
        ("on 3 May and 03 May, 12 May, 29 May, 30 May, 31st May", 6),
        ("0 May, 32 May, 45 May", 0),  # no such days
        ("x7 Feb, .7 Feb, A7 Feb", 0),  # a word character or a point before the day
        ("(7 Feb) and «7 Feb»", 2),  # punctuation before it is fine
        ("in 1999, In 2004, in2004, within 2004, Since 2001, until 1999", 4),
        ("Monday, 7 Feb and Mon. 7 Feb and xMonday, 7 Feb", 3),
    ],
)
def test_where_a_written_date_may_start(text, written):
    """The date alternatives open with their first character and check what stands before it
    after that; a date starts only where a word or a point does not stand before it."""
    assert len(read(text).written) == written
