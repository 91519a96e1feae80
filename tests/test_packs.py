"""The packs themselves: identity, docs, and every YAML example executed."""

import re
from pathlib import Path

import pytest

from newslint import lint_text
from newslint.finding import InputError
from newslint.kinds import is_set_kind
from newslint.rulepack import Registry, builtin_pack_paths, load_packs, load_registry
from newslint.runner import REPORT_SEPARATOR, compare_texts

REGISTRY = load_registry()
RULES = [r for r in REGISTRY.rules if r.kind != "engine"]


def test_codes_and_names_are_unique_and_well_formed():
    codes = [r.code for r in REGISTRY.rules]
    assert len(codes) == len(set(codes))
    for rule in REGISTRY.rules:
        assert re.fullmatch(r"NL\d{3}", rule.code)
        assert re.fullmatch(r"[a-z]+/[a-z0-9-]+", rule.name)


def test_the_five_packs_exist():
    assert {"numbers", "dates", "attribution", "boilerplate", "names"} <= REGISTRY.pack_names


@pytest.mark.parametrize("rule", REGISTRY.rules, ids=lambda r: r.code)
def test_every_rule_documents_itself(rule):
    assert rule.what and rule.why
    assert rule.fail_examples and rule.pass_examples


def run_example(rule, example):
    """One story, or for a cross-document rule several reports split on REPORT_SEPARATOR."""
    if is_set_kind(rule.kind):
        return compare_texts(example.split(REPORT_SEPARATOR), select=[rule.code])
    return lint_text(example, "example.txt", select=[rule.code])


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in RULES for e in r.fail_examples],
    ids=lambda v: getattr(v, "code", "")[:8],
)
def test_fail_examples_fire(rule, example):
    assert rule.code in {f.code for f in run_example(rule, example)}


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r in RULES for e in r.pass_examples],
    ids=lambda v: getattr(v, "code", "")[:8],
)
def test_pass_examples_stay_quiet(rule, example):
    assert run_example(rule, example) == []


def test_directive_rule_examples():
    unused, unknown = REGISTRY.get("NL001"), REGISTRY.get("NL002")
    assert {f.code for f in lint_text(unused.fail_examples[0], select=["NL001"])} == {"NL001"}
    assert lint_text(unused.pass_examples[0], select=["NL001", "NL401"]) == []
    assert {f.code for f in lint_text(unknown.fail_examples[0], select=["NL002"])} == {"NL002"}
    assert lint_text(unknown.pass_examples[0], select=["NL002", "NL401"]) == []


GOOD_RULE = """\
  - code: XY101
    name: shouting
    kind: line-pattern
    severity: warning
    message: "Shouting: {match}"
    params: {pattern: '[A-Z]{10,}'}
    docs: {what: Capitals., why: Loud.}
"""


def write_pack(tmp_path: Path, body: str, name: str = "extra.yaml") -> Path:
    path = tmp_path / name
    path.write_text("pack: extra\nrules:\n" + body, encoding="utf-8")
    return path


def load_error(tmp_path, body) -> InputError:
    path = write_pack(tmp_path, body)
    with pytest.raises(InputError) as err:
        Registry(*load_packs([*builtin_pack_paths(), path], {}))
    assert err.value.path == str(path)
    return err.value


def test_a_user_pack_loads_and_runs(tmp_path):
    path = write_pack(tmp_path, GOOD_RULE)
    packs, _ = load_packs([path], {})
    assert packs[0].rules[0].name == "extra/shouting"


