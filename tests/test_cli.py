import json
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.ruledocs import page
from newslint.rulepack import load_registry

ROOT = Path(__file__).resolve().parent.parent
CLEAN = "Storm closes harbour\n\nThe ferry service stopped on Monday, officials said.\n"
CHROME = "Storm closes harbour\n\nThe ferry stopped.\n\nShare this story!\n"
WARN_ONLY = "Storm closes harbour\n\nThe ferry stopped.\n\nMap of the harbour\n"


def write(name: str, text: str) -> str:
    Path(name).parent.mkdir(parents=True, exist_ok=True)
    Path(name).write_text(text, encoding="utf-8")
    return name


@pytest.mark.parametrize(
    ("text", "args", "code"),
    [
        (CLEAN, [], 0),
        (CHROME, [], 1),
        (WARN_ONLY, [], 0),
        (WARN_ONLY, ["--fail-on", "warning"], 1),
        (CHROME, ["--fail-on", "never"], 0),
        (CHROME, ["--ignore", "NL401"], 0),
        (CLEAN, ["--select", "NL416,NL401"], 0),
    ],
)
def test_exit_codes(cli, text, args, code):
    write("s.txt", text)
    assert cli("check", "s.txt", *args).exit_code == code


def test_usage_and_input_errors_exit_2_without_traceback(cli):
    write("good.txt", CHROME)
    Path("latin.txt").write_bytes("Caf\xe9 society\n".encode("latin-1"))
    result = cli("check", "missing.txt", "latin.txt", "good.txt")
    assert result.exit_code == 2
    assert "missing.txt: no such file or directory" in result.output
    assert "latin.txt:1: not UTF-8" in result.output
    assert "good.txt:5:1: NL401" in result.output
    assert "Traceback" not in result.output
    assert cli("check", "--select", "NL4O1", "good.txt").exit_code == 2
    assert cli("check", "--format", "xml", "good.txt").exit_code == 2
    assert cli("check", "--date", "yesterday", "good.txt").exit_code == 2


def test_stdin_with_filename(cli):
    result = cli("check", "-", "--stdin-filename", "desk/story.md", stdin=CHROME)
    assert result.exit_code == 1
    assert result.output.startswith("desk/story.md:5:1: NL401")


def test_output_file_and_json(cli):
    write("s.txt", CHROME)
    result = cli("check", "s.txt", "--format", "json", "--output-file", "out.json")
    assert result.output == ""
    data = json.loads(Path("out.json").read_text())
    assert [f["code"] for f in data["findings"]] == ["NL401"]


def test_directory_recursion_and_sorted_output(cli):
    write("b/story.md", CHROME)
    write("a/story.txt", CHROME)
    write("a/ignored.rst", CHROME)
    result = cli("check", ".", "--quiet")
    assert [line.split(":")[0] for line in result.output.splitlines()] == [
        "a/story.txt",
        "b/story.md",
    ]


def test_rules_and_explain(cli):
    table = cli("rules").output
    assert "NL401" in table and "boilerplate/share-prompt" in table
    data = json.loads(cli("rules", "--format", "json").output)
    assert {r["code"] for r in data} >= {"NL401", "NL416"}
    explained = cli("explain", "boilerplate/share-prompt")
    assert explained.exit_code == 0
    assert "What it catches" in explained.output and "Share this" in explained.output
    assert cli("explain", "NL401").output == explained.output
    missing = cli("explain", "share-promt")
    assert missing.exit_code == 2 and "did you mean" in missing.output


def test_docs_rules_md_is_current():
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == page(load_registry()), "run `make docs` to regenerate docs/rules.md"


def test_module_entry_point_runs():
    result = subprocess.run(
        [sys.executable, "-m", "newslint", "--version"], capture_output=True, text=True, check=True
    )
    assert "newslint" in result.stdout


def test_explicit_config_replaces_discovery(cli):
    write("s.txt", CHROME)
    write(".newslint.yaml", "ignore: [NL401]\n")
    write("strict/newslint.yaml", "select: [boilerplate]\nfail-on: never\n")
    assert cli("check", "s.txt").exit_code == 0  # discovered config ignores NL401
    result = cli("check", "s.txt", "--config", "strict/newslint.yaml", "--fail-on", "error")
    assert result.exit_code == 1 and "NL401" in result.output
    missing = cli("check", "s.txt", "--config", "nowhere.yaml")
    assert missing.exit_code == 2 and "nowhere.yaml" in missing.output


def test_stdin_over_the_size_limit_is_refused(cli):
    write(".newslint.yaml", "max-file-size: 1 KB\n")
    result = cli("check", "-", stdin="word " * 400)
    assert result.exit_code == 2
    assert "newslint: error: -: larger than max-file-size (1 KB); skipped" in result.output
