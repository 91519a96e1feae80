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


def test_quantulum3_not_imported_without_unit_words():
    code = (
        "import sys; from newslint import lint_text; "
        "lint_text('More than 100 people were killed. About 100 died.', 's.txt'); "
        "print('quantulum3' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_quantulum3_names_units_once_then_the_cache_does(tmp_path):
    code = (
        "import sys; from newslint import lint_text; "
        "lint_text('The camp is five miles east of the river.', 's.txt'); "
        "print('quantulum3' in sys.modules)"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}

    def run():
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        return out.stdout.strip()

    assert run() == "True"  # first sight of "miles": quantulum3 names it
    assert run() == "False"  # afterwards its answer comes from the cache
    assert list((tmp_path / "newslint").glob("quantulum-units-*.json"))
