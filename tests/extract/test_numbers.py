"""The numbers extractor: qualifiers as intervals, number words, vague quantities, and what is
not a count."""

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.extract import numbers as _numbers
from newslint.extract.numbers import is_round, number_value, scan
from tests.strategies import EXAMPLES, news_text, stories


def only(text: str):
    found = scan(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("more than 100 were killed", "above", 101, math.inf),
        ("over 100 were killed", "above", 101, math.inf),
        ("in excess of 100 fighters", "above", 101, math.inf),
        ("upwards of 100 people", "above", 101, math.inf),
        ("at least 40 dead", "at-least", 40, math.inf),
        ("100 or more dead", "at-least", 100, math.inf),
        ("100-plus dead", "at-least", 100, math.inf),
        ("about 100 people", "about", 90, 110),
        ("around 500 troops", "about", 450, 550),
        ("approximately 500 personnel", "about", 450, 550),
        ("roughly 60 homes", "about", 54, 66),
        ("some 500 troops", "about", 450, 550),
        ("an estimated 300 people", "about", 270, 330),
        ("nearly 40 people", "nearly", 36, 39),
        ("almost 100 people", "nearly", 90, 99),
        ("just under 50 people", "nearly", 45, 49),
        ("up to 12 people", "at-most", 0, 12),
        ("as many as 12 people", "at-most", 0, 12),
        ("fewer than 5 people", "below", 0, 4),
        ("less than 5 people", "below", 0, 4),
        ("between 30 and 40 people", "range", 30, 40),
        ("30 to 40 people", "range", 30, 40),
        ("30-40 people", "range", 30, 40),
        ("298 passengers", "exact", 298, 298),
        ("100 dead", "round", 90, 110),
    ],
)
def test_qualifiers_become_intervals(text, qualifier, low, high):
    q = only(text)
    assert (q.qualifier, q.low, q.high) == (qualifier, low, high)
    assert q.is_count


def test_qualifier_is_part_of_the_span():
    q = only("officials said more than 100 were killed")
    assert q.text == "more than 100"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nine people drowned", 9),
        ("twenty-five people", 25),
        ("two hundred and fifty homes", 250),
        ("1.5 million people", 1_500_000),
        ("470,000 people", 470_000),
        ("a quarter of a million people", 250_000),
        ("half a million people", 500_000),
        ("two dozen people", 24),
        ("a dozen people", 12),
        ("a hundred people", 100),
    ],
)
def test_number_words(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens were wounded", 24, 199),
        ("scores of people", 40, 399),
        ("hundreds were killed", 200, 1999),
        ("thousands fled", 2000, 19999),
        ("tens of thousands fled", 20_000, 199_999),
    ],
)
def test_vague_quantities_are_ranges(text, low, high):
    q = only(text)
    assert (q.qualifier, q.low, q.high) == ("vague", low, high)


@pytest.mark.parametrize(
    "text",
    [
        "in September 2016",
        "from 2014 to 2017",
        "on Jan. 7-8",
        "7 Feb, 2018 22:58",
        "at 10:30 p.m.",
        "at 3 pm",
        "the 11th Marine Expeditionary Unit",
        "fired M777 howitzers",
        "T-55 and T-72 tanks",
        "a Russian Sukhoi 25 was downed",
        "a Boeing 737 landed",
        "F-16s flew over",
        "COVID-19 cases",
        "Route 66",
        "No. 10 said",
        "10 Downing Street",
        "call 0800 555 0199",
        "they won 3-1",
        "the Guildford Four",
        "Hide Caption 16 of 30",
        "test scores fell",
    ],
)
def test_not_counts(text):
    assert [q for q in scan(text) if q.is_count] == []


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("the 72-year-old driver", "age"),
        ("the driver, aged 27, was", "age"),
        ("Ann Lee, 34, said", "age"),
        ("unemployment rose to 5.3 percent", "percent"),
        ("a rise of 4%", "percent"),
        ("a $1.2 billion deal", "money"),
        ("£40 tickets", "money"),
        ("four months ago", "duration"),
        ("a two-hour special", "duration"),
        ("five miles east", "length"),
        ("a 25-ton truck", "mass"),
        ("60 mph winds", "speed"),
    ],
)
def test_other_measures_are_not_counts(text, measure):
    assert only(text).measure == measure


def test_no_one_is_not_a_count_of_one():
    assert scan("no one was killed") == []


def test_round_figures():
    assert is_round(100) and is_round(500) and is_round(1000) and is_round(470_000)
    assert not is_round(40) and not is_round(298) and not is_round(250) and not is_round(1234)


def test_number_value_reads_digits_and_words():
    assert number_value("470,000") == 470_000
    assert number_value("one hundred and twenty") == 120
    assert number_value("3 million") == 3_000_000


