from tests.conftest import spots

HEAD = "Published: Mon, February 12, 2018\n\n"


def test_bare_weekday_against_explicit_date_of_the_same_event():
    text = (
        HEAD + "The attack on Wednesday killed 12 people.\n\nThe Feb. 9 attack was the deadliest.\n"
    )
    assert spots(text, "NL204") == [(3, 15, "NL204")]
    text = HEAD + "Wednesday's attack killed 12.\n\nThe strike of Feb. 9 was the deadliest.\n"
    assert spots(text, "NL204") == []  # an attack and a strike: not known to be one event


def test_quiet_when_consistent_or_loose():
    quiet = [
        HEAD
        + "The attack on Wednesday killed 12 people.\n\nThe Feb. 7 attack was the deadliest.\n",
        HEAD
        + "Officials said on Thursday that the attack killed 12.\n\nThe Feb. 9 attack was the worst.\n",
        HEAD + "The vote on Wednesday passed.\n\nThe Feb. 9 attack was the deadliest.\n",
    ]
    for text in quiet:
        assert spots(text, "NL204") == [], text
