import json
from pathlib import Path

import jsonschema
import pytest

from newslint import Overrides, lint_paths
from newslint.formatters import Options, render

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
STORY = (
    "Storm closes harbour for third day\n\nStorm closes harbour for third day\n\n"
    'The ferry "stopped," officials said, 100% café.\n\nShare this story!\n'
)


@pytest.fixture
def report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "my story.txt").write_text(STORY, encoding="utf-8")
    return lint_paths(["desk"], Overrides())


def test_text_format(report):
    out = render("text", report, Options())
    first = out.splitlines()[0]
    assert first.startswith("desk/my story.txt:3:1: NL416 boilerplate/duplicate-line [warning] ")
    assert "    desk/my story.txt:1:1: first printed here" in out
    assert out.rstrip().endswith("Found 2 problems (1 error, 1 warning, 0 info) in 1 file.")
    assert "\x1b[" not in out
    assert "\x1b[" in render("text", report, Options(color=True))


def test_text_statistics_and_quiet(report):
    out = render("text", report, Options(statistics=True, quiet=True))
    assert out.splitlines() == [
        "    1  NL401  boilerplate/share-prompt [error]",
        "    1  NL416  boilerplate/duplicate-line [warning]",
    ]


def test_json_format(report):
    data = json.loads(render("json", report, Options()))
    assert data["version"] == 1
    first = data["findings"][0]
    assert set(first) == {
        "path", "line", "column", "end_line", "end_column", "code", "rule", "pack",
        "severity", "message", "related",
    }  # fmt: skip
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (3, 1, 3, 35)
    assert first["related"][0]["line"] == 1


def test_sarif_is_valid_and_complete(report, tmp_path):
    data = json.loads(render("sarif", report, Options(root=tmp_path)))
    jsonschema.validate(data, SCHEMA)
    run = data["runs"][0]
    assert run["columnKind"] == "utf16CodeUnits"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert "NL401" in rule_ids and "NL416" in rule_ids
    for rule in run["tool"]["driver"]["rules"]:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
        assert rule["help"]["text"] and rule["help"]["markdown"]
    duplicate = next(r for r in run["results"] if r["ruleId"] == "NL416")
    location = duplicate["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "desk/my%20story.txt", "uriBaseId": "%SRCROOT%"}
    assert location["region"] == {"startLine": 3, "startColumn": 1, "endLine": 3, "endColumn": 35}
    assert duplicate["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert duplicate["partialFingerprints"]
    assert rule_ids[duplicate["ruleIndex"]] == "NL416"


def test_sarif_fingerprints_survive_moving_lines(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Body.\n\nShare this story!\n", encoding="utf-8")
    before = json.loads(render("sarif", lint_paths(["a.txt"]), Options(root=tmp_path)))
    (tmp_path / "a.txt").write_text("Body.\n\nMore body.\n\nShare this story!\n", encoding="utf-8")
    after = json.loads(render("sarif", lint_paths(["a.txt"]), Options(root=tmp_path)))
    fp = [d["runs"][0]["results"][0]["partialFingerprints"] for d in (before, after)]
    assert fp[0] == fp[1]


def test_github_annotations_escape_properties(report):
    lines = render("github", report, Options()).splitlines()
    assert lines[0].startswith(
        "::warning file=desk/my story.txt,line=3,col=1,endLine=3,endColumn=35,"
        "title=NL416 boilerplate/duplicate-line::desk/my story.txt:3:1: NL416 Line repeats line 1"
    )
    assert lines[1].startswith("::error file=desk/my story.txt,line=7,col=1,")


def test_input_problems_appear_in_json_github_and_sarif(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("old.txt").write_bytes("Caf\xe9 owners met.\n".encode("cp1252"))
    Path("photo.txt").write_bytes(b"\x89PNG\x00\x00")
    report = lint_paths(["old.txt", "photo.txt", "gone.txt"], Overrides())
    data = json.loads(render("json", report, Options()))
    assert data["errors"] == [
        {"path": "gone.txt", "line": None, "message": "no such file or directory"},
        {"path": "photo.txt", "line": None, "message": "binary file (contains NUL bytes); skipped"},
    ]
    assert [(w["path"], w["line"]) for w in data["warnings"]] == [("old.txt", 1)]
    github = render("github", report, Options()).splitlines()
    assert "::error file=gone.txt,title=newslint::gone.txt: no such file or directory" in github
    assert any(
        line.startswith("::warning file=old.txt,line=1,title=newslint::old.txt:1: not UTF-8")
        for line in github
    )
    sarif = json.loads(render("sarif", report, Options(root=tmp_path)))
    jsonschema.validate(sarif, SCHEMA)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error", "error", "warning"]
    assert notes[2]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
