from tests.conftest import spots


def test_publication_line_weekday():
    assert spots("Published: Tue, February 12, 2018\n\nThe council met.\n", "NL203") == [
        (1, 12, "NL203")
    ]
    assert spots("Published: Mon, February 12, 2018\n\nThe council met.\n", "NL203") == []
    assert spots("Updated Monday, Feb. 12, 2018 10:04 GMT\n\nThe council met.\n", "NL203") == []
    assert spots("Updated Tuesday, Feb. 12, 2018 10:04 GMT\n\nBody.\n", "NL203") == [
        (1, 9, "NL203")
    ]


def test_weekday_dates_in_the_copy_are_not_datelines():
    text = "The council met.\n\nIt next meets on Tuesday, February 12, 2018, at noon.\n"
    assert spots(text, "NL203") == []
