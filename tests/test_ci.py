"""Code review and CI (issue 20): SARIF that GitHub trusts, changed lines only, the formats CI
tools read, the GitHub Action, and the CLI options reviewers use.

Every repository here is a real git repository made in the test.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from newslint.cli import main
from newslint.formatters import Options, render, sarif
from newslint.formatters.linehash import line_hashes
from newslint.runner import Overrides, lint_paths

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
SARIF_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text())
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")

AUTHOR = {
    "GIT_AUTHOR_NAME": "Desk",
    "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk",
    "GIT_COMMITTER_EMAIL": "desk@example.org",
}

STORY = (
    "Warehouse fire kills dozens\n\n"
    "At least 40 people died when the warehouse burned on Thursday.\n\n"
    "Fire officials put the death toll at 37 on Friday.\n\n"
    "Share this story!\n"
)


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", *args],
        cwd=folder,
        env={**os.environ, **AUTHOR},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def repo(tmp_path: Path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    git(folder, "init", "-q", "-b", "main")
    return folder


def commit(folder: Path, message: str) -> None:
    git(folder, "add", "-A")
    git(folder, "commit", "-q", "-m", message)


def run(folder: Path, *args: str):
    old = Path.cwd()
    os.chdir(folder)
    try:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


def sarif_of(folder: Path, *args: str, codes=(0, 1)) -> dict:
    result = run(folder, "check", "--format", "sarif", "--no-cache", *args)
    assert result.exit_code in codes, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, SARIF_SCHEMA)
    return data


# -- GitHub-grade SARIF ---------------------------------------------------------------------


@needs_git
def test_every_alert_keeps_its_fingerprints_across_an_inserted_paragraph(tmp_path):
    """Two commits of one story; the second inserts a paragraph above every finding. Each
    alert keeps both fingerprints, though every line number moved."""
    folder = repo(tmp_path)
    (folder / "fire.md").write_text(STORY, encoding="utf-8")
    commit(folder, "first version")
    before = sarif_of(folder, "fire.md")["runs"][0]["results"]
    inserted = STORY.replace(
        "At least 40", "The fire began in a storeroom, the brigade said.\n\nAt least 40"
    )
    (folder / "fire.md").write_text(inserted, encoding="utf-8")
    commit(folder, "a paragraph above")
    after = sarif_of(folder, "fire.md")["runs"][0]["results"]
    assert len(before) == len(after) >= 2
    for old, new in zip(before, after, strict=True):
        assert old["ruleId"] == new["ruleId"]
        lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in (old, new)]
        assert lines[1] == lines[0] + 2  # the line moved ...
        assert old["partialFingerprints"] == new["partialFingerprints"]  # ... the alert did not
        assert set(new["partialFingerprints"]) == {"primaryLocationLineHash", "newslintFinding/v2"}


def test_line_hashes_are_githubs():
    """The values GitHub's upload action computes (github/codeql-action, fingerprints.test.ts)."""
    assert line_hashes("") == ["c129715d7a2bc9a3:1"]
    assert line_hashes(" a\nb\n  \t\tc\n d") == [
        "271789c17abda88f:1",
        "54703d4cd895b18:1",
        "180aee12dab6264:1",
        "a23a3dc5e078b07b:1",
    ]
    same = [
        "e9496ae3ebfced30:1",
        "fb7c023a8b9ccb3f:1",
        "ce8ba1a563dcdaca:1",
        "e20e36e16fcb0cc8:1",
        "b3edc88f2938467e:1",
        "c8e28b0b4002a3a0:1",
        "c129715d7a2bc9a3:1",
    ]
    for endings in (
        " hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n",
        " hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r",
        " hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n",
    ):
        assert line_hashes(endings) == same
    repeated = line_hashes("Lorem ipsum dolor sit amet.\n" * 10)
    assert repeated[:6] == [f"a7f2ff13bc495cf2:{n}" for n in range(1, 7)]
    assert repeated[6:] == [
        "a7f2ff1481e87703:1",
        "a9cf91f7bbf1862b:1",
        "55ec222b86bcae53:1",
        "cc97dc7b1d7d8f7b:1",
        "c129715d7a2bc9a3:1",
    ]


