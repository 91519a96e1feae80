"""chrome-region: the page around a pasted story, both sides."""

from tests.conftest import spots

BODY = (
    "The harbour reopened on Monday after a storm closed it for three days, the port said.\n\n"
    "Traders said the closure had cost them thousands of pounds in lost sales over the week.\n\n"
    "The council will discuss repairs to the sea wall at its meeting on Thursday evening.\n"
)


def test_a_pasted_header_and_footer_are_one_finding_each():
    header = "Coast Times\nWorld\nLocal\nSign in\nSubscribe\n\n"
    footer = "\nMost Read\nFerry Fares Rise Again\nPier Shut After Storm\nPrivacy Policy\n"
    found = spots(header + BODY + footer, "NL427")
    assert found == [(2, 1, "NL427"), (13, 1, "NL427")]


def test_a_story_with_headline_byline_and_end_matter_is_quiet():
    story = "Harbour reopens\n\nBy Jane Smith\n\n" + BODY
    assert spots(story, "NL427") == []
    results = "\nResults\n1 Rovers 3\n2 United 1\n3 City 0\n"  # a table of the story's own
    assert spots(story + results, "NL427") == []


def test_sentences_after_the_story_end_a_run():
    story = BODY + "\nReporting by Jane Smith; editing by Tom Lee\n\nHe declined to comment.\n"
    assert spots(story, "NL427") == []
