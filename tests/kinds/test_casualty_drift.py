from newslint import lint_text
from newslint.finding import Severity
from tests.conftest import spots


def test_later_figure_is_flagged_and_points_back():
    text = "At least 40 people died in the fire.\n\nOfficials put the death toll at 37 on Friday.\n"
    findings = lint_text(text, "s.txt", select=["NL101"])
    assert [(f.location.line, f.location.column) for f in findings] == [(3, 33)]
    assert findings[0].related[0].location.line == 1
    assert findings[0].severity is Severity.ERROR


def test_hedged_zero_against_a_toll():
    text = (
        "There were no immediate reports of casualties on either side.\n\n"
        "An official said more than 100 of the attackers were killed.\n"
    )
    assert spots(text, "NL101") == [(3, 18, "NL101")]


def test_same_group_different_counts():
    text = "Four firefighters were hurt.\n\nFive firefighters were injured, the brigade said.\n"
    assert spots(text, "NL101") == [(3, 1, "NL101")]


def test_casualties_bound_the_killed():
    text = "The army reported no casualties.\n\nTwo soldiers were killed in the ambush.\n"
    assert spots(text, "NL101") == [(3, 1, "NL101")]


def test_quiet_on_other_events_parts_and_compatible_figures():
    quiet = [
        "More than 100 fighters were killed.\n\nAround 100 soldiers were killed in a 2016 strike.\n",
        "Twelve people were killed, including 10 Americans.\n",
        "Twelve people were killed.\n\nAmong the dead were 10 Americans.\n",
        "Dozens were wounded.\n\nHospital staff said 25 people were injured.\n",
        "No Americans were injured.\n\nMore than 100 Syrian fighters were killed.\n",
        "The death toll rose to 40.\n\nOn Thursday officials said 25 people had died.\n",
        "Seven people died.\n\nTwenty people were hurt.\n",
        "Four people died.\n\nPolice said two people with serious injuries were released.\n",
        "Last year's flood killed 12 people.\n\nThis week's storm killed 3.\n",
        "Eleven people were convicted over bombs which killed seven people.\n",
    ]
    for text in quiet:
        assert spots(text, "NL101") == [], text


def test_far_apart_figures_are_different_things():
    text = "The quake killed 2,000 people.\n\nFive people died in the aftershock.\n"
    assert spots(text, "NL101") == []


def test_named_sources_that_disagree_are_info():
    text = "The ministry said 40 people were killed.\n\nThe Red Crescent, however, put the toll at 25.\n"
    (finding,) = lint_text(text, "s.txt", select=["NL101"])
    assert finding.severity is Severity.INFO


def test_quoted_figure_is_info():
    text = 'At least 84 people died.\n\nOne witness wrote: "I heard 80 people have died."\n'
    (finding,) = lint_text(text, "s.txt", select=["NL101"])
    assert finding.severity is Severity.INFO