def test_the_other_half_of_a_contradiction_is_linked_from_the_message(tmp_path):
    (tmp_path / "fire.md").write_text(STORY, encoding="utf-8")
    data = sarif_of(tmp_path, "fire.md")
    drift = next(r for r in data["runs"][0]["results"] if r["ruleId"] == "NL101")
    ids = [related["id"] for related in drift["relatedLocations"]]
    assert ids == [1]
    assert "](1)" in drift["message"]["text"]
    assert drift["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 3
    lonely = next(r for r in data["runs"][0]["results"] if r["ruleId"] == "NL401")
    assert "](" not in lonely["message"]["text"] and "relatedLocations" not in lonely


def test_columns_count_utf16_code_units(tmp_path):
    """An emoji is one code point and two UTF-16 units: the highlight after it moves by one."""
    line = "🔥🔥 Share this story!"
    (tmp_path / "a.md").write_text(f"Body copy here.\n\n{line}\n", encoding="utf-8")
    run_ = sarif_of(tmp_path, "a.md")["runs"][0]
    assert run_["columnKind"] == "utf16CodeUnits"
    report = lint_paths([str(tmp_path / "a.md")], Overrides(keep_texts=True))
    finding = next(f for f in report.findings if f.code == "NL401")
    region = run_["results"][0]["locations"][0]["physicalLocation"]["region"]
    prefix = line[: finding.location.end_column - 1]
    assert region["endColumn"] == 1 + len(prefix.encode("utf-16-le")) // 2
    assert region["endColumn"] == finding.location.end_column + 2


def test_uris_are_relative_to_the_root_and_a_file_outside_is_said(tmp_path, monkeypatch):
    inside, outside = tmp_path / "repo", tmp_path / "elsewhere"
    inside.mkdir()
    outside.mkdir()
    (inside / "a b.md").write_text("Body.\n\nShare this story!\n", encoding="utf-8")
    (outside / "c.md").write_text("Body.\n\nShare this story!\n", encoding="utf-8")
    monkeypatch.chdir(inside)
    report = lint_paths(["a b.md", str(outside / "c.md")], Overrides(root=tmp_path))
    data = json.loads(render("sarif", report, Options(root=inside)))
    jsonschema.validate(data, SARIF_SCHEMA)
    run_ = data["runs"][0]
    places = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in run_["results"]]
    assert {"uri": "a%20b.md", "uriBaseId": "%SRCROOT%"} in places
    far = next(p for p in places if p["uri"].endswith("c.md"))
    assert far["uri"].startswith("file:///") and "uriBaseId" not in far
    notes = run_["invocations"][0]["toolExecutionNotifications"]
    assert any("outside the source root" in n["message"]["text"] for n in notes)


