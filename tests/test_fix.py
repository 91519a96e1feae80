"""`newslint check --fix` / `--diff`: chrome goes, copy and contradictions stay, nothing is lost."""

import os
import random
import re
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main
from newslint.fix import delete_lines

ROOT = Path(__file__).resolve().parent.parent

WEBCOPY = (
    "icon bookmarkicon cameraicon checkicon closeicon fbicon mailicon\n"
    "Storm closes harbour for third day\n"
    "\n"
    "The harbour stayed shut on Wednesday, the port authority said.\n"
    "\n"
    "Share this story!\n"
    "\n"
    "More than 100 people were killed, officials said. About 100 were killed.\n"
    "\n"
    "Storm closes harbour for third day\n"
    "\n"
    "Comments are closed.\n"
)
FIXED = (
    "Storm closes harbour for third day\n"
    "\n"
    "The harbour stayed shut on Wednesday, the port authority said.\n"
    "\n"
    "More than 100 people were killed, officials said. About 100 were killed.\n"
)
CLEAN = "Ferry returns\n\nThe ferry returned on Monday, the operator said.\n"


@pytest.mark.parametrize(
    ("before", "deleted", "after"),
    [
        ("A.\n\nShare\n\nB.\n", {3}, "A.\n\nB.\n"),  # the doubled blank line goes too
        ("A.\nShare\nB.\n", {2}, "A.\nB.\n"),  # inside a block: only the line
        ("A.\n\nShare\n", {3}, "A.\n"),  # at the end: no trailing blank line left
        ("Share\n\nA.\n", {1}, "A.\n"),  # at the start
        ("A.\n\nX\nY\nZ\n\nB.", {3, 4, 5}, "A.\n\nB."),  # a run; no final newline kept so
        ("A.\r\n\r\nShare\r\n\r\nB.\r\n", {3}, "A.\r\n\r\nB.\r\n"),
        ("A.\r\n\nShare\r\r\nB.\n", {3}, "A.\r\n\nB.\n"),  # mixed endings: each line keeps its own
        ("A.\rShare\rB.", {2}, "A.\rB."),
    ],
)
def test_delete_lines(before, deleted, after):
    assert delete_lines(before, deleted) == after


def test_fix_deletes_chrome_and_keeps_contradictions(cli):
    Path("story.txt").write_text(WEBCOPY, encoding="utf-8")
    result = cli("check", "--fix", "story.txt")
    assert Path("story.txt").read_text(encoding="utf-8") == FIXED
    assert "Fixed 4 problems in 1 file." in result.output
    assert "NL102" in result.output  # "more than 100" vs "about 100": for a journalist to decide
    assert "NL401" not in result.output and "NL416" not in result.output
    assert result.exit_code == 0  # what is left is a warning


def test_second_fix_changes_nothing_and_leaves_files_untouched(cli):
    Path("story.txt").write_text(WEBCOPY, encoding="utf-8")
    Path("clean.txt").write_text(CLEAN, encoding="utf-8")
    before_clean = os.stat("clean.txt")
    cli("check", "--fix", "story.txt", "clean.txt")
    after_first = os.stat("story.txt")
    time.sleep(0.01)
    result = cli("check", "--fix", "story.txt", "clean.txt")
    assert "Fixed" not in result.output
    assert Path("story.txt").read_text(encoding="utf-8") == FIXED
    for name, before in (("story.txt", after_first), ("clean.txt", before_clean)):
        now = os.stat(name)
        assert (now.st_ino, now.st_mtime_ns) == (before.st_ino, before.st_mtime_ns), name


def test_diff_shows_the_change_without_writing(cli):
    Path("story.txt").write_text(WEBCOPY, encoding="utf-8")
    before = os.stat("story.txt")
    result = cli("check", "--diff", "story.txt")
    assert result.exit_code == 1
    assert "--- a/story.txt\n+++ b/story.txt\n" in result.output
    assert "-Share this story!\n" in result.output
    assert "-Comments are closed.\n" in result.output
    assert "Would fix 4 problems in 1 file." in result.output
    assert "More than 100" not in result.output.replace(" More than 100", "")  # context only
    assert Path("story.txt").read_text(encoding="utf-8") == WEBCOPY
    assert os.stat("story.txt").st_mtime_ns == before.st_mtime_ns
    Path("clean.txt").write_text(CLEAN, encoding="utf-8")
    clean = cli("check", "--diff", "clean.txt")
    assert clean.exit_code == 0 and "No fixes to make." in clean.output


