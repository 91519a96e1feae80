from tests.conftest import spots


def test_unnamed_sources_are_pointed_at():
    assert spots("Sources say the minister will resign.\n", "NL306") == [(1, 1, "NL306")]
    assert spots("The minister will resign, military sources said.\n", "NL306") == [
        (1, 27, "NL306")
    ]


def test_named_and_quoted_are_quiet():
    assert spots("The minister will resign, two officials briefed on it said.\n", "NL306") == []
    assert spots('"Sources say he will go," the editor wrote.\n', "NL306") == []


def test_a_paragraph_that_explains_the_anonymity_is_quiet():
    quiet = [
        "The bank moved early, said a source, who spoke on condition of anonymity because "
        "the talks were private.\n",
        "Sources said the deal was done. They were not authorised to speak publicly.\n",
    ]
    for text in quiet:
        assert spots(text, "NL306") == [], text
    assert spots("Sources said the deal was done.\n\nThe bank declined to comment.\n", "NL306")