def test_results_are_capped_with_a_warning_and_errors_kept_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.md").write_text(STORY + "\nLike this:\n\nREAD MORE: Harbour closes\n")
    report = lint_paths(["a.md"])
    assert len(report.findings) > 3
    monkeypatch.setattr(sarif, "MAX_RESULTS", 3)
    data = json.loads(render("sarif", report, Options(root=tmp_path)))
    jsonschema.validate(data, SARIF_SCHEMA)
    results = data["runs"][0]["results"]
    assert len(results) == 3 and all(r["level"] == "error" for r in results)
    notes = data["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert any("left out" in n["message"]["text"] and n["level"] == "warning" for n in notes)


def test_input_errors_are_tool_notifications(tmp_path):
    (tmp_path / "good.md").write_text("Body.\n\nShare this story!\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"---\ntitle: [\n---\nBody.\n")
    data = sarif_of(tmp_path, "good.md", "bad.md", codes=(2,))
    notes = data["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error"]
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad.md"
    assert data["runs"][0]["invocations"][0]["executionSuccessful"] is False


# -- changed lines only ---------------------------------------------------------------------


@needs_git
def test_diff_base_reports_only_changed_lines(tmp_path):
    folder = repo(tmp_path)
    old = "Harbour story\n\nShare this story!\n\nThe harbour reopened on Monday, officials said.\n"
    (folder / "old.md").write_text(old, encoding="utf-8")
    (folder / "fire.md").write_text(
        "Warehouse fire\n\nAt least 40 people died in the fire on Thursday.\n\nThe end.\n",
        encoding="utf-8",
    )
    commit(folder, "archive")
    base = git(folder, "rev-parse", "HEAD").strip()
    # A new paragraph contradicts an old one; the old chrome in old.md is untouched.
    (folder / "fire.md").write_text(
        "Warehouse fire\n\nAt least 40 people died in the fire on Thursday.\n\n"
        "Fire officials put the death toll at 37 on Friday.\n\nThe end.\n",
        encoding="utf-8",
    )
    commit(folder, "update")
    (folder / "new.md").write_text("New story.\n\nFollow us on Twitter\n", encoding="utf-8")
    everything = run(folder, "check", "--no-cache", "--format", "json", ".")
    codes = {(f["path"], f["code"]) for f in json.loads(everything.stdout)["findings"]}
    assert ("old.md", "NL401") in codes  # the archive's old chrome is a finding ...
    changed = run(folder, "check", "--no-cache", "--format", "json", "--diff-base", base, ".")
    found = json.loads(changed.stdout)["findings"]
    kept = {(f["path"], f["code"], f["line"]) for f in found}
    assert ("old.md", "NL401", 3) not in kept  # ... but not on a line this change touched
    assert ("fire.md", "NL101", 5) in kept  # the contradiction's new half
    assert ("new.md", "NL402", 3) in kept  # an untracked story is new all through
    assert changed.exit_code == 1
    # The earlier half changes, the later one does not: the contradiction still counts.
    (folder / "fire.md").write_text(
        "Warehouse fire\n\nAt least 45 people died in the fire on Thursday.\n\n"
        "Fire officials put the death toll at 37 on Friday.\n\nThe end.\n",
        encoding="utf-8",
    )
    commit(folder, "edit the first figure")
    head = git(folder, "rev-parse", "HEAD~1").strip()
    again = run(folder, "check", "--no-cache", "--format", "json", "--diff-base", head, "fire.md")
    assert [f["code"] for f in json.loads(again.stdout)["findings"]] == ["NL101"]
    # Nothing changed since HEAD: nothing to report.
    quiet = run(folder, "check", "--no-cache", "--diff-base", "HEAD", ".")
    assert quiet.exit_code == 0, quiet.output


@needs_git
def test_diff_base_that_is_not_a_revision_is_one_line_and_exit_2(tmp_path):
    folder = repo(tmp_path)
    (folder / "a.md").write_text("Body.\n", encoding="utf-8")
    commit(folder, "one")
    result = run(folder, "check", "--diff-base", "no-such-branch", "a.md")
    assert result.exit_code == 2
    assert "--diff-base: git rev-parse" in result.output
    assert "Traceback" not in result.output
    flag = run(folder, "check", "--diff-base", "--output=/tmp/x", "a.md")
    assert flag.exit_code == 2 and "is not a revision" in flag.output


# -- formats CI tools read ------------------------------------------------------------------

# GitLab publishes the Code Quality format as documentation, not as a schema file
# (docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format): an array of issues,
# each with these fields required. This schema states exactly that.
GITLAB_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path", "lines"],
                "properties": {
                    "path": {"type": "string", "not": {"pattern": "^(/|\\./)"}},
                    "lines": {
                        "type": "object",
                        "required": ["begin"],
                        "properties": {"begin": {"type": "integer", "minimum": 1}},
                    },
                },
            },
        },
    },
}


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("fire.md").write_text(STORY, encoding="utf-8")
    Path("emoji.md").write_text("Body copy.\n\n🔥 Share this story!\n", encoding="utf-8")
    Path("clean.md").write_text("The ferry resumed on Monday, the operator said.\n")
    Path("bad.md").write_bytes(b"---\ntitle: [\n---\nBody.\n")
    return lint_paths(["fire.md", "emoji.md", "clean.md", "bad.md"])


def test_gitlab_code_quality_validates_and_fingerprints_are_unique(desk, tmp_path):
    issues = json.loads(render("gitlab", desk, Options(root=tmp_path)))
    jsonschema.validate(issues, GITLAB_SCHEMA)
    assert len(issues) == len(desk.findings) + len(desk.errors)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    severities = {i["check_name"].split()[0]: i["severity"] for i in issues}
    assert severities["NL101"] == "major" and severities["newslint"] == "critical"


def test_junit_validates_against_the_ant_schema(desk, tmp_path):
    xmlschema = pytest.importorskip("xmlschema")
    text = render("junit", desk, Options(root=tmp_path))
    schema = xmlschema.XMLSchema(str(DATA / "junit.xsd"))
    schema.validate(text)
    import xml.etree.ElementTree as ET

    suites = {s.get("name"): s for s in ET.fromstring(text)}
    assert set(suites) == {"fire.md", "emoji.md", "clean.md", "bad.md"}
    assert suites["clean.md"].get("failures") == "0" and suites["clean.md"].get("tests") != "0"
    failed = [c.get("name") for c in suites["fire.md"] if c.find("failure") is not None]
    assert "NL101 numbers/casualty-drift" in failed and "NL401 boilerplate/share-prompt" in failed
    assert suites["bad.md"].get("errors") == "1"


