from tests.conftest import spots

QUOTE = "We will not be moved on this, whatever the minister decides next week."


def test_quote_paragraph_without_speaker():
    assert spots(f'The council met on Monday.\n\n"{QUOTE}"\n', "NL304") == [(3, 1, "NL304")]
    assert spots(f"The council met on Monday.\n\n“{QUOTE}”\n", "NL304") == [(3, 1, "NL304")]


def test_speaker_after_before_colon_run_and_continued_are_quiet():
    quiet = [
        f'The council met.\n\n"{QUOTE}," the mayor said.\n',
        f'The council met.\n\nThe mayor said: "{QUOTE}"\n',
        f"The council met.\n\nSaid the mayor, “{QUOTE}”\n",
        f'The alliance said in a statement:\n\n"{QUOTE}"\n',
        f'The mayor said the vote was close.\n\n"{QUOTE}"\n',
        f'The mayor spoke first.\n\n"{QUOTE}" she said.\n\n"{QUOTE}"\n',
        f'"{QUOTE}," the mayor said. "We have heard them.\n\n"{QUOTE}"\n',
    ]
    for text in quiet:
        assert spots(text, "NL304") == [], text
