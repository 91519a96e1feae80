"""Every attack of issue 15, written as the attack: a hostile contributor controls the stories,
their front matter, `.newslint.yaml`, rule packs and `.newslint_cache/`. Each test asserts that
nothing ran, nothing leaked, the run stayed bounded, and the good story beside the bad input was
still linted. docs/security.md says what newslint trusts and what it does not.
"""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from newslint import resultcache, usercache

ROOT = Path(__file__).resolve().parent.parent
BAD = "Harbour reopens\n\nThe harbour reopened on Monday, the port said.\n\nShare this story!\n"
SECRET = "ghp_TOKEN_0123456789abcdefSECRET"
FORMATS = ("text", "json", "sarif", "github", "html")


class _Marker:
    """Unpickling this creates a file: proof that a pickle was loaded."""

    def __init__(self, path: Path):
        self.path = str(path)

    def __reduce__(self):
        return (open, (self.path, "w"))


def newslint(*args: str, cwd: Path, env: dict | None = None, timeout: float = 120, limit_mb=0):
    """The real command in a subprocess; `limit_mb` caps its address space (a bomb that
    expands in memory then fails instead of eating the machine)."""
    preexec = None
    if limit_mb:
        import resource

        def preexec():
            size = limit_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (size, size))

    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1", **(env or {})},
        capture_output=True,
        timeout=timeout,
        preexec_fn=preexec,
        check=False,
    )


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """A newsroom repository (with .git) inside tmp_path, a user cache beside it, and a
    secret file outside the repository."""
    folder = tmp_path / "repo"
    (folder / ".git").mkdir(parents=True)
    (folder / "good.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(f"{SECRET}\n", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.chdir(folder)
    from newslint import config

    config.clear()
    usercache._key.cache_clear()
    return folder


def _reports_good(output: str) -> bool:
    return "good.md:5:1: NL401" in output


# -- 1. no code from data ---------------------------------------------------------------------


def test_a_pickled_result_cache_in_the_repository_runs_nothing(repo, tmp_path):
    marker = tmp_path / "pwned"
    (repo / ".newslint_cache").mkdir()
    (repo / ".newslint_cache" / "results-v1.pickle").write_bytes(pickle.dumps(_Marker(marker)))
    (repo / ".newslint_cache" / resultcache.FILE_NAME).write_bytes(pickle.dumps(_Marker(marker)))
    result = newslint("check", ".", cwd=repo)
    assert not marker.exists()
    assert result.returncode == 1 and _reports_good(result.stdout.decode())
    warnings = [line for line in result.stderr.decode().splitlines() if "result cache" in line]
    assert len(warnings) == 1 and "ignored" in warnings[0]
    assert b"Traceback" not in result.stderr


def test_pickles_in_the_user_cache_are_never_loaded(repo, tmp_path):
    marker = tmp_path / "pwned"
    cache = tmp_path / "xdg" / "newslint"
    cache.mkdir(parents=True)
    evil = pickle.dumps(_Marker(marker))
    for name in ("registry", "gazetteer", "tables", "lexicons", "patterns"):
        (cache / f"{name}-0123456789abcdef01234567.pickle").write_bytes(b"P" + evil)
    (repo / "names.md").write_text("Demascus talks\n\nTalks in Demascus resumed.\n", "utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo)
    assert not marker.exists()
    assert _reports_good(result.stdout.decode())


def test_a_cache_signed_by_someone_else_cannot_hide_a_finding(repo, tmp_path):
    """The attacker fills a cache on their machine, edits every entry to 'no findings', signs
    it with their own key and commits it: here it fails the signature."""
    attacker = {"XDG_CACHE_HOME": str(tmp_path / "attacker")}
    assert newslint("check", ".", cwd=repo, env=attacker).returncode == 1
    path = repo / ".newslint_cache" / resultcache.FILE_NAME
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", attacker["XDG_CACHE_HOME"])
        usercache._key.cache_clear()
        data, problem = usercache.read_signed_json(path)
        assert problem is None and data
        usercache.write_signed_json(path, {key: [day, []] for key, (day, _) in data.items()})
        usercache._key.cache_clear()
    assert newslint("check", ".", cwd=repo, env=attacker).returncode == 0  # fooled: their key
    result = newslint("check", ".", cwd=repo)  # a maintainer's run, with the maintainer's key
    assert result.returncode == 1 and _reports_good(result.stdout.decode())
    assert b"result cache not written by newslint for this user" in result.stderr


@pytest.mark.parametrize(
    "payload",
    [
        {"k": "not a pair"},
        {"k": [1, [["a.md", 1, 1, 1, 2, "NL401", "x/y", "fatal", "m", []]]]},
        {"k": [1, [["a.md", 0, 1, 1, 2, "NL401", "x/y", "error", "m", []]]]},
        ["a", "list"],
    ],
    ids=["pair", "severity", "line", "list"],
)
def test_a_signed_cache_of_the_wrong_shape_is_ignored(repo, payload):
    path = repo / ".newslint_cache" / resultcache.FILE_NAME
    usercache.write_signed_json(path, payload)
    result = newslint("check", ".", cwd=repo)
    assert result.returncode == 1 and _reports_good(result.stdout.decode())
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr


def test_an_entry_for_another_file_is_not_used(repo):
    """Findings are only ever reported on the file they were stored for."""
    cache = resultcache.ResultCache(repo / "c")
    found = resultcache.decode(["other.md", 1, 1, 1, 2, "NL401", "a/b", "error", "m", []])
    cache.put("key", [found])
    assert cache.get("key", "good.md") is None
    assert cache.get("key", "other.md") == [found]


# -- 2. a trust boundary for paths ----------------------------------------------------------


def _with_sources(repo: Path, sources: list[str]) -> None:
    lines = "".join(f"  - {s}\n" for s in sources)
    story = f'---\ntitle: Ferry\nsources:\n{lines}---\nFerry returns\n\n"{SECRET}" she said.\n'
    (repo / "ferry.md").write_text(story, encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
def test_sources_outside_the_root_are_refused_and_never_printed(repo, tmp_path, fmt):
    os.symlink(tmp_path / "secret.txt", repo / "wire.txt")
    _with_sources(repo, [str(tmp_path / "secret.txt"), "../secret.txt", "wire.txt", "/etc/passwd"])
    result = newslint("check", "--no-cache", "--format", fmt, "-o", "out", ".", cwd=repo)
    output = (repo / "out").read_text(encoding="utf-8") + result.stderr.decode()
    assert result.returncode == 2
    secret_lines = [line for line in output.splitlines() if SECRET in line]
    # the story itself quotes the words (its own line may carry a highlight around "she")
    assert all("she" in line or "ferry.md" in line for line in secret_lines)
    assert "root:x:0" not in output
    errors = result.stderr.decode().splitlines()
    assert sum("ferry.md:3: source" in line for line in errors) == 4
    assert any("is an absolute path" in line for line in errors)
    assert any("'../secret.txt' is outside the project root" in line for line in errors)
    assert any("'wire.txt' is outside the project root" in line for line in errors)
    assert "NL401" in output  # the good story was linted


def test_the_secret_is_never_in_a_compare_report_either(repo, tmp_path):
    os.symlink(tmp_path / "secret.txt", repo / "wire.txt")
    result = newslint("compare", "--format", "html", "good.md", "wire.txt", cwd=repo)
    assert SECRET.encode() not in result.stdout
    assert b"wire.txt: a symbolic link to a file outside the project root" in result.stderr


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_story_that_links_outside_the_root_is_not_read(repo, tmp_path, fmt):
    os.symlink(tmp_path / "secret.txt", repo / "leak.md")
    walked = newslint("check", "--no-cache", "--format", fmt, ".", cwd=repo)
    named = newslint("check", "--no-cache", "--format", fmt, "leak.md", "good.md", cwd=repo)
    for result in (walked, named):
        assert SECRET.encode() not in result.stdout + result.stderr
        assert result.returncode == 2
        assert b"leak.md: a symbolic link to a file outside the project root" in result.stderr
        assert b"NL401" in result.stdout


def test_a_link_inside_the_root_is_read_but_never_fixed(repo, tmp_path):
    (repo / "desk").mkdir()
    (repo / "desk" / "real.md").write_text(BAD, encoding="utf-8")
    os.symlink(repo / "desk" / "real.md", repo / "link.md")
    os.symlink(tmp_path / "secret.txt", repo / "out.md")
    result = newslint("check", "--fix", "link.md", "out.md", cwd=repo)
    assert b"link.md: is a symbolic link; not fixed" in result.stderr
    assert (repo / "desk" / "real.md").read_text(encoding="utf-8") == BAD
    assert (tmp_path / "secret.txt").read_text(encoding="utf-8") == f"{SECRET}\n"


def test_root_can_be_widened_on_purpose(repo, tmp_path):
    os.symlink(tmp_path / "secret.txt", repo / "leak.md")
    result = newslint("check", "--no-cache", "--root", str(tmp_path), "leak.md", cwd=repo)
    assert result.returncode == 0  # the user asked: the file outside is read


def test_a_pack_outside_the_root_is_refused_with_its_line(repo, tmp_path):
    (tmp_path / "evil.yaml").write_text(f"{SECRET}: 1\n", encoding="utf-8")
    (repo / ".newslint.yaml").write_text("fail-on: error\npacks: [../evil.yaml]\n", "utf-8")
    result = newslint("check", ".", cwd=repo)
    assert result.returncode == 2
    assert SECRET.encode() not in result.stdout + result.stderr
    assert b".newslint.yaml:2: pack '../evil.yaml' is outside the project root" in result.stderr


# -- 3. bounded parsing -------------------------------------------------------------------------

BOMB = textwrap.dedent(
    """\
    a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
    b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
    c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
    d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
    e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
    f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
    g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
    h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
    i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
    """
)


def test_an_alias_bomb_in_front_matter_is_refused_quickly(repo):
    (repo / "bomb.md").write_text(f"---\n{BOMB}date: *i\n---\nBody.\n", encoding="utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo, timeout=60, limit_mb=1024)
    assert result.returncode == 2
    assert b"bomb.md:2: invalid front matter: anchors and aliases" in result.stderr
    assert _reports_good(result.stdout.decode())


def test_an_alias_bomb_in_a_pack_or_config_is_refused_quickly(repo):
    (repo / "house.yaml").write_text(f"pack: house\n{BOMB}rules: *i\n", encoding="utf-8")
    (repo / ".newslint.yaml").write_text("packs: [house.yaml]\n", encoding="utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo, timeout=60, limit_mb=1024)
    assert result.returncode == 2
    assert b"house.yaml:2: invalid YAML: anchors and aliases" in result.stderr
    (repo / ".newslint.yaml").write_text(f"{BOMB}select: *i\n", encoding="utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo, timeout=60, limit_mb=1024)
    assert b".newslint.yaml:1: invalid YAML: anchors and aliases" in result.stderr


def test_deep_nesting_and_huge_front_matter_are_refused(repo):
    nested = "x:\n" + "".join("  " * i + "- a:\n" for i in range(1, 80)) + "  " * 80 + "- 1\n"
    (repo / "deep.md").write_text(f"---\n{nested}---\nBody.\n", encoding="utf-8")
    (repo / "huge.md").write_text("---\n" + "k: v\n" * 20_000 + "---\nBody.\n", encoding="utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo, timeout=60)
    err = result.stderr.decode()
    assert "deep.md" in err and "nested more than 64 levels deep" in err
    assert "huge.md:2: front matter longer than 64 KB; not read" in err
    assert _reports_good(result.stdout.decode())


def test_impossible_dates_name_file_and_line(repo):
    (repo / "feb.md").write_text("---\ntitle: T\ndate: 2018-02-31\n---\nBody.\n", "utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo)
    assert b"feb.md:3: invalid front matter: '2018-02-31' is not a real date" in result.stderr
    assert b"internal error" not in result.stderr and _reports_good(result.stdout.decode())
    (repo / "feb.md").unlink()
    (repo / ".newslint.yaml").write_text("fail-on: error\nselect: [2018-02-31]\n", "utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo)
    assert b".newslint.yaml:2: invalid YAML: '2018-02-31' is not a real date" in result.stderr
    assert b"Traceback" not in result.stderr
    (repo / "house.yaml").write_text("pack: house\nrules:\n  - code: 2018-02-31\n", "utf-8")
    (repo / ".newslint.yaml").write_text("packs: [house.yaml]\n", "utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo)
    assert b"house.yaml:3: invalid YAML: '2018-02-31' is not a real date" in result.stderr


# -- 4. slow paths an input can choose ------------------------------------------------------


def test_a_long_paragraph_with_no_sentence_break_stays_linear(repo):
    """40 KB took 72 s before; bench/growth.py measures the growth up to 1 MB."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from growth import paragraph
    finally:
        sys.path.pop(0)
    (repo / "long.txt").write_text(paragraph(250 * 1024), encoding="utf-8")
    result = newslint("check", "--no-cache", "--select", "ALL", ".", cwd=repo, timeout=90)
    assert result.returncode in (0, 1) and _reports_good(result.stdout.decode())


def test_a_tree_1500_folders_deep_is_walked(repo):
    folder = str(repo)
    for level in range(1500):
        folder = os.path.join(folder, "abcdefghij"[level % 10])
        os.mkdir(folder)  # pathlib's mkdir(parents=True) recurses per level
    Path(folder, "deep.md").write_text(BAD, encoding="utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo, timeout=90)
    subprocess.run(["rm", "-rf", str(repo / "a")], check=False)  # shutil.rmtree recurses
    assert result.returncode == 1
    assert result.stdout.count(b"NL401") == 2  # good.md and the story at the bottom


def test_reading_never_asks_for_the_size_limit_at_once():
    """A run over 100,000 files died because each read allocated max-file-size (a fresh
    memory mapping per file). bench/growth.py --many 100000 runs the real thing."""
    import io

    from newslint import reading

    asked = []

    class Recording(io.BytesIO):
        def read(self, size=-1):
            asked.append(size)
            return super().read(size)

    assert reading.read_stream(Recording(b"x" * 100), "s.txt", expected=100) == b"x" * 100
    assert max(asked) <= 101
    asked.clear()
    assert reading.read_stream(Recording(b"y" * 3_000_000), "-") == b"y" * 3_000_000
    assert max(asked) <= 64 * 1024


@pytest.mark.parametrize(
    "message", ["'{line:>400000000}'", "'{line!r}'", "'{line.__class__}'", "'a\\x1b[2Jb {line}'"]
)
def test_a_pack_message_that_could_explode_or_escape_is_refused(repo, message):
    pack = (
        "pack: house\nrules:\n  - code: HS101\n    name: pass-it-on\n    kind: phrase-line\n"
        f'    severity: error\n    message: "{message[1:-1]}"\n'
        "    params: {lexicon: share-prompts}\n    docs: {what: W., why: Y.}\n"
    )
    (repo / "house.yaml").write_text(pack, encoding="utf-8")
    (repo / ".newslint.yaml").write_text("packs: [house.yaml]\n", encoding="utf-8")
    result = newslint("check", "--no-cache", ".", cwd=repo, timeout=60, limit_mb=1024)
    assert result.returncode == 2
    assert re.search(rb"house\.yaml:7: (message|rule HS101)", result.stderr), result.stderr
    assert b"\x1b" not in result.stdout + result.stderr


# -- 5. neutral output --------------------------------------------------------------------------


def test_file_names_cannot_start_a_workflow_command(repo):
    name = "::error title=X::x.md"
    (repo / name).write_text(BAD, encoding="utf-8")
    (repo / "q.md").write_text("Harbour\n\nShare this story ##[error]pwned\n", encoding="utf-8")
    for fmt in ("text", "github"):
        result = newslint("check", "--no-cache", "--format", fmt, ".", cwd=repo)
        out = result.stdout.decode() + result.stderr.decode()
        commands = [line for line in out.splitlines() if line.lstrip().startswith("::")]
        if fmt == "text":
            assert not commands and "./::error title=X::x.md:5:1: NL401" in out
        else:  # every command line is newslint's own annotation, the name escaped in it
            assert all(re.match(r"::(error|warning|notice) file=", line) for line in commands)
            assert "file=./%3A%3Aerror title=X%3A%3Ax.md" in out
        assert "##[error]" not in out


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_file_name_that_is_not_utf8_is_shown_escaped(repo, fmt):
    name = os.fsdecode(b"caf\xe9.md")
    (repo / name).write_text(BAD, encoding="utf-8")
    result = newslint("check", "--no-cache", "--format", fmt, "-o", "report", ".", cwd=repo)
    assert result.returncode == 1 and b"Traceback" not in result.stderr
    report = (repo / "report").read_text(encoding="utf-8").replace("\\\\", "\\")
    assert "caf\\xe9.md" in report or "caf%5Cxe9.md" in report


# -- 6. the hook lints stories only --------------------------------------------------------------


def _hook_files(hook: dict, names: list[str]) -> list[str]:
    """The files pre-commit would pass to `hook` (its `files` regex and `types_or` tags)."""
    from identify import identify

    chosen = []
    for name in names:
        tags = identify.tags_from_filename(name)
        if re.search(hook.get("files", ""), name) and tags & set(hook["types_or"]):
            chosen.append(name)
    return chosen


def test_the_hooks_lint_stories_and_nothing_else():
    hooks = {h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())}
    assert set(hooks) == {"newslint", "newslint-fix"}
    names = ["story.md", "wire.txt", "feature.markdown", "app.py", "ci.yaml", "data.json"]
    names += ["LICENSE", "README", "notes.rst"]
    for hook in hooks.values():
        assert _hook_files(hook, names) == ["story.md", "wire.txt", "feature.markdown"]
        assert "--force-exclude" in hook["entry"]
    assert "--fix" in hooks["newslint-fix"]["entry"] and "--fix" not in hooks["newslint"]["entry"]


def test_force_exclude_applies_exclude_to_named_files(repo):
    (repo / "archive").mkdir()
    (repo / "archive" / "old.md").write_text(BAD, encoding="utf-8")
    (repo / ".newslint.yaml").write_text("extend-exclude: [archive/]\n", encoding="utf-8")
    plain = newslint("check", "--no-cache", "archive/old.md", "good.md", cwd=repo)
    forced = newslint(
        "check", "--no-cache", "--force-exclude", "archive/old.md", "good.md", cwd=repo
    )
    assert b"archive/old.md" in plain.stdout
    assert b"archive/old.md" not in forced.stdout and _reports_good(forced.stdout.decode())


# -- 7. exit codes and CI config ------------------------------------------------------------


def test_an_internal_error_exits_3_and_says_it_is_a_bug(cli, monkeypatch):
    from newslint import engine

    Path("story.md").write_text(BAD, encoding="utf-8")
    monkeypatch.setattr(engine, "check", lambda *a, **k: 1 / 0)
    result = cli("check", "--no-cache", "story.md")
    assert result.exit_code == 3
    assert "story.md: internal error (ZeroDivisionError" in result.output
    assert "this is a bug in newslint" in result.output


def test_a_crash_outside_any_file_exits_3_without_a_traceback(cli, monkeypatch):
    from newslint import runner

    monkeypatch.setattr(runner, "lint_paths", lambda *a, **k: {}["boom"])
    result = cli("check", ".")
    assert result.exit_code == 3
    assert "internal error (KeyError: 'boom')" in result.output and "Traceback" not in result.output


def test_a_contributors_nested_config_cannot_silence_ci(repo):
    (repo / "stories").mkdir()
    (repo / "stories" / "bad.md").write_text(BAD, encoding="utf-8")
    (repo / "stories" / ".newslint.yaml").write_text("ignore: [ALL]\n", encoding="utf-8")
    (repo / ".newslint.yaml").write_text("fail-on: error\n", encoding="utf-8")
    assert newslint("check", "--no-cache", "stories", cwd=repo).returncode == 0  # silenced
    with_root = newslint("check", "--no-cache", "--config", ".newslint.yaml", "stories", cwd=repo)
    isolated = newslint("check", "--no-cache", "--isolated", "stories", cwd=repo)
    for result in (with_root, isolated):
        assert result.returncode == 1 and b"stories/bad.md:5:1: NL401" in result.stdout


def test_results_cache_folder_that_is_a_link_is_never_written(repo, tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    os.symlink(outside, repo / ".newslint_cache")
    result = newslint("check", ".", cwd=repo)
    assert _reports_good(result.stdout.decode())
    assert list(outside.iterdir()) == []


def test_cache_json_written_is_plain_data(repo):
    newslint("check", ".", cwd=repo)
    blob = (repo / ".newslint_cache" / resultcache.FILE_NAME).read_bytes()
    header, _, payload = blob.partition(b"\n")
    assert header.startswith(b"newslint-signed-v2 ")
    assert isinstance(json.loads(payload), dict)