@pytest.mark.parametrize(
    ("change", "line", "words"),
    [
        (("severity: warning", "severity: warning\n    colour: red"), 7, "unknown key 'colour'"),
        (("kind: line-pattern", "kind: regexp"), 5, "unknown kind"),
        (("kind: line-pattern", "kind: line-patern"), 5, "(did you mean 'line-pattern'?)"),
        (("{pattern: '[A-Z]{10,}'}", "{pattern: '[A-Z'}"), 8, "invalid regular expression"),
        (("{pattern: '[A-Z]{10,}'}", "{pattern: 'x', min-count: many}"), 8, "must be a number"),
        (("{pattern: '[A-Z]{10,}'}", "{pattern: 'x', colour: 1}"), 8, "unknown param"),
        (("severity: warning", "severity: fatal"), 6, "unknown severity"),
        (("Shouting: {match}", "Shouting: {shout}"), 7, "does not provide"),
        (("code: XY101", "code: 101"), 3, "must look like NL101"),
    ],
)
def test_broken_rules_are_errors_naming_file_and_line(tmp_path, change, line, words):
    err = load_error(tmp_path, GOOD_RULE.replace(*change))
    assert err.line == line
    assert words in err.message


def test_duplicate_codes_are_errors(tmp_path):
    err = load_error(tmp_path, GOOD_RULE + GOOD_RULE.replace("shouting", "yelling"))
    assert "XY101" in err.message and err.line == 10


def test_invalid_yaml_names_the_line(tmp_path):
    err = load_error(tmp_path, GOOD_RULE + "  - code: [unclosed\n")
    assert err.line in (10, 11)  # where the sequence opens, or where YAML noticed


def test_a_code_typed_with_the_letter_o_suggests_the_zero():
    registry = Registry(*load_packs(builtin_pack_paths(), {}))
    assert registry.suggest("NL4O1") == " (did you mean 'NL401'?)"
    assert registry.suggest("boilerplate/shar-prompt") == (
        " (did you mean 'boilerplate/share-prompt'?)"
    )


def test_invalid_fix_value_names_the_line(tmp_path):
    err = load_error(
        tmp_path, GOOD_RULE.replace("severity: warning", "severity: warning\n    fix: rewrite")
    )
    assert err.line == 7 and "fix must be one of: delete-line" in err.message


SLOW_RULE = """\
  - code: XY101
    name: slow
    kind: line-pattern
    severity: warning
    message: "Slow: {match}"
    params: {pattern: '(a|aa)+$'}
    docs: {what: Backtracks., why: Testing.}
"""


def test_a_catastrophic_pattern_times_out_on_that_file_and_the_run_goes_on(tmp_path, monkeypatch):
    from newslint import config
    from newslint.params import Pattern
    from newslint.runner import Overrides, lint_paths

    monkeypatch.setattr(Pattern, "BUDGET", 0.3)
    monkeypatch.chdir(tmp_path)
    config.clear()
    write_pack(tmp_path, SLOW_RULE, "slow.yaml")
    (tmp_path / ".newslint.yaml").write_text("packs: [slow.yaml]\n", encoding="utf-8")
    (tmp_path / "bait.txt").write_text("Headline\n\n" + "a" * 64 + "b\n\nShare this story!\n")
    (tmp_path / "other.txt").write_text("Headline\n\nShare this story!\n", encoding="utf-8")
    report = lint_paths(["bait.txt", "other.txt"], Overrides())
    assert [str(e) for e in report.errors] == [
        "bait.txt: rule XY101 (extra/slow) timed out: its pattern backtracks too much; "
        "skipped on this file"
    ]
    assert report.exit_code() == 2
    # The other rules still ran on the bait, and the other file was linted.
    assert {(f.path, f.code) for f in report.findings} == {
        ("bait.txt", "NL401"),
        ("other.txt", "NL401"),
    }


def test_the_readme_pack_example_loads(tmp_path):
    import re

    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(pack: house\n.*?)```", readme, re.S).group(1)
    path = tmp_path / "house.yaml"
    path.write_text(block, encoding="utf-8")
    rule = load_packs([path], {})[0][0].rules[0]
    assert (rule.name, rule.fix) == ("house/wire-slug", "delete-line")
    assert rule.fail_examples and rule.pass_examples