def test_rdjson_validates_and_counts_utf8_bytes(desk):
    from jsonschema.validators import Draft4Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT4

    schema = json.loads((DATA / "rdjson-DiagnosticResult.jsonschema").read_text())
    registry = Registry().with_resources(  # the schema's parts are named by their draft-04 id
        (name, DRAFT4.create_resource(part)) for name, part in schema["definitions"].items()
    )
    data = json.loads(render("rdjson", desk, Options()))
    Draft4Validator(schema, registry=registry).validate(data)
    emoji = next(d for d in data["diagnostics"] if d["location"]["path"] == "emoji.md")
    assert emoji["location"]["range"]["start"]["column"] == 1
    finding = next(f for f in desk.findings if f.path == "emoji.md")
    # "🔥 " is two code points and five UTF-8 bytes before the end of the line
    assert emoji["location"]["range"]["end"]["column"] == finding.location.end_column + 3
    assert emoji["suggestions"][0]["text"] == ""  # the fix: delete the line
    drift = next(d for d in data["diagnostics"] if d["code"]["value"].startswith("NL101"))
    assert drift["related_locations"][0]["location"]["range"]["start"]["line"] == 3
    assert any(d["message"].startswith("newslint could not lint") for d in data["diagnostics"])


def test_github_annotations_carry_path_and_line_in_their_text(desk):
    lines = render("github", desk, Options()).splitlines()
    first = next(line for line in lines if "NL101" in line)
    assert first.split("::", 2)[2].startswith("fire.md:5:")


# -- the CLI options reviewers use ----------------------------------------------------------


def test_min_severity_hides_what_is_below_it(tmp_path):
    (tmp_path / "a.md").write_text(
        "The minister is said to be furious.\n\nShare this story!\n", encoding="utf-8"
    )
    everything = run(tmp_path, "check", "--no-cache", "--format", "json")
    assert {f["severity"] for f in json.loads(everything.stdout)["findings"]} == {"info", "error"}
    shown = run(tmp_path, "check", "--no-cache", "--format", "json", "--min-severity", "error")
    assert {f["severity"] for f in json.loads(shown.stdout)["findings"]} == {"error"}
    calm = tmp_path / "calm"
    calm.mkdir()
    (calm / "a.md").write_text("The minister is said to be furious.\n", encoding="utf-8")
    assert run(calm, "check", "--no-cache", "--fail-on", "info").exit_code == 1
    hidden = run(calm, "check", "--no-cache", "--fail-on", "info", "--min-severity", "error")
    assert hidden.exit_code == 0  # the exit code follows what is reported