# -- where a match can start (issue 19: the long pattern is tried only there) ----------------


def _every_phrase():
    from newslint.extract import numbers

    g = numbers.grammar()
    return [*g.words, *g.fractions, *g.vague, *g.qualifiers, "between"]


def test_every_phrase_opens_with_a_letter_or_a_digit():
    """`_starts` rests on this: a phrase that opened with "~" could start a match anywhere
    (the grammar would then fall back to trying every place, which is slow, not wrong)."""
    from newslint.extract import numbers

    assert all(numbers._opening_word(p) is not None for p in _every_phrase())
    assert numbers._opening_word("more than") == "more"
    assert numbers._opening_word("12") == ""
    assert numbers._opening_word("~5") is None


def _both(lowered: str):
    from newslint.extract import numbers

    g = numbers.grammar()
    plain = [(m.span(), m.groupdict()) for m in g.pattern.finditer(lowered)]
    started = [(m.span(), m.groupdict()) for m in numbers._from_starts(g, lowered)]
    return plain, started


def test_starts_find_the_same_matches_as_the_pattern_on_every_phrase():
    """Each phrase of the tables, in the places a number sits: after a bracket, a quote, a
    dash, glued to a letter or a digit, at the end of the text."""
    for phrase in _every_phrase():
        for text in (
            f"{phrase} 12 people",
            f"({phrase} five) dead",
            f"x{phrase} 3",
            f"3{phrase} 3",
            f"-{phrase} 40",
            f"“{phrase} 1,000”",
            f"between {phrase} and 20",
            f"{phrase}",
            f"{phrase.replace(' ', chr(10) + chr(9))}\t7",  # any white space between its words
            f"{phrase}7",
        ):
            plain, started = _both(text.lower())
            assert plain == started, text


def test_a_word_that_opens_only_long_qualifiers_starts_only_with_one():
    """ "in" opens only "in excess of": it is tried where that follows, not at every "in"."""
    from newslint.extract import numbers

    g = numbers.grammar()
    phrased = numbers._phrased(g.qualifiers, {"a", "an", "one", "between", "over"})
    assert phrased["in"] == ["in excess of"] and "over" not in phrased and "about" not in phrased
    assert [m.start() for m in g.starts.finditer("in 2004, in excess of 40")] == [3, 9, 22]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(news_text(), stories()))
def test_starts_find_the_same_matches_as_the_pattern(text):
    plain, started = _both(text.lower())
    assert plain == started


def test_starts_on_the_examples():
    for text in EXAMPLES:
        plain, started = _both(text.lower())
        assert plain == started
        assert plain


# -- the look-backs' endings are read before the patterns run --------------------------------

BEFORE = [
    "on 14 March ",
    "on 14 MARCH, ",
    "Feb.\t",
    "Sept., ",
    "since \u017fept ",  # the long s: re.IGNORECASE matches it as "s"
    "in May \n",  # `$` matches before a last newline
    "in May\n",
    "in May \n\n",
    "Jan.. ",
    "a summary ",
    "Room No. ",
    "number  ",
    "Nos.",
    "# ",
    "the driver, ",
    "Thanou,\n",
    "aged ",
    "who WAS ",
    "died at\t",
    "dead  at ",
    "age of ",
    "he i\u017f ",
    "Dies At ",
    "the age",
    "",
]

ENDINGS = st.sampled_from(
    ["May", "march", "Sept.", "No", "No.", "number", "#", ",", "aged", "was", "at", "of", "x"]
)
BLANKS = st.text(alphabet=" \t\n", max_size=3)


def _look_backs_agree(before: str) -> None:
    g = _numbers.grammar()
    assert _numbers._date_before(before, g) == bool(g.before_date.search(before)), before
    if _numbers._DESIGNATOR_BEFORE.search(before):
        assert _numbers._ends_with(before, _numbers._DESIGNATOR_ENDINGS), before
    if _numbers._APPOSITION_BEFORE.search(before):
        assert before[-1:].isspace() and _numbers._ends_with(before, (",",)), before
    if _numbers._AGE_BEFORE.search(before):
        assert before[-1:].isspace(), before
        assert _numbers._ends_with(before, _numbers._AGE_ENDINGS, fold=True), before


@pytest.mark.parametrize("before", BEFORE)
def test_a_look_back_runs_whenever_it_could_match(before):
    """The endings are a necessary condition: wherever a look-back pattern matches, its
    ending is there (and the month check gives exactly the pattern's answer)."""
    _look_backs_agree(before)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=12), ENDINGS, st.sampled_from(["", ".", ",", ".,"]), BLANKS)
def test_look_back_endings_hold_on_any_text(head, ending, marks, blanks):
    _look_backs_agree(head + ending + marks + blanks)
    _look_backs_agree(head + blanks)
