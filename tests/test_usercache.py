"""The user cache: signed JSON only. A file this user's newslint did not write is ignored, a
damaged one is a miss, an unwritable folder only means the work is redone, and compiled
patterns behave exactly like re.compile's."""

import json
import os
import re
import stat

import pytest

from newslint import patterns, usercache


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "newslint"


def test_signed_json_round_trips_and_the_key_is_private(cache):
    usercache.write_json("demo.json", {"a": [1, 2]})
    assert usercache.read_json("demo.json") == {"a": [1, 2]}
    assert stat.S_IMODE(os.stat(cache / "key").st_mode) == 0o600
    assert (cache / "demo.json").read_bytes().startswith(b"newslint-signed-v2 ")


def test_a_file_from_elsewhere_or_edited_is_ignored(cache):
    usercache.write_json("demo.json", {"a": 1})
    blob = (cache / "demo.json").read_bytes()
    (cache / "demo.json").write_bytes(blob.replace(b'"a":1', b'"a":2'))  # edited payload
    assert usercache.read_json("demo.json") is None
    (cache / "demo.json").write_text(json.dumps({"a": 2}), encoding="utf-8")  # never signed
    assert usercache.read_json("demo.json") is None
    (cache / "demo.json").write_bytes(b"")
    assert usercache.read_json("demo.json") is None


def test_another_users_key_does_not_verify(cache, tmp_path, monkeypatch):
    usercache.write_json("demo.json", {"a": 1})
    theirs = (cache / "demo.json").read_bytes()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "other"))
    (tmp_path / "other" / "newslint").mkdir(parents=True)
    (tmp_path / "other" / "newslint" / "demo.json").write_bytes(theirs)
    assert usercache.read_json("demo.json") is None


def test_a_readable_key_is_not_trusted_and_is_replaced(cache):
    usercache.write_json("demo.json", {"a": 1})
    os.chmod(cache / "key", 0o644)
    usercache._key.cache_clear()
    assert usercache.read_json("demo.json") is None
    assert stat.S_IMODE(os.stat(cache / "key").st_mode) == 0o600


def test_unwritable_cache_folder_is_only_a_miss(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    usercache.write_json("demo.json", [1])
    assert usercache.read_json("demo.json") is None


def test_fingerprint_keys_on_extra_values_and_version(tmp_path, monkeypatch):
    source = tmp_path / "pack.yaml"
    source.write_text("x")
    first = usercache.fingerprint([source], ("extend", ("a",)))
    assert usercache.fingerprint([source], ("extend", ("b",))) != first
    monkeypatch.setattr("newslint.version.__version__", "9.9.9")
    assert usercache.fingerprint([source], ("extend", ("a",))) != first


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


def test_stored_programs_of_the_wrong_shape_are_dropped(cache, monkeypatch):
    usercache.write_json(patterns._store_name(), [["x", 0, "not a program"], [1, 2], "junk"])
    monkeypatch.setattr(patterns, "_programs", None)
    monkeypatch.setattr(patterns, "_compiled", {})
    assert patterns._load() == {}
    assert patterns.compile(r"\d+").findall("a 12 b 3") == ["12", "3"]


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
