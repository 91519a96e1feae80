from tests.conftest import spots


def test_whole_line_share_prompt_and_sequences_of_phrases():
    text = "Harbour shut\n\nThe ferry stopped.\n\nThink your friends would be interested? Share this story!\n"
    assert spots(text, "NL401") == [(5, 1, "NL401")]


def test_decoration_around_the_phrase_is_forgiven():
    assert spots("The vote passed.\n\n» SHARE THIS STORY «\n", "NL401") == [(3, 3, "NL401")]
    assert spots("The vote passed.\n\n- Facebook | Twitter | Email\n", "NL401") == [(3, 3, "NL401")]


def test_copy_that_mentions_the_words_is_quiet():
    text = (
        "He urged followers to share the story.\n"
        '"Click here and you lose your savings," she said.\n'
        "The comments section was closed after abuse, the editor said.\n"
    )
    for code in ("NL401", "NL405", "NL408"):
        assert spots(text, code) == []


def test_prefix_mode_needs_a_separator_and_a_short_line():
    assert spots("Body.\n\nREAD MORE: Floods close schools\n", "NL403") == [(3, 1, "NL403")]
    assert spots("Body.\n\nRead more about the floods in our report.\n", "NL403") == []
    long_line = "Related: " + "word " * 40
    assert spots("Body.\n\n" + long_line + "\n", "NL403") == []


def test_placeholders_in_phrases():
    assert spots("Body.\n\n12 comments\n", "NL405") == [(3, 1, "NL405")]
    assert spots("Body.\n\n0:00 / 24:55\n", "NL413") == [(3, 1, "NL413")]


def test_headline_lines_can_be_skipped():
    assert spots("Map of the flooded valley\n\nBody.\n", "NL415") == []
    assert spots("Body.\n\nMap of the flooded valley\n", "NL415") == [(3, 1, "NL415")]
