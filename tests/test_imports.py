"""Imports on demand: a run imports only what its story needs (issue 19).

A pre-commit re-run on an unchanged story is answered from the result cache; it must not pay
for the engine, the story reader or the `regex` module. `newslint --version` imports no linter.
"""

import ast
import os
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from newslint import __main__ as entry_point
from newslint import deferred

DEFERRED_FILE = deferred.__file__

PROBE = """
import sys
from newslint import cli
try:
    cli.main(sys.argv[1:])
except SystemExit:
    pass
heavy = ["newslint.runner", "newslint.engine", "newslint.document", "regex", "yaml",
         "newslint.kinds.quote_drift", "newslint.kinds.cross_source_drift", "_hashlib"]
loaded = [name for name in heavy if name in sys.modules]
patterns = sys.modules.get("newslint.patterns")
if patterns is not None and patterns._code_words is not None:
    loaded.append("shipped programs")  # lint/derived/patterns.bin was read
print("loaded:" + ",".join(loaded))
"""


def loaded(tmp_path, *args: str) -> list[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    last = done.stdout.splitlines()[-1].removeprefix("loaded:")
    return [name for name in last.split(",") if name]


def test_version_imports_no_linter(tmp_path):
    assert loaded(tmp_path, "--version") == []


def test_a_result_cache_hit_reads_no_story(tmp_path):
    (tmp_path / "story.md").write_text("The ferry resumed on Monday, the operator said.\n")
    first = loaded(tmp_path, "check", "story.md")
    assert "newslint.document" in first  # the first run lints the story
    again = loaded(tmp_path, "check", "story.md")
    assert "newslint.document" not in again
    assert "regex" not in again
    assert "yaml" not in again
    assert "shipped programs" not in again  # no pattern is compiled to answer from the cache


def test_checking_one_story_imports_no_cross_document_kind(tmp_path):
    """A story without `sources:` runs no cross-document rule, so their kinds stay unloaded:
    registry.json says which kinds compare documents."""
    (tmp_path / "story.md").write_text("The ferry resumed on Monday, the operator said.\n")
    found = loaded(tmp_path, "check", "--no-cache", "story.md")
    assert "newslint.document" in found
    assert "newslint.kinds.quote_drift" not in found
    assert "newslint.kinds.cross_source_drift" not in found
    assert "_hashlib" not in found  # OpenSSL: newslint.digests takes BLAKE2 without it


def test_comparing_reports_loads_the_cross_document_kinds(tmp_path):
    """The other side: `compare` does run them."""
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("Two people were killed on Monday, police said.\n")
    found = loaded(tmp_path, "compare", "a.md", "b.md")
    assert "newslint.kinds.quote_drift" in found


GC_PROBE = """
import gc, sys
from newslint import __main__ as entry, cli
seen = []
def main():
    seen.append((gc.isenabled(), gc.get_freeze_count(), gc.get_threshold()[0]))
cli.main = main
entry.run()
print(seen, gc.isenabled())
"""


def test_the_command_runs_with_its_start_up_objects_frozen(tmp_path):
    """The entry point imports with the collector paused, freezes what the imports made and
    runs the command with the collector on, collecting its youngest generation less often
    than Python's default; it is off again on the way out."""
    done = subprocess.run(
        [sys.executable, "-c", GC_PROBE], capture_output=True, text=True, check=True
    )
    seen, after = done.stdout.rsplit(" ", 1)
    enabled, frozen, young = ast.literal_eval(seen)[0]
    assert enabled is True
    assert frozen > 1000
    assert young == entry_point._YOUNG > 700
    assert after.strip() == "False"


def test_the_installed_command_is_the_entry_point():
    import tomllib
    from pathlib import Path

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text())
    assert project["project"]["scripts"]["newslint"] == "newslint.__main__:run"


DEFERRED_PROBE = """
import sys
names = ["inspect", "ast", "dis", "platform", "ipaddress", "linecache", "tokenize", "ntpath", "pkgutil", "string"]
before = [name for name in names if name in sys.modules]  # an editable install imports pathlib
from newslint import __main__ as entry
sys.argv = ["newslint", *sys.argv[1:]]
try:
    entry.run()
except SystemExit:
    pass
def state(name):
    module = sys.modules.get(name)
    return "absent" if module is None else type(module).__name__
print("state:" + ",".join(f"{name}={state(name)}" for name in names if name not in before))
"""


def deferred_states(tmp_path, *args: str) -> dict[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", DEFERRED_PROBE, *args],
        cwd=tmp_path,
        env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")},
        capture_output=True,
        text=True,
        check=True,
    )
    last = done.stdout.splitlines()[-1].removeprefix("state:")
    return dict(pair.split("=") for pair in last.split(","))


