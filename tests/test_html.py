"""The HTML report: every finding highlighted in place with its message, related locations
linked; rendered in headless Chromium (installed by .ci/run) to check what an editor sees."""

import html
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
    assert marked == {f"f{n}" for n in range(1, len(report.findings) + 1)}
    for finding in report.findings:
        assert f"{finding.code}</b> {html.escape(finding.message)}" in page  # written out
    assert 'href="#d0-L3"' in page  # the casualty drift's related location, linked
    drift = next(n for n, f in enumerate(report.findings, 1) if f.code == "NL101")
    assert f'<mark class="other" title="the other half of {drift}. NL101"' in page
    assert '" data-other="f' in page and ">At least 40</mark>" in page  # underlined where it is


def test_compare_page_has_the_claims_table(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Raid\n\nMore than 100 fighters were killed, officials said.\n", encoding="utf-8")
    b.write_text("Raid\n\nAbout 60 fighters were killed, a spokesman said.\n", encoding="utf-8")
    page = render("html", compare_paths([str(a), str(b)]), Options())
    assert "<table>" in page and "killed" in page and "More than 100 (3)" in page
    assert 'class="disagree"' in page


def test_compare_page_shows_each_storys_own_findings(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(STORY, encoding="utf-8")
    b.write_text("Storm\n\nAbout 60 people died when the storm hit.\n", encoding="utf-8")
    report = compare_paths([str(a), str(b)], own=True)
    codes = {f.code for f in report.findings}
    assert {"NL101", "NL401", "NL104"} <= codes  # in-story drift and chrome, and cross-source
    assert {f.code for f in compare_paths([str(a), str(b)]).findings} == {"NL104"}


def test_front_matter_is_a_header_and_lines_keep_their_numbers(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: Storm kills 12\ndate: 2018-02-08\nsources:\n  - wire.md\n---\n" + STORY,
        encoding="utf-8",
    )
    page = render("html", lint_paths([str(path)]), Options())
    assert "<dt>title</dt><dd>Storm kills 12</dd>" in page and "front matter, lines 1–6" in page
    assert "<dt>sources</dt><dd>- wire.md</dd>" in page
    assert "---" not in page.split("<main>")[1].split("</header>")[1]  # no raw YAML after it
    assert 'id="d0-L7"><a class="no" href="#d0-L7">7</a>' in page  # the headline is line 7


def test_one_order_everywhere(tmp_path):
    b, a = tmp_path / "b.txt", tmp_path / "a.txt"
    b.write_text("Body.\n\nShare this story!\n\nFollow us on Twitter\n", encoding="utf-8")
    a.write_text("Body.\n\nLike this:\n", encoding="utf-8")
    report = lint_paths([str(b), str(a)])
    page = render("html", report, Options())
    main, side = page.split("<aside>")
    in_text = re.findall(r'class="note [a-z]+" id="f(\d+)"', main)
    in_list = re.findall(r'<a href="#f(\d+)">', side)
    assert in_text == in_list == [str(n) for n in range(1, len(report.findings) + 1)]
    assert main.index(html.escape(str(b))) < main.index(html.escape(str(a)))  # as given


def test_everything_shown_is_escaped(tmp_path):
    path = tmp_path / "x.md"
    path.write_text(
        "---\ntitle: <img src=x onerror=alert(1)>\n---\n<script>alert(1)</script>\n\n"
        "Share this story! <b>now</b>\n",
        encoding="utf-8",
    )
    page = render("html", lint_paths([str(path)]), Options())
    assert "<script" not in page and "<img" not in page and "<b>now" not in page
    assert "&lt;script&gt;" in page and "&lt;img src=x" in page


def _chromium(url: str, *args: str) -> str:
    return subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", *args, url],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_chromium_shows_messages_beside_their_lines(tmp_path):
    report = report_for(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(render("html", report, Options()), encoding="utf-8")
    dom = _chromium(page.as_uri(), "--dump-dom")
    assert dom.count('<mark class="error"') >= 2
    assert "cannot both be the storm" in dom and "Share prompt" in dom
    # the message sits right after the line it is about, with a line number in front
    line5 = dom.index('id="d0-L5"')
    assert dom.index("cannot both be the storm", line5) < dom.index('id="d0-L6"')
    assert '<a class="no" href="#d0-L5">5</a>' in dom
    shot = tmp_path / "report.png"
    _chromium(page.as_uri(), f"--screenshot={shot}", "--window-size=1280,900")
    assert shot.stat().st_size > 10_000  # a rendered page, not a blank one


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_chromium_renders_200_findings_offline(tmp_path):
    path = tmp_path / "long.md"
    body = "".join(f"Paragraph {n} of the copy.\n\nShare this story!\n\n" for n in range(200))
    path.write_text("Long story\n\n" + body, encoding="utf-8")
    report = lint_paths([str(path)])
    assert len(report.findings) >= 200
    page = tmp_path / "long.html"
    page.write_text(render("html", report, Options()), encoding="utf-8")
    text = page.read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text  # one file, nothing fetched
    dom = _chromium(page.as_uri(), "--dump-dom")
    assert dom.count('class="note error"') == len(report.findings)
    shot = tmp_path / "long.png"
    _chromium(page.as_uri(), f"--screenshot={shot}", "--window-size=1280,900")
    assert shot.stat().st_size > 10_000
