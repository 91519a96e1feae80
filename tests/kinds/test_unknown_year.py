import datetime as dt

from newslint import lint_text
from tests.conftest import spots


def test_said_once_without_reference_date():
    text = "On Wednesday, Jan. 7, the council voted.\n\nOn Thursday, Jan. 8, it adjourned.\n"
    assert spots(text, "NL205") == [(1, 4, "NL205")]
    assert lint_text(text, "s.txt", select=["NL205"], date=dt.date(2026, 1, 9)) == []
    assert spots("On Wednesday, Jan. 7, 2026, the council voted.\n", "NL205") == []
