"""--jobs, the result cache and the progress bar: same report as one process, never stale."""

import io
import shutil
from pathlib import Path

import pytest

from newslint import config, resultcache
from newslint.progress import Bar
from newslint.runner import Overrides, lint_paths

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """Twenty-one stories (the examples three times over) in a folder of their own."""
    monkeypatch.chdir(tmp_path)
    for copy in range(3):
        folder = tmp_path / "stories" / f"desk{copy}"
        folder.mkdir(parents=True)
        for example in EXAMPLES.iterdir():
            shutil.copy(example, folder / example.name)
    return tmp_path / "stories"


def _run(folder, **options):
    options.setdefault("keep_texts", False)
    report = lint_paths([str(folder)], Overrides(**options))
    return report, [f.to_dict() for f in report.findings]


def test_jobs_give_the_same_report_in_the_same_order(newsroom):
    one, one_findings = _run(newsroom, jobs=1)
    two, two_findings = _run(newsroom, jobs=2)
    assert one_findings and one_findings == two_findings
    assert one.files == two.files and len(one.files) == 21
    assert sorted(one.rules) == sorted(two.rules)


def test_a_failing_file_is_reported_and_the_rest_still_run(newsroom, monkeypatch):
    from newslint import engine

    real = engine.check

    def fragile(doc, rules, registry, problems=None):
        if doc.path.endswith("desk1/quarry-blast-figures.md"):
            raise ZeroDivisionError("boom")
        return real(doc, rules, registry, problems)

    monkeypatch.setattr(engine, "check", fragile)  # forked workers inherit it
    for jobs in (1, 2):
        report, findings = _run(newsroom, jobs=jobs)
        assert [str(e) for e in report.errors] == [
            "stories/desk1/quarry-blast-figures.md: internal error (ZeroDivisionError: boom); "
            "this is a bug in newslint, not in the story: please report it with this file"
        ]
        assert report.exit_code() == 3  # a bug, not findings (1) and not bad input (2)
        assert any(f["path"] == "stories/desk2/quarry-blast-figures.md" for f in findings)


def test_an_unreadable_file_does_not_stop_a_parallel_run(newsroom):
    (newsroom / "desk0" / "broken.txt").write_bytes(b"\x00\x01binary")
    report, findings = _run(newsroom, jobs=2)
    assert len(report.errors) == 1 and "broken.txt" in str(report.errors[0])
    assert len(report.files) == 21 and findings


def test_cache_answers_an_unchanged_tree(newsroom):
    cache = newsroom.parent / "cache"
    first, first_findings = _run(newsroom, cache_dir=cache)
    assert first.cached == 0 and (cache / resultcache.FILE_NAME).is_file()
    assert (cache / ".gitignore").read_text().strip().endswith("*")
    again, again_findings = _run(newsroom, cache_dir=cache)
    assert again.cached == 21 and again_findings == first_findings
    assert sorted(again.rules) == sorted(first.rules)


def test_cache_is_never_stale(newsroom, monkeypatch):
    cache = newsroom.parent / "cache"
    story = newsroom / "desk0" / "quarry-blast-figures.md"
    _run(newsroom, cache_dir=cache)

    # the story changes: only it is linted again, and its new findings are reported
    story.write_text(story.read_text() + "\nShare this story!\n")
    report, findings = _run(newsroom, cache_dir=cache)
    assert report.cached == 20
    assert any(f["code"] == "NL401" and f["path"].endswith(str(story.name)) for f in findings)

    # a config change (severity) is a different key
    (newsroom.parent / ".newslint.yaml").write_text("severity:\n  NL401: info\n")
    config.clear()  # a new process would find it; this one remembers folders
    report, findings = _run(newsroom, cache_dir=cache)
    assert report.cached == 0
    assert {f["severity"] for f in findings if f["code"] == "NL401"} == {"info"}
    (newsroom.parent / ".newslint.yaml").unlink()
    config.clear()

    # a selection on the command line, and a publication date, are part of the key
    report, findings = _run(newsroom, cache_dir=cache, select=("boilerplate",))
    assert report.cached == 0 and {f["code"][:3] for f in findings} == {"NL4"}
    report, _ = _run(newsroom, cache_dir=cache, select=("boilerplate",))
    assert report.cached == 21
    import datetime as dt

    report, _ = _run(newsroom, cache_dir=cache, select=("boilerplate",), date=dt.date(2018, 2, 8))
    assert report.cached == 0

    # a new release (or an edited rule file) is a different key
    monkeypatch.setattr("newslint.version.__version__", "99.0.0")
    resultcache.code_stamp.cache_clear()
    try:
        report, _ = _run(newsroom, cache_dir=cache)
        assert report.cached == 0
    finally:
        resultcache.code_stamp.cache_clear()


def test_a_corrupt_cache_is_ignored(newsroom):
    cache = newsroom.parent / "cache"
    cache.mkdir()
    (cache / resultcache.FILE_NAME).write_bytes(b"not a pickle")
    report, findings = _run(newsroom, cache_dir=cache)
    assert report.cached == 0 and findings and not report.errors


def test_a_story_with_sources_is_never_cached(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wire.txt").write_text(
        "At least 40 people were killed in the blast, police said.\n"
    )
    story = tmp_path / "story.md"
    story.write_text(
        "---\nsources: [wire.txt]\n---\nAt least 60 people were killed in the blast.\n"
    )
    cache = tmp_path / "cache"
    _run(story, cache_dir=cache)
    report, _ = _run(story, cache_dir=cache)
    assert report.cached == 0


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_for_many_files():
    piped = io.StringIO()
    bar = Bar(piped)
    for done in range(1, 201):
        bar(done, 200)
    bar.close()
    assert piped.getvalue() == ""

    terminal = _Terminal()
    bar = Bar(terminal)
    bar(3, 10)  # a handful of files: no bar
    assert terminal.getvalue() == ""
    bar(200, 200)
    assert "200/200 files" in terminal.getvalue()
    bar.close()
    assert terminal.getvalue().endswith("\r\033[K")  # the line is cleared before the report
