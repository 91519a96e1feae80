"""The start-up caches: a changed source is a new entry (never stale), a corrupt or missing
cache is only a miss, and compiled patterns behave exactly like re.compile's."""

import re

import pytest

from newslint import patterns, usercache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "newslint"


def test_remembered_rebuilds_when_a_source_changes(cache, tmp_path):
    source = tmp_path / "table.yaml"
    source.write_text("a: 1\n")
    builds = []

    def build():
        builds.append(source.read_text())
        return {"text": source.read_text()}

    assert usercache.remembered("demo", [source], build) == {"text": "a: 1\n"}
    assert usercache.remembered("demo", [source], build) == {"text": "a: 1\n"}
    assert len(builds) == 1  # the second call read the cache
    source.write_text("a: 2\n")
    assert usercache.remembered("demo", [source], build) == {"text": "a: 2\n"}
    assert len(builds) == 2
    assert len(list(cache.glob("demo-*"))) == 1  # the old entry was replaced


def test_remembered_keys_on_extra_values_and_version(cache, tmp_path, monkeypatch):
    source = tmp_path / "pack.yaml"
    source.write_text("x")
    first = usercache.fingerprint([source], ("extend", ("a",)))
    assert usercache.fingerprint([source], ("extend", ("b",))) != first
    monkeypatch.setattr("newslint.version.__version__", "9.9.9")
    assert usercache.fingerprint([source], ("extend", ("a",))) != first


def test_corrupt_entry_is_a_miss(cache, tmp_path):
    source = tmp_path / "s.yaml"
    source.write_text("x")
    usercache.remembered("demo", [source], lambda: [1, 2])
    (entry,) = cache.glob("demo-*")
    entry.write_bytes(b"P\x80garbage")
    assert usercache.remembered("demo", [source], lambda: [3]) == [3]
    entry.write_bytes(b"")
    assert usercache.read_pickle(entry.name) is None


def test_unwritable_cache_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert usercache.remembered("demo", [], lambda: "value") == "value"


def test_records_are_pickled_and_plain_data_marshalled(cache):
    from newslint.finding import Location

    usercache.write_pickle("plain", {"a": (1, 2), "b": frozenset({"x"})})
    usercache.write_pickle("record", Location("a.txt", 1, 2, 1, 3))
    assert (cache / "plain").read_bytes()[:1] == b"M"
    assert (cache / "record").read_bytes()[:1] == b"P"
    assert usercache.read_pickle("record") == Location("a.txt", 1, 2, 1, 3)


SAMPLES = [
    (r"(?P<n>\d+)\s+(?:killed|dead|died)", re.I),
    (r"^(?:Share this story|READ MORE):?\s*$", re.I | re.M),
    (r"(?<![\w.])(?P<wd>Mon|Tue)(?:day)?\b", 0),
    (r"[“\"](.+?)[”\"]", re.S),
]
TEXT = "Share this story\n12 killed on Monday. “Quote” and 3 DEAD\nREAD MORE:\n"


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_cached_program_matches_like_re(cache, monkeypatch, pattern, flags):
    for _ in range(2):  # built, then read back from the stored program
        monkeypatch.setattr(patterns, "_compiled", {})
        ours, theirs = patterns.compile(pattern, flags), re.compile(pattern, flags)
        assert ours.pattern == theirs.pattern and ours.flags == theirs.flags
        assert ours.groupindex == theirs.groupindex and ours.groups == theirs.groups
        assert [m.span() for m in ours.finditer(TEXT)] == [m.span() for m in theirs.finditer(TEXT)]
        patterns.save()
        monkeypatch.setattr(patterns, "_programs", None)


def test_invalid_pattern_raises_like_re(cache):
    with pytest.raises(re.error):
        patterns.compile(r"(unclosed")


def test_a_broken_stored_program_falls_back_to_re(cache, monkeypatch):
    monkeypatch.setattr(patterns, "_compiled", {})
    monkeypatch.setattr(patterns, "_programs", {(r"\d+", 0): (0, [999999], 0, {}, (None,))})
    assert patterns.compile(r"\d+").findall("a 12 b 3") == ["12", "3"]


def test_folded_pattern_on_lower_cased_text_matches_like_ignorecase(cache):
    source = r"(?P<n>\d+)\s+(?:Killed|DEAD|died)\b"
    folded = patterns.folded(source, re.IGNORECASE)
    ignorecase = re.compile(source, re.IGNORECASE)
    text = "12 KILLED, 3 dead and 40 Died; 7 wounded"
    assert [m.span("n") for m in folded.finditer(text.lower())] == [
        m.span("n") for m in ignorecase.finditer(text)
    ]
    with pytest.raises(ValueError, match="upper-case escapes"):
        patterns.folded(r"\S+")
