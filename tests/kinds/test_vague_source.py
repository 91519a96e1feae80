from tests.conftest import spots


def test_unnamed_sources_are_pointed_at():
    assert spots("Sources say the minister will resign.\n", "NL306") == [(1, 1, "NL306")]
    assert spots("The minister will resign, military sources said.\n", "NL306") == [
        (1, 27, "NL306")
    ]


def test_named_and_quoted_are_quiet():
    assert spots("The minister will resign, two officials briefed on it said.\n", "NL306") == []
    assert spots('"Sources say he will go," the editor wrote.\n', "NL306") == []
