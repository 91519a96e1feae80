from tests.conftest import spots


def test_past_tense_after_the_reference_date():
    text = "---\ndate: 2025-10-12\n---\nThe driver was killed on Oct. 19, police said.\n"
    assert spots(text, "NL202", "s.md") == [(4, 26, "NL202")]
    text = "Published: Oct. 12, 2025\n\nThe bridge was closed on Oct. 19 after the storm.\n"
    assert spots(text, "NL202") == [(3, 26, "NL202")]


def test_quiet_on_future_notes_rollover_and_no_reference():
    quiet = [
        "---\ndate: 2025-10-12\n---\nThe inquest will open on Oct. 19, the coroner said.\n",
        "---\ndate: 2026-01-05\n---\nThe fire broke out on Dec. 30, officials said.\n",
        "---\ndate: 2016-11-03\n---\nThis article was amended on 4 November 2016.\n",
        "---\ndate: 2017-09-14\n---\nA missile is fired at an undisclosed site on September 15, 2017.\n",
        "The driver was killed on Oct. 19, police said.\n",
    ]
    for text in quiet:
        assert spots(text, "NL202", "s.md") == [], text