@pytest.mark.parametrize(
    ("encode", "extra"),
    [
        (lambda t: t.replace("\n", "\r\n").encode("utf-8"), ""),
        (lambda t: t.replace("\n", "\r").encode("utf-8"), ""),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), ""),
        (lambda t: b"\xff\xfe" + t.replace("\n", "\r\n").encode("utf-16-le"), ""),
        (lambda t: t.encode("latin-1"), " \x81"),  # cp1252, with one of its unassigned bytes
    ],
    ids=["crlf", "cr", "utf8-bom", "utf16-crlf", "cp1252"],
)
def test_fix_keeps_line_endings_encoding_and_bom(cli, encode, extra):
    tail = f"\nCaf\xe9 owners agreed.{extra}\n"
    story = WEBCOPY.replace("’", "'") + tail
    Path("story.txt").write_bytes(encode(story))
    cli("check", "--fix", "story.txt")
    assert Path("story.txt").read_bytes() == encode(FIXED + tail)


def test_fix_keeps_permissions_and_never_writes_through_a_symlink(cli):
    Path("desk").mkdir()
    Path("desk/story.txt").write_text(WEBCOPY, encoding="utf-8")
    os.chmod("desk/story.txt", 0o640)
    os.symlink("desk/story.txt", "link.txt")
    result = cli("check", "--fix", "link.txt")
    assert result.exit_code == 2
    assert "link.txt: is a symbolic link; not fixed (fix the file it points to)" in result.output
    assert Path("link.txt").is_symlink()
    assert Path("desk/story.txt").read_text(encoding="utf-8") == WEBCOPY
    cli("check", "--fix", "desk/story.txt")
    assert Path("desk/story.txt").read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(os.stat("desk/story.txt").st_mode) == 0o640
    assert [p.name for p in Path("desk").iterdir()] == ["story.txt"]  # no temporary file left


def test_fix_refuses_hard_links_rather_than_split_them(cli):
    Path("story.txt").write_text(WEBCOPY, encoding="utf-8")
    os.link("story.txt", "copy.txt")
    result = cli("check", "--fix", "story.txt")
    assert result.exit_code == 2
    assert "story.txt: has 2 hard links; not fixed (fix it by hand)" in result.output
    assert Path("copy.txt").read_text(encoding="utf-8") == WEBCOPY


def test_fix_does_not_overwrite_an_edit_made_while_it_ran(cli, monkeypatch):
    from newslint import engine

    Path("story.txt").write_text(WEBCOPY, encoding="utf-8")
    real = engine.check

    def reporter_saves(doc, rules, registry, problems=None):
        Path("story.txt").write_text(WEBCOPY + "New para.\n", encoding="utf-8")
        return real(doc, rules, registry, problems)

    monkeypatch.setattr(engine, "check", reporter_saves)
    result = cli("check", "--fix", "story.txt")
    assert result.exit_code == 2
    assert "story.txt: changed while newslint was fixing it; not written" in result.output
    assert Path("story.txt").read_text(encoding="utf-8") == WEBCOPY + "New para.\n"


def test_fix_from_stdin_prints_the_fixed_story_and_reports_on_stderr(cli):
    result = CliRunner().invoke(main, ["check", "--fix", "-"], input=WEBCOPY)
    assert result.stdout == FIXED
    assert "NL102" in result.stderr
    clean = CliRunner().invoke(main, ["check", "--fix", "-"], input=CLEAN)
    assert clean.stdout == CLEAN


def test_only_rules_marked_fixable_are_fixed(cli):
    # NL415 (a stray caption) may be a real subhead; NL419 (TK) needs a reporter, not deletion.
    text = "Harbour closes\n\nThe port shut.\n\nPhoto: harbour at dawn\n\nThe toll was TK.\n"
    Path("story.txt").write_text(text, encoding="utf-8")
    cli("check", "--fix", "story.txt")
    assert Path("story.txt").read_text(encoding="utf-8") == text


