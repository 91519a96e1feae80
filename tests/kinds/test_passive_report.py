from tests.conftest import spots


def test_passive_reports_without_a_reporter():
    assert spots("Over 100 troops were reported killed.\n", "NL303") == [(1, 17, "NL303")]
    assert spots("The minister is said to be furious.\n", "NL303") == [(1, 14, "NL303")]
    assert spots("The Kurds reportedly refused to leave.\n", "NL303") == [(1, 11, "NL303")]
    assert spots("It is understood no deal was offered.\n", "NL303") == [(1, 1, "NL303")]


def test_named_reporter_or_quote_is_quiet():
    quiet = [
        "Over 100 troops were reported killed, the observatory said.\n",
        "Over 100 troops were reported killed by state television.\n",
        "According to state media, the Kurds reportedly refused to leave.\n",
        '"He is said to be furious," an aide told reporters.\n',
        "He was charged with allegedly faking the accident.\n",
    ]
    for text in quiet:
        assert spots(text, "NL303") == [], text
