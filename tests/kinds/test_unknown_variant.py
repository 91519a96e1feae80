import pytest

from newslint import lint_text
from tests.conftest import spots


@pytest.mark.parametrize(
    "text, place",
    [
        ("The UN said Demascus had lodged a complaint.\n", "Damascus"),  # a capital speaking
        ("Talks resumed in Brussells on Monday.\n", "Brussels"),  # a doubled letter
        ("Aid flights left for Narobi on Tuesday.\n", "Nairobi"),  # a dropped letter
        ("The team trained in Thaliand last winter.\n", "Thailand"),  # two letters swapped
        ("Growers in Lesotho, Sri Lanka and Bangaldesh fear the change.\n", "Bangladesh"),
        ("Storms hit farms across Nebraksa overnight.\n", "Nebraska"),  # a US state
        ("The match was played in Blomefontein.\n", "Bloemfontein"),
    ],
)
def test_near_miss_of_a_place_names_the_right_spelling(text, place):
    (found,) = lint_text(text, "s.txt", select=["NL502"])
    assert found.message.endswith(f"did you mean '{place}'?")


def test_real_places_people_and_demonyms_are_quiet():
    quiet = [
        "The UN said Damascus had lodged a complaint.\n",
        "Delegates from Iran and Iraq met in Vienna.\n",
        "President Vladimir Putin spoke.\n",
        "The German team won.\n",
        "Later, the talks resumed.\n",
        # real places one letter from a bigger one
        "Flights left for Mosul and Kiev on Tuesday.\n",
        "Delegates met in Malta, then in Yalta.\n",
    ]
    for text in quiet:
        assert spots(text, "NL502") == [], text


def test_words_not_used_as_places_are_quiet():
    quiet = [
        "All 27 Merlin engines fired at once.\n",  # a thing named like a city (Berlin)
        "The film was shot on old Kodak stock.\n",
        "The boy fell into a well in Hebei province.\n",  # a region
        "Firms such as Nokia, Sagem, Sony and Thomson agreed.\n",  # a list of companies
        "Dating apps and Changing Rooms were popular.\n",  # ordinary words
        "The defender Gallas said he would stay.\n",  # a surname speaking
    ]
    for text in quiet:
        assert spots(text, "NL502") == [], text


def test_the_right_spelling_in_the_story_is_left_to_spelling_variant():
    text = "Talks in Damascus began.\n\nEnvoys flew to Demascus and back.\n"
    assert spots(text, "NL502") == []
    assert [c for _, _, c in spots(text, "NL501")] == ["NL501"]
