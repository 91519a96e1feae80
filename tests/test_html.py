"""The HTML report: every finding highlighted in place with its message, related locations
linked; rendered in headless Chromium (installed by .ci/run) to check what an editor sees."""

import re
import shutil
import subprocess

import pytest

from newslint import lint_paths
from newslint.formatters import Options, render
from newslint.runner import compare_paths

STORY = (
    "Storm closes harbour\n\n"
    "At least 40 people died when the storm hit.\n\n"
    "The death toll stood at 37 on Friday.\n\n"
    "Share this story!\n"
)


def report_for(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return lint_paths([str(path)])


def test_html_marks_each_finding_with_its_message(tmp_path):
    report = report_for(tmp_path)
    page = render("html", report, Options())
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page
    marked = {n for ids in re.findall(r'data-findings="([^"]+)"', page) for n in ids.split()}
    assert marked == {f"f{n}" for n in range(len(report.findings))}  # overlapping ones share a mark
    for n, finding in enumerate(report.findings):
        assert f'id="f{n}"' in page and f"{finding.code} " in page
    assert 'href="#d0-L3"' in page  # the casualty drift's related location, linked


def test_compare_page_has_the_claims_table(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Raid\n\nMore than 100 fighters were killed, officials said.\n", encoding="utf-8")
    b.write_text("Raid\n\nAbout 60 fighters were killed, a spokesman said.\n", encoding="utf-8")
    page = render("html", compare_paths([str(a), str(b)]), Options())
    assert "<table>" in page and "killed" in page and "More than 100 (3)" in page


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_chromium_shows_the_highlights(tmp_path):
    report = report_for(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(render("html", report, Options()), encoding="utf-8")
    dom = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert dom.count('<mark class="error"') >= 2
    assert "cannot both be the storm&#x27;s dead" in dom or "cannot both be the storm's dead" in dom
    assert "Share prompt" in dom
