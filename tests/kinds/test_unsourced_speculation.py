from tests.conftest import spots


def test_hedge_on_an_action_without_source():
    assert spots("Regime forces were likely attempting to take the oilfield.\n", "NL301") == [
        (1, 20, "NL301")
    ]
    assert spots("The convoy was apparently heading for the border.\n", "NL301") == [
        (1, 16, "NL301")
    ]
    assert spots("The gunmen had probably fled across the river.\n", "NL301") == [(1, 16, "NL301")]
    assert spots("The blast was almost certainly caused by a gas leak.\n", "NL301") == [
        (1, 15, "NL301")
    ]
    assert spots("The leader is believed to have left the city.\n", "NL301") == [(1, 12, "NL301")]


def test_attributed_quoted_forecast_and_neutral_are_quiet():
    quiet = [
        "Regime forces were likely attempting to take the oilfield, a US official said.\n",
        "According to the ministry, the convoy was probably lost.\n",
        '"They were probably lost," the captain said.\n',
        "“They were probably lost,” the captain said.\n",
        "Prices are likely to rise again next year.\n",
        "The Euphrates runs through eastern Syria.\n",
        # the source is the next sentence of the paragraph
        "The gunmen had probably fled. That is the view of the police, a spokesman said.\n",
    ]
    for text in quiet:
        assert spots(text, "NL301") == [], text


def test_hedges_that_are_not_guesses_at_a_fact_are_quiet():
    quiet = [
        "A draw is the likely outcome.\n",  # before a noun
        "It was probably the best year of his career.\n",
        "A crash would likely have sent his car into the wall.\n",  # a conditional
        "Is this probably a joke?\n",  # a question
        "I think the band probably played too long.\n",  # a first-person aside
        "France may have beaten Scotland, but they were dull.\n",  # a concession
        "The scanner appears to have moved to the back.\n",  # an evidential
        "The event was clearly designed to flatter the chancellor.\n",  # a booster
    ]
    for text in quiet:
        assert spots(text, "NL301") == [], text
