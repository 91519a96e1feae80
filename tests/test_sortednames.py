"""SortedNames answers as a frozenset of its names would, before and after it settles."""

from newslint import derived
from newslint.extract.sortednames import SortedNames

NAMES = sorted(["aba", "abuja", "accra", "kyiv", "kyiv oblast", "narobi", "zurich", "é"])
ASKED = [*NAMES, "", "ab", "abujaa", "kyi", "kyiv\noblast", "zzz", "a", "Accra", 7, None]


def test_binary_search_and_set_give_the_same_answers():
    joined = "\n".join(NAMES)
    expected = [isinstance(n, str) and n in set(NAMES) for n in ASKED]
    assert [n in SortedNames(joined) for n in ASKED] == expected
    settling = SortedNames(joined, settle_after=3)
    assert [n in settling for n in ASKED] == expected  # settles part-way through
    assert settling._settled == frozenset(NAMES)
    assert [n in settling for n in ASKED] == expected


def test_an_empty_set_holds_nothing():
    for names in (SortedNames(""), SortedNames("", settle_after=0)):
        assert "" not in names and "a" not in names
        assert "" not in names  # after settling too


def test_the_shipped_word_lists_are_sorted():
    """Binary search needs the shipped order to be Python's string order."""
    found = derived.data("words")
    for part in ("words", "names"):
        listed = found[part].split("\n")
        assert listed == sorted(listed) and len(listed) == len(set(listed))
    places = derived.data("places").split("\n")
    assert places == sorted(places)
