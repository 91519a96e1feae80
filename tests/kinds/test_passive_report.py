from newslint import lint_text
from newslint.finding import Severity
from tests.conftest import spots


def test_passive_reports_without_a_reporter():
    assert spots("Over 100 troops were reported killed.\n", "NL303") == [(1, 17, "NL303")]
    assert spots("The minister is said to be furious.\n", "NL303") == [(1, 14, "NL303")]
    assert spots("The Kurds reportedly refused to leave.\n", "NL303") == [(1, 11, "NL303")]
    assert spots("It is understood no deal was offered.\n", "NL303") == [(1, 1, "NL303")]
    assert spots("The chip is reported to be ten times faster.\n", "NL303") == [(1, 10, "NL303")]


def test_a_toll_makes_it_a_warning_and_otherwise_info():
    (found,) = lint_text("Dozens were reported killed.\n", "s.txt", select=["NL303"])
    assert found.severity == Severity.WARNING
    (found,) = lint_text("The club is said to have paid £5m for him.\n", "s.txt", select=["NL303"])
    assert found.severity == Severity.INFO
    (found,) = lint_text("The minister is said to be furious.\n", "s.txt", select=["NL303"])
    assert found.severity == Severity.INFO


def test_named_reporter_or_quote_is_quiet():
    quiet = [
        "Over 100 troops were reported killed, the observatory said.\n",
        "Over 100 troops were reported killed by state television.\n",
        "According to state media, the Kurds reportedly refused to leave.\n",
        '"He is said to be furious," an aide told reporters.\n',
        "He was charged with allegedly faking the accident.\n",
        # the source is in the paragraph the passive relays
        "According to the Times, the minister wants a deal. He is said to be furious.\n",
        "The firm is reported by Reuters to have won the contract.\n",
        "The executive overstated earnings, it was claimed in court.\n",
    ]
    for text in quiet:
        assert spots(text, "NL303") == [], text


def test_reports_that_hide_nobody_are_quiet():
    quiet = [
        # reported to someone: the reporter is the victim
        "The theft was reported to police on Monday.\n",
        "The break-in was reported to the authorities by a neighbour.\n",
        "Two assaults were reported to Scotland Yard overnight.\n",
        # an event simply reported at a place or time
        "Long delays were reported on the northbound line.\n",
        "No injuries were reported.\n",
        "Power cuts were reported across the county after the storm.\n",
        "His sacking was reported early on Monday.\n",
    ]
    for text in quiet:
        assert spots(text, "NL303") == [], text


def test_captions_are_quiet():
    text = "The ship docked.\n\nPeople were reportedly mown down. Photo: Getty Images\n"
    assert spots(text, "NL303") == []


def test_a_report_named_in_the_sentence_or_paragraph_is_quiet():
    quiet = [
        "In a report in the Japan Times, the president is said to have questioned the plan.\n",
        "Early reports said three missiles were fired. Only one was. There was no damage, "
        "according to the broadcaster NHK.\n",
    ]
    for text in quiet:
        assert spots(text, "NL303") == [], text
