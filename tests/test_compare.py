"""Comparing reports of one event: `newslint compare`, a story's `sources:`, and SARIF related
locations across files."""

import json

import jsonschema
from click.testing import CliRunner

from newslint import lint_paths
from newslint.cli import main
from newslint.formatters import Options, render
from newslint.runner import Overrides, compare_paths, compare_texts
from tests.test_formatters import SCHEMA

WIRE = "Raid on outpost\n\nMore than 100 fighters were killed in the raid, officials said.\n"
OURS = "Outpost raid\n\nThe raid killed about 100 fighters, a spokesman said.\n"


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_compare_reports_the_later_document_with_related_in_the_other(tmp_path):
    a, b = write(tmp_path, "wire.txt", WIRE), write(tmp_path, "ours.txt", OURS)
    report = compare_paths([str(a), str(b)])
    (finding,) = [f for f in report.findings if f.code == "NL104"]
    assert finding.path.endswith("ours.txt") and finding.location.line == 3
    assert finding.related[0].location.path.endswith("wire.txt")
    row = report.claims[0]
    assert row.claim == "killed (combatants)"
    assert "more than 100" in row.cells[0].lower() and "about 100" in row.cells[1]
    assert row.disagree == (True, True)  # both cells are marked: they tell 100 differently


def test_compatible_reports_are_quiet():
    texts = [
        "Crash\n\nTwelve people were killed, including 10 Americans.\n",
        "Crash\n\nTen Americans were killed when the plane came down.\n",
        "Crash\n\nThe camp lies five miles east of the river.\n",
    ]
    assert [f for f in compare_texts(texts) if f.code == "NL104"] == []


def test_cli_compare_prints_findings_and_claims(tmp_path):
    a, b = write(tmp_path, "wire.txt", WIRE), write(tmp_path, "ours.txt", OURS)
    result = CliRunner().invoke(main, ["compare", "--fail-on", "never", str(a), str(b)])
    assert result.exit_code == 0
    assert "NL104" in result.output and "Claims" in result.output


def test_story_checked_against_its_sources(tmp_path):
    write(tmp_path, "wire.txt", WIRE)
    story = write(tmp_path, "story.md", "---\nsources: [wire.txt]\n---\n" + OURS)
    report = lint_paths([str(story)], Overrides(select=("NL104",)))
    assert [(f.path.endswith("story.md"), f.code) for f in report.findings] == [(True, "NL104")]


def test_missing_source_is_a_clear_error_and_the_rest_is_linted(tmp_path):
    write(tmp_path, "wire.txt", WIRE)
    story = write(tmp_path, "story.md", "---\nsources: [wire.txt, gone.txt]\n---\n" + OURS)
    report = lint_paths([str(story)], Overrides(select=("NL104",)))
    assert [str(e) for e in report.errors] == [
        f"{report.files[0]}:2: source 'gone.txt': no such file or directory"
    ]
    assert [f.code for f in report.findings] == ["NL104"]
    assert report.exit_code() == 2


def test_sarif_related_locations_cross_files(tmp_path):
    a, b = write(tmp_path, "wire.txt", WIRE), write(tmp_path, "ours.txt", OURS)
    report = compare_paths([str(a), str(b)])
    sarif = json.loads(render("sarif", report, Options(root=tmp_path)))
    jsonschema.validate(sarif, SCHEMA)
    results = sarif["runs"][0]["results"]
    related = results[0]["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert related.endswith("wire.txt")


def test_names_across_reports():
    texts = [
        "Talks\n\nThe minister, Sergey Lavrov, spoke in Moscow.\n",
        "Talks\n\nForeign Minister Sergey Lavrov said talks would go on.\n",
        "Talks\n\nThe minister, Sergei Lavrov, left Moscow.\n",
    ]
    found = [(f.path, f.code) for f in compare_texts(texts) if f.code == "NL504"]
    assert found == [("report-3.txt", "NL504")]
    aliases = ["A\n\nIslamic State claimed it.\n", "B\n\nThe attack was claimed by ISIS.\n"]
    assert [f for f in compare_texts(aliases) if f.code == "NL504"] == []


def test_month_slip_across_reports_flags_the_less_supported_date():
    head = "---\ndate: 2018-02-08\n---\n"
    texts = [
        head + "On Wednesday night and Thursday morning, Jan. 7-8, the guns fired.\n",
        head + "The February 7 attack was repelled.\n",
        head + "The Feb. 7 attack left many dead.\n",
    ]
    found = [(f.path, f.location.line, f.code) for f in compare_texts(texts) if f.code == "NL206"]
    assert found == [("report-1.txt", 4, "NL206")]


def test_a_series_of_events_is_not_a_slip():
    head = "---\ndate: 2017-09-16\n---\n"
    texts = [
        head + "Tuesday's launch flew over Japan.\n",
        head + "Friday's launch also flew over Japan.\n",
        head + "The CNN special airs on Friday, September 15.\n",
    ]
    assert [f for f in compare_texts(texts) if f.code == "NL206"] == []


def test_seeds_compared(seeds_dir):
    paths = [str(p) for p in sorted(seeds_dir.glob("*.txt"))]
    report = compare_paths(paths, Overrides(date=__import__("datetime").date(2018, 2, 8)))
    found = {(f.path.rsplit("/", 1)[-1][:3], f.location.line, f.code) for f in report.findings}
    assert ("004", 10, "NL104") in found  # "about 100" against "more than 100" elsewhere
    assert ("000", 16, "NL206") in found  # "Jan. 7-8" against "the February 7 attack"
    assert ("001", 33, "NL504") in found  # "Sergei Lavrov" against "Sergey Lavrov"


def test_quote_worded_differently_or_given_to_another_speaker():
    said = '"We will not be moved on this, whatever happens next week," {}.\n'
    texts = [said.format("the mayor said"), said.replace("not", "never").format("the mayor said")]
    assert [f.code for f in compare_texts(texts) if f.code == "NL307"] == ["NL307"]
    texts = [said.format("Mayor Ann Lee said"), said.format("Governor Tom Hale said")]
    assert [f.code for f in compare_texts(texts) if f.code == "NL307"] == ["NL307"]


def test_same_quote_partial_quote_and_curly_marks_are_quiet():
    texts = [
        '"We will not be moved on this, whatever happens next week," the mayor said.\n',
        "The mayor said: “We will not be moved on this, whatever happens next week.”\n",
        'She said they "will not be moved on this, whatever happens".\n',
    ]
    assert [f for f in compare_texts(texts) if f.code == "NL307"] == []
