"""Every odd input in tests/bad_inputs.py, linted beside a good story: a one-line error (or
warning) naming the file, exit 2 when something could not be linted, the good story still
reported, no traceback; and the SARIF for it valid against the official 2.1.0 schema."""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from newslint import config
from newslint.cli import main
from tests.bad_inputs import GOOD, GOOD_FINDING, GOOD_NAME, cases

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
CASES = cases()


def run(*args: str):
    return CliRunner().invoke(main, ["check", "--no-cache", *args], catch_exceptions=False)


@pytest.fixture
def desk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    config.clear()
    (tmp_path / GOOD_NAME).write_text(GOOD, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_one_line_and_the_rest_is_linted(desk, case):
    if not case.root_can_read and os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions (tests/test_reading.py fakes it)")
    paths = case.make(desk)
    result = run(*paths, GOOD_NAME)
    errors = [line for line in result.stderr.splitlines() if line.startswith("newslint: error: ")]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("newslint: warn")]
    assert "Traceback" not in result.output
    if case.error:
        assert errors == [f"newslint: error: {case.error}"]
        assert result.exit_code == 2
    else:
        assert errors == []
        assert result.exit_code == 1  # the good story's share prompt is an error
    if case.warning:
        assert len(warnings) == 1 and warnings[0].startswith(f"newslint: warning: {case.warning}")
    else:
        assert warnings == []
    assert GOOD_FINDING in result.stdout
    if case.finding:
        assert case.finding in result.stdout


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_sarif_for_bad_input_is_valid(desk, case):
    if not case.root_can_read and os.geteuid() == 0:
        pytest.skip("root reads files whatever their permissions")
    paths = case.make(desk)
    result = run("--format", "sarif", *paths, GOOD_NAME)
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, SCHEMA)
    run_ = sarif["runs"][0]
    located = {
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["ruleId"],
        )
        for r in run_["results"]
    }
    if case.finding:
        where, code = case.finding.rsplit(": ", 1)
        path, line, _column = where.rsplit(":", 2)
        assert (path, int(line), code) in located
    notifications = run_["invocations"][0]["toolExecutionNotifications"]
    assert run_["invocations"][0]["executionSuccessful"] is (case.error is None)
    levels = sorted(n["level"] for n in notifications)
    assert levels == sorted(["error"] * bool(case.error) + ["warning"] * bool(case.warning))


EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").iterdir())


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_sarif_for_every_example_is_valid(example, monkeypatch):
    monkeypatch.chdir(example.parent.parent)
    config.clear()
    result = run("--format", "sarif", "--select", "ALL", f"examples/{example.name}")
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, SCHEMA)
    assert sarif["runs"][0]["invocations"][0]["executionSuccessful"] is True
    if "clean" not in example.name:
        assert sarif["runs"][0]["results"]


@pytest.mark.skipif(
    os.geteuid() != 0 or shutil.which("setpriv") is None, reason="needs root and setpriv"
)
def test_unreadable_file_as_a_user_permissions_apply_to():
    """Root reads anything, so the case runs as nobody. Click's own readability check once
    stopped the whole run here; now the file is one error and the rest is linted."""
    case = next(c for c in CASES if c.name == "unreadable")
    folder = Path(tempfile.mkdtemp(prefix="newslint-unreadable-"))
    try:
        os.chmod(folder, 0o755)
        (folder / GOOD_NAME).write_text(GOOD, encoding="utf-8")
        paths = case.make(folder)
        nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        newslint = [str(Path(sys.executable).with_name("newslint")), "check", "--no-cache"]
        result = subprocess.run(
            [*nobody, *newslint, *paths, GOOD_NAME],
            cwd=folder,
            env={**os.environ, "XDG_CACHE_HOME": str(folder / "cache")},
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        shutil.rmtree(folder)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"newslint: error: {case.error}"]
    assert GOOD_FINDING in result.stdout
