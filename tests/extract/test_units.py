"""Units: the conversion table, agreement after conversion, and quantulum3 loaded only when a
story has unit words."""

import os
import subprocess
import sys

import pytest

from newslint.extract import units
from newslint.extract.numbers import scan


def base(text: str) -> float:
    (q,) = [q for q in scan(text) if q.unit]
    return units.to_base(q.value, q.unit)


def test_miles_and_kilometres_agree_after_conversion():
    assert units.agree(base("five miles"), base("eight kilometers"))
    assert not units.agree(base("five miles"), base("five kilometers"))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("3 feet", "91 centimetres"),
        ("2 square miles", "518 hectares"),
        ("10 kg", "22 lb"),
        ("4 gallons", "15 litres"),
        ("60 mph", "97 km/h"),
        ("30 kilometres an hour", "19 miles per hour"),
        ("100 degrees Fahrenheit", "38 °C"),
        ("20 knots", "37 kph"),
    ],
)
def test_conversions_across_the_table(a, b):
    assert units.agree(base(a), base(b))


def test_dimension_comes_from_the_table_not_quantulum3():
    (q,) = scan("winds of 30 kilometres an hour")
    assert (q.measure, q.unit) == ("speed", "kilometre per hour")


def test_short_abbreviations_only_after_digits_and_case_sensitive():
    assert [q.unit for q in scan("it was 5 C outside")] == ["degree celsius"]
    assert [q.measure for q in scan("five m")] == ["count"]
    assert [q.measure for q in scan("grade 5 c")] == ["count"]


def test_quantulum3_is_never_imported_its_names_are_derived(tmp_path):
    """Not without unit words, and not with them either, even with an empty user cache: the
    names quantulum3 gives the table's unit words ship in lint/derived/units.json."""
    code = (
        "import sys; from newslint import lint_text; "
        "fs = lint_text('The camp is five miles east of the river. About 100 died.', 's.txt'); "
        "print('quantulum3' in sys.modules)"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "False"
    assert not list(tmp_path.rglob("quantulum*"))  # and nothing about units in the user cache
