from tests.conftest import spots


def test_toll_without_source_in_sentence_or_paragraph():
    text = "Storm hits coast\n\nThe storm killed more than 100 people.\n\nRoads were closed.\n"
    assert spots(text, "NL302") == [(3, 18, "NL302")]


def test_sourced_background_passive_and_headline_are_quiet():
    quiet = [
        "Storm hits coast\n\nThe storm killed more than 100 people, officials said.\n",
        "Storm hits coast\n\nThe storm killed 12 people. The figure came from the coastguard, which said more may be missing.\n",
        "Storm hits coast\n\nAround 100 people were killed in a similar storm in 2016.\n",
        "Storm hits coast\n\nOver 100 people were reported killed.\n",
        "Storm kills 100\n\nRoads were closed on Monday.\n",
    ]
    for text in quiet:
        assert spots(text, "NL302") == [], text