_PAUSE = """
import os, sys, time
from newslint.cli import main
real, flag = os.{call}, sys.argv[2]
def pause(*args):
    open(flag, "w").close()
    time.sleep(60)
    return real(*args)
os.{call} = pause
sys.argv = ["newslint", "check", "--fix", "--no-cache", sys.argv[1]]
main()
"""


@pytest.mark.parametrize(
    "call",
    [
        "fsync",  # the new bytes are in the temporary file, not yet renamed
        "replace",  # just before the rename
    ],
)
def test_killing_a_fix_midway_leaves_the_story_intact(tmp_path, call):
    story = tmp_path / "story.txt"
    story.write_text(WEBCOPY, encoding="utf-8")
    flag = tmp_path / "paused"
    script = _PAUSE.format(call=call)
    proc = subprocess.Popen([sys.executable, "-c", script, str(story), str(flag)])
    try:
        deadline = time.monotonic() + 60
        while not flag.exists():
            assert proc.poll() is None, "newslint exited before it reached the write"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    assert story.read_text(encoding="utf-8") == WEBCOPY


def test_killing_a_fix_at_random_moments_never_leaves_a_mixture(tmp_path):
    paragraphs = [f"Paragraph {i} of the harbour story, the port said.\n\n" for i in range(3000)]
    paragraphs[1500:1500] = ["Share this story!\n\n"]
    original = "".join(paragraphs).encode()
    fixed = original.replace(b"Share this story!\n\n", b"")
    story = tmp_path / "story.txt"
    newslint = [sys.executable, "-m", "newslint", "check", "--fix", "--no-cache", str(story)]
    rng = random.Random(9)
    for _ in range(6):
        story.write_bytes(original)
        proc = subprocess.Popen(newslint, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.1, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        data = story.read_bytes()
        assert data in (original, fixed)
    story.write_bytes(original)
    subprocess.run(newslint, capture_output=True, check=False)
    assert story.read_bytes() == fixed


def test_pack_fix_needs_whole_line_findings(tmp_path, monkeypatch):
    from newslint.finding import InputError
    from newslint.rulepack import load_packs

    pack = tmp_path / "house.yaml"
    pack.write_text(
        "pack: house\nrules:\n"
        "  - code: HS101\n    name: credit\n    kind: line-pattern\n    severity: warning\n"
        "    fix: delete-line\n    message: Credit\n    params: {pattern: '\\[AP\\]'}\n"
        "    docs: {what: a credit tag, why: chrome}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as err:
        load_packs([pack], {})
    assert str(err.value) == (
        f"{pack}:7: fix 'delete-line': needs whole-line: true (or min-count above 1), "
        "so findings are whole lines"
    )
    pack.write_text(
        pack.read_text()
        .replace("kind: line-pattern", "kind: casualty-drift")
        .replace("params: {pattern: '\\[AP\\]'}", "params: {}"),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="kind casualty-drift cannot fix its findings"):
        load_packs([pack], {})


def test_fix_in_worker_processes_fixes_every_file(cli):
    for i in range(12):
        Path(f"story{i:02d}.txt").write_text(WEBCOPY, encoding="utf-8")
    result = cli("check", "--fix", "-j", "2", ".")
    assert "Fixed 48 problems in 12 files." in result.output
    for i in range(12):
        assert Path(f"story{i:02d}.txt").read_text(encoding="utf-8") == FIXED


def test_fix_with_html_shows_the_fixed_text_the_findings_point_into(cli):
    Path("story.txt").write_text(WEBCOPY, encoding="utf-8")
    cli("check", "--fix", "--format", "html", "-o", "report.html", "story.txt")
    page = Path("report.html").read_text(encoding="utf-8")
    shown = re.sub(r"<[^>]+>", "", page)  # the text as the browser shows it, marks aside
    assert "More than 100 people were killed" in shown
    assert "Share this story!" not in page and "Comments are closed." not in page