def test_checking_a_story_never_runs_the_deferred_modules(tmp_path):
    """pathlib and click import them; a check reads none of their names, so their code never
    runs. newslint's own rare-path imports (listing kinds, validating a pack's messages) are
    made where they are used."""
    (tmp_path / "story.md").write_text("The ferry resumed on Monday, the operator said.\n")
    states = deferred_states(tmp_path, "check", "--no-cache", "story.md")
    assert {"linecache", "tokenize", "pkgutil", "string"} <= set(states)  # not imported by site
    deferred_names = {"inspect", "platform", "ipaddress", "linecache", "tokenize", "ntpath"}
    for name in deferred_names & set(states):
        assert states[name] == "_Deferred", name
    for name in {"ast", "dis"} & set(states):  # what inspect would import
        assert states[name] == "absent", name
    assert states["pkgutil"] == "absent"
    assert states["string"] == "absent"


def test_a_deferred_module_runs_when_a_name_of_it_is_read(tmp_path):
    """The other side: code that needs a deferred module gets the real thing, in place. Run
    without `site` (-S), so that nothing has imported pathlib before the modules are deferred,
    as in an installed newslint."""
    probe = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("deferred", {str(DEFERRED_FILE)!r})
deferred = importlib.util.module_from_spec(spec)
spec.loader.exec_module(deferred)
names = deferred.defer(("ipaddress", "linecache", "tokenize", "ntpath", "sys", "json"))
import pathlib, urllib.parse, ipaddress, ntpath, linecache
before = type(sys.modules["ipaddress"]).__name__
host = urllib.parse.urlsplit("http://[::1]:8080/x").hostname
line = linecache.getline({str(DEFERRED_FILE)!r}, 1).strip()
print(",".join(names), before, host, type(ipaddress).__name__,
      ipaddress.ip_address("10.0.0.1").version, ntpath.join("C:", "b"),
      sys.modules["ipaddress"] is ipaddress, line[:3])
"""
    done = subprocess.run(
        [sys.executable, "-S", "-c", probe],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    # sys is built in and json a package: neither is deferred; the rest are until first read.
    assert done.stdout.split() == [
        "ipaddress,linecache,tokenize,ntpath",
        "_Deferred",
        "::1",
        "module",
        "4",
        "C:b",
        "True",
        '"""',
    ]


def test_a_module_already_imported_is_left_alone():
    import json

    assert deferred.defer(("json", "no_such_module_for_newslint")) == []
    assert sys.modules["json"] is json


def test_inspect_answers_cleandoc_before_it_runs(tmp_path):
    """click cleans every option's help as the command line is defined: a deferred `inspect`
    answers that itself for one line, and runs for anything else, giving inspect's answer."""
    probe = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("deferred", {str(DEFERRED_FILE)!r})
deferred = importlib.util.module_from_spec(spec)
spec.loader.exec_module(deferred)
print(deferred.defer(("inspect",)))
import inspect
one = inspect.cleandoc("Lint\\tevery file.")
print(repr(one), type(inspect).__name__)
several = inspect.cleandoc("  Lint stories.\\n\\n    With --fix, rewrite them.\\n")
print(repr(several), type(inspect).__name__, inspect.cleandoc is not deferred._cleandoc)
"""
    done = subprocess.run(
        [sys.executable, "-S", "-c", probe], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "['inspect']",
        "'Lint    every file.' _Deferred",
        "'Lint stories.\\n\\nWith --fix, rewrite them.' module True",
    ]


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\x0b\x0c\u00a0\u2003é"), max_size=30))
def test_the_cleandoc_stand_in_agrees_with_inspect(doc):
    import inspect

    assert deferred._cleandoc(doc) == inspect.cleandoc(doc)


def test_the_system_stand_in_agrees_with_platform():
    import platform

    assert deferred._system() == platform.system()


def test_uuid_reads_the_system_from_the_stand_in(tmp_path):
    """uuid asks platform.system() as it is imported (click imports uuid); a deferred
    platform answers on Linux and gives uuid what platform would have."""
    probe = f"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("deferred", {str(DEFERRED_FILE)!r})
deferred = importlib.util.module_from_spec(spec)
spec.loader.exec_module(deferred)
names = deferred.defer(("platform",))
import uuid
state = type(sys.modules["platform"]).__name__
import platform
print(names, uuid._LINUX, uuid._AIX, state, platform.system(), platform.machine() != "")
"""
    done = subprocess.run(
        [sys.executable, "-S", "-c", probe], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    import platform

    linux = platform.system() == "Linux"
    state = "_Deferred" if linux else "module"
    expected = f"['platform'] {linux} {platform.system() == 'AIX'} {state} {platform.system()} True"
    assert done.stdout.strip() == expected


def test_help_still_reads_the_deferred_modules_it_needs(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--help"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--no-cache" in done.stdout