def test_show_settings_and_show_files(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("ignore: [NL401]\nexclude: [archive/]\n")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text("Old.\n")
    (tmp_path / "a.md").write_text("New.\n")
    (tmp_path / "notes.py").write_text("x = 1\n")
    settings = run(tmp_path, "check", "--show-settings", ".")
    assert settings.exit_code == 0
    assert ".newslint.yaml" in settings.output and "ignore: ('NL401',)" in settings.output
    assert "NL101 numbers/casualty-drift [error]" in settings.output
    assert "NL401 " not in settings.output.split("rules (")[1]
    files = run(tmp_path, "check", "--show-files", ".")
    assert files.exit_code == 0 and files.output.split() == ["a.md"]


def test_add_suppressions_adopts_an_archive(tmp_path):
    story = "---\ntitle: Fire kills 40\n---\n" + STORY
    (tmp_path / "fire.md").write_text(story, encoding="utf-8")
    (tmp_path / "clean.md").write_text("The ferry resumed on Monday, the operator said.\n")
    before = run(tmp_path, "check", "--no-cache", "--fail-on", "info", ".")
    assert before.exit_code == 1
    added = run(tmp_path, "check", "--no-cache", "--add-suppressions", ".")
    assert added.exit_code == 0 and "Added" in added.output
    text = (tmp_path / "fire.md").read_text(encoding="utf-8")
    assert text.startswith("---\ntitle: Fire kills 40\n---\n")  # front matter untouched
    assert "Share this story! <!-- newslint: disable-line NL401 -->\n" in text
    assert (
        tmp_path / "clean.md"
    ).read_text() == "The ferry resumed on Monday, the operator said.\n"
    after = run(tmp_path, "check", "--no-cache", "--fail-on", "warning", ".")
    assert after.exit_code == 0, after.output
    again = run(tmp_path, "check", "--no-cache", "--add-suppressions", ".")
    assert "Added 0 suppressions" in again.output  # nothing twice
    assert (tmp_path / "fire.md").read_text(encoding="utf-8") == text


def test_add_suppressions_never_writes_through_a_link(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("Body.\n\nShare this story!\n", encoding="utf-8")
    (tmp_path / "link.md").symlink_to(real)
    result = run(tmp_path, "check", "--no-cache", "--add-suppressions", "link.md")
    assert result.exit_code == 2 and "symbolic link" in result.output
    assert real.read_text(encoding="utf-8") == "Body.\n\nShare this story!\n"


def test_exit_non_zero_on_fix(tmp_path):
    (tmp_path / "a.md").write_text("The vote passed.\n\nShare this story!\n", encoding="utf-8")
    plain = run(tmp_path, "check", "--no-cache", "--fix", "a.md")
    assert plain.exit_code == 0  # fixed, nothing left
    (tmp_path / "a.md").write_text("The vote passed.\n\nShare this story!\n", encoding="utf-8")
    strict = run(tmp_path, "check", "--no-cache", "--fix", "--exit-non-zero-on-fix", "a.md")
    assert strict.exit_code == 1 and "Fixed 1 problem" in strict.output
    clean = run(tmp_path, "check", "--no-cache", "--fix", "--exit-non-zero-on-fix", "a.md")
    assert clean.exit_code == 0
    assert run(tmp_path, "check", "--exit-non-zero-on-fix", "a.md").exit_code == 2


# -- the GitHub Action ----------------------------------------------------------------------


def _expand(value: str, context: dict) -> str:
    """The `${{ … }}` expressions action.yml uses: names, and `a || b`."""

    def one(expression: str) -> str:
        for part in expression.split("||"):
            found = context.get(part.strip(), "")
            if found:
                return found
        return ""

    out, rest = "", str(value)
    while "${{" in rest:
        head, _, tail = rest.partition("${{")
        expression, _, rest = tail.partition("}}")
        out += head + one(expression)
    return out + rest


def test_the_action_parses_and_its_steps_run(tmp_path):
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    uses = [s["uses"] for s in steps if "uses" in s]
    assert uses == ["actions/setup-python@v5", "github/codeql-action/upload-sarif@v3"]
    if shutil.which("git") is None:
        pytest.skip("needs git")
    folder = repo(tmp_path)
    (folder / "stories").mkdir()
    (folder / "stories" / "old.md").write_text("Old.\n\nShare this story!\n", encoding="utf-8")
    commit(folder, "archive")
    base = git(folder, "rev-parse", "HEAD").strip()
    (folder / "stories" / "fire.md").write_text(STORY, encoding="utf-8")
    commit(folder, "a new story")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    output = tmp_path / "github-output"
    output.touch()
    inputs = {f"inputs.{k}": str(v.get("default", "")) for k, v in action["inputs"].items()}
    context = {
        **inputs,
        "inputs.paths": "stories/",
        "inputs.diff-base": base,
        "github.action_path": str(ROOT),
        "github.base_ref": "",
    }
    env = {
        **os.environ,
        "PATH": f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_OUTPUT": str(output),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    env.pop("VIRTUAL_ENV", None)
    codes = []
    for step in steps:
        if "run" not in step:
            continue
        if step.get("id") == "lint" or "NEWSLINT_EXIT" in step.get("env", {}):
            outputs = dict(line.split("=", 1) for line in output.read_text().splitlines())
            context["steps.lint.outputs.exit-code"] = outputs.get("exit-code", "")
        step_env = {k: _expand(v, context) for k, v in step.get("env", {}).items()}
        done = subprocess.run(
            [
                "bash",
                "--noprofile",
                "--norc",
                "-eo",
                "pipefail",
                "-c",
                _expand(step["run"], context),
            ],
            cwd=folder,
            env={**env, **step_env},
            capture_output=True,
            text=True,
            timeout=600,
        )
        codes.append(done.returncode)
        if step.get("id") == "lint":
            lint_output = done.stdout
    assert codes[:2] == [0, 0], codes
    assert codes[2] == 1  # the last step fails the job: the new story has findings
    sarif_report = json.loads((folder / "newslint.sarif").read_text())
    jsonschema.validate(sarif_report, SARIF_SCHEMA)
    paths = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in sarif_report["runs"][0]["results"]
    }
    assert paths == {"stories/fire.md"}  # old.md's chrome is not on a changed line
    assert "::error file=stories/fire.md" in lint_output
