from tests.conftest import spots


def test_hedge_without_source():
    assert spots("Regime forces were likely attempting to take the oilfield.\n", "NL301") == [
        (1, 20, "NL301")
    ]
    assert spots("The convoy was apparently heading for the border.\n", "NL301") == [
        (1, 16, "NL301")
    ]


def test_attributed_quoted_forecast_and_neutral_are_quiet():
    quiet = [
        "Regime forces were likely attempting to take the oilfield, a US official said.\n",
        "According to the ministry, the convoy was probably lost.\n",
        '"They were probably lost," the captain said.\n',
        "“They were probably lost,” the captain said.\n",
        "Prices are likely to rise again next year.\n",
        "The Euphrates runs through eastern Syria.\n",
    ]
    for text in quiet:
        assert spots(text, "NL301") == [], text
