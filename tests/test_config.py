import pytest

from newslint import Overrides, config, lint_paths
from newslint.config import load
from newslint.finding import InputError

STORY = "Storm closes harbour\n\nThe ferry stopped.\n\nShare this story!\n\nRelated articles\n"


def run(tmp_path, config_name, config_text, story_path="story.txt", **overrides):
    config.clear()
    (tmp_path / config_name).write_text(config_text, encoding="utf-8")
    story = tmp_path / story_path
    story.parent.mkdir(parents=True, exist_ok=True)
    story.write_text(STORY, encoding="utf-8")
    return lint_paths([str(story)], Overrides(**overrides))


def codes(report):
    return sorted({f.code for f in report.findings})


def test_no_config_runs_the_default_rules(tmp_path):
    assert codes(run(tmp_path, "notes.txt", "")) == ["NL401", "NL404"]


def test_yaml_config_select_ignore_and_severity(tmp_path):
    report = run(
        tmp_path,
        ".newslint.yaml",
        "select: [boilerplate]\nignore: [NL404]\nseverity: {NL401: info}\n",
    )
    assert codes(report) == ["NL401"]
    assert str(report.findings[0].severity) == "info"
    assert report.exit_code() == 0


def test_pyproject_config_is_found_upward(tmp_path):
    text = '[tool.newslint]\nignore = ["boilerplate/share-prompt"]\nfail-on = "warning"\n'
    report = run(tmp_path, "pyproject.toml", text, story_path="desk/world/story.txt")
    # The general chrome model still sees interface text where share-prompt is switched off.
    assert codes(report) == ["NL404", "NL426"]


def test_pyproject_without_section_is_skipped(tmp_path):
    assert codes(run(tmp_path, "pyproject.toml", "[project]\nname = 'x'\n")) == ["NL401", "NL404"]


def test_per_file_ignores(tmp_path):
    text = "per-file-ignores:\n  'wire/*.txt': [NL401, chrome-model]\n"
    assert codes(run(tmp_path, ".newslint.yaml", text, story_path="wire/a.txt")) == ["NL404"]


def test_command_line_overrides(tmp_path):
    report = run(tmp_path, ".newslint.yaml", "ignore: [NL404]\n", select=("NL404", "NL401"))
    assert codes(report) == ["NL401"]  # --select replaces select; config ignore still applies


def test_unknown_key_is_an_error_with_line_and_suggestion(tmp_path):
    path = tmp_path / ".newslint.yaml"
    path.write_text("select: [NL401]\nignor: [NL404]\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load(path)
    assert err.value.line == 2 and "did you mean 'ignore'" in err.value.message


def test_unknown_selector_is_an_error_with_suggestion(tmp_path):
    report = run(
        tmp_path,
        ".newslint.yaml",
        "fail-on: warning\nignore: [NL417]\nselect: [boilerplate/share-promt]\n",
    )
    assert report.exit_code() == 2
    assert str(report.errors[0]) == (
        f"{tmp_path / '.newslint.yaml'}:3: unknown rule selector 'boilerplate/share-promt' "
        "(did you mean 'boilerplate/share-prompt'?)"
    )


def test_extend_lexicons_and_extra_packs(tmp_path):
    (tmp_path / "house.yaml").write_text(
        "pack: house\nlexicons:\n  house-chrome: [Pass it on]\nrules:\n"
        "  - code: HS101\n    name: pass-it-on\n    kind: phrase-line\n    severity: error\n"
        "    message: \"House chrome '{line}'\"\n    params: {lexicon: house-chrome}\n"
        "    docs: {what: House chrome., why: Not copy.}\n",
        encoding="utf-8",
    )
    text = "packs: [house.yaml]\nextend-lexicons:\n  share-prompts: [Spread the word]\n"
    config.clear()
    (tmp_path / ".newslint.yaml").write_text(text, encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("Body.\n\nPass it on\n\nSpread the word!\n", encoding="utf-8")
    report = lint_paths([str(story)])
    assert [(f.location.line, f.code) for f in report.findings] == [(3, "HS101"), (5, "NL401")]


def test_bad_config_file_does_not_stop_other_folders(tmp_path):
    bad = tmp_path / "bad"
    good = tmp_path / "good"
    bad.mkdir()
    good.mkdir()
    (bad / ".newslint.yaml").write_text("select: NL401\n", encoding="utf-8")
    (bad / "a.txt").write_text(STORY, encoding="utf-8")
    (good / "b.txt").write_text(STORY, encoding="utf-8")
    config.clear()
    report = lint_paths([str(bad / "a.txt"), str(good / "b.txt")])
    assert report.exit_code() == 2
    assert "must be a list" in str(report.errors[0])
    assert {f.path for f in report.findings} == {str(good / "b.txt")}


def test_excludes_and_gitignore_when_walking(tmp_path):
    config.clear()
    (tmp_path / ".newslint.yaml").write_text("extend-exclude: [drafts/]\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("private.md\n", encoding="utf-8")
    for name in ("a.md", "private.md", "drafts/b.md", "notes.rst", "deep/c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    report = lint_paths([str(tmp_path)])
    assert sorted(p.rsplit("/", 1)[-1] for p in report.files) == ["a.md", "c.txt"]


def test_a_broken_pack_is_reported_once_for_many_files(tmp_path):
    config.clear()
    (tmp_path / "house.yaml").write_text("pack: house\nrules:\n  - code: nope\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("packs: [house.yaml]\n", encoding="utf-8")
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    report = lint_paths([str(tmp_path)])
    assert report.exit_code() == 2
    assert [(e.path.rsplit("/", 1)[-1], e.line) for e in report.errors] == [("house.yaml", 3)]
