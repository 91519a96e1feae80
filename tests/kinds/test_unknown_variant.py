from tests.conftest import spots


def test_near_miss_of_a_well_known_place():
    assert spots("The UN said Demascus had lodged a complaint.\n", "NL502") == [(1, 13, "NL502")]
    assert spots("Talks resumed in Brussells on Monday.\n", "NL502") == [(1, 18, "NL502")]


def test_real_places_people_and_demonyms_are_quiet():
    quiet = [
        "The UN said Damascus had lodged a complaint.\n",
        "Delegates from Iran and Iraq met in Vienna.\n",
        "President Vladimir Putin spoke.\n",
        "The German team won.\n",
        "Later, the talks resumed.\n",
    ]
    for text in quiet:
        assert spots(text, "NL502") == [], text
