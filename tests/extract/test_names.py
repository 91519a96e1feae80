"""Name folding and skeletons: transliteration, case and diacritic variants look alike; different
real names do not."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint.document import Document
from newslint.extract import names


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Deir Ezzor", "Deir ez-Zour"),
        ("Deir ez-Zor", "Deir el-Zour"),
        ("Hizbollah", "Hizballah"),
        ("Qaddafi", "Gaddafi"),
        ("Sergey", "Sergei"),
        ("Malmö", "Malmo"),
        ("Zürich", "Zurich"),
        ("Demascus", "Damascus"),
    ],
)
def test_variants_share_a_skeleton_and_are_close(a, b):
    assert names.skeleton(a) == names.skeleton(b)
    assert names.close(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("Iran", "Iraq"), ("Roland", "Ireland"), ("Paris", "Peres"), ("Jon", "John")],
)
def test_different_names_are_told_apart(a, b):
    assert names.skeleton(a) != names.skeleton(b) or not names.close(a, b)


@pytest.mark.parametrize(
    ("name", "outline"),
    [("Hizbollah", "hzblh"), ("Mississippi", "msp"), ("Aaron", "rn"), ("Cqg", "k"), ("Ba", "b")],
)
def test_a_skeleton_writes_each_run_of_one_consonant_once(name, outline):
    """Doubled letters count once, also where dropping the vowels makes them meet."""
    assert names.skeleton(name) == outline


@given(st.text(alphabet="abcdeghkloqsuyzBCGKQ 0123-'’éß", max_size=24))
def test_a_skeleton_is_the_outline_with_runs_written_once(text):
    outline = names.fold(text).translate(names._HARD_K).translate(names._VOWELS)
    assert names.skeleton(text) == re.sub(r"(.)\1+", r"\1", outline)


def test_derived_words_aliases_and_compounds():
    assert names.related_words("Iraq", "Iraqi")
    assert names.related_words("Germany", "German")
    assert names.related_words("Ukraine", "Ukrainian")
    assert names.related_words("Turkey-EU", "Turkey")
    assert names.related_words("Russian Ministry", "Russian Minister")
    assert names.aliases_of("Islamic State", "Daesh")
    assert names.aliases_of("U.S.", "USA")
    assert not names.aliases_of("Hizbollah", "Hizballah")


def test_spellings_include_words_inside_longer_names():
    doc = Document("Shelling hit Deir ez-Zor Governorate. Troops left Deir Ezzor at noon.")
    found = {s.text: len(s.occurrences) for s in names.spellings(doc)}
    assert found["Deir ez-Zor"] == 1 and found["Deir Ezzor"] == 1 and found["Deir"] == 2
