"""newslint.identity: a cache keyed by the argument's identity, not its (costly) hash."""

import re

from newslint import identity


def test_the_same_object_is_computed_once():
    calls = []

    @identity.by_identity()
    def length(items):
        calls.append(items)
        return len(items)

    phrases = ("share this", "read more")
    assert length(phrases) == 2
    assert length(phrases) == 2
    assert calls == [phrases]


def test_an_equal_but_distinct_object_is_computed_again():
    """Identity, not equality: a new lexicon built with the same phrases is a new entry (and a
    changed list is never mistaken for the one cached)."""
    calls = []

    @identity.by_identity()
    def first(items):
        calls.append(1)
        return items[0]

    a, b = ["x", "y"], ["x", "y"]
    first(a)
    first(b)
    assert len(calls) == 2


def test_an_entry_keeps_its_object_alive_so_its_id_is_not_reused():
    @identity.by_identity()
    def pattern_text(compiled):
        return compiled.pattern

    assert pattern_text(re.compile("first pattern")) == "first pattern"
    # The first pattern cannot be freed while cached, so the second never shares its id.
    assert pattern_text(re.compile("second pattern")) == "second pattern"


def test_the_cache_is_bounded():
    calls = []

    @identity.by_identity(maxsize=2)
    def echo(item):
        calls.append(item)
        return item

    items = [object() for _ in range(3)]
    for item in items:
        echo(item)
    echo(items[0])  # the third entry cleared the cache: computed again
    assert len(calls) == 4


def test_several_arguments_are_keyed_together():
    calls = []

    @identity.by_identity()
    def pair(a, b):
        calls.append((a, b))
        return (a, b)

    x, y = object(), object()
    pair(x, y)
    pair(x, y)
    pair(y, x)
    assert calls == [(x, y), (y, x)]
