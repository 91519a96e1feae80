"""The user's own example: five real articles about one event (skipped when ../shared is absent)."""

import datetime as dt
import json

import jsonschema

from newslint import lint_paths
from newslint.finding import Severity
from newslint.formatters import Options, render
from newslint.runner import Overrides
from tests.test_formatters import SCHEMA


def test_seeds_boilerplate_is_found_and_sarif_validates(seeds_dir):
    report = lint_paths(sorted(str(p) for p in seeds_dir.glob("*.txt")))
    jsonschema.validate(json.loads(render("sarif", report, Options(root=seeds_dir))), SCHEMA)
    found = {(f.path.rsplit("/", 1)[-1][:3], f.code) for f in report.findings}
    expected = {
        ("000", "NL405"),  # "No comments:" / "Post a Comment"
        ("001", "NL414"),  # [AP] [The Independent] ... credit tags
        ("001", "NL415"),  # "Map of Syria"
        ("003", "NL412"),  # icon-sprite text
        ("003", "NL403"),  # READ MORE:
        ("003", "NL401"),  # Share this story!
        ("003", "NL413"),  # podcast player time codes
        ("004", "NL416"),  # headline and caption printed twice
        ("004", "NL403"),  # More news:
        ("004", "NL401"),  # Like this:
    }
    assert expected <= found
    duplicates = [f.location.line for f in report.findings if f.code == "NL416"]
    assert len(duplicates) == 2


def test_seeds_number_drift(seeds_dir):
    paths = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    report = lint_paths(paths, Overrides(select=("numbers",)))
    found = sorted(
        (f.path.rsplit("/", 1)[-1][:3], f.location.line, f.code, f.related[0].location.line)
        for f in report.findings
        if f.severity is Severity.WARNING or f.severity is Severity.ERROR
    )
    assert found == [
        (
            "000",
            18,
            "NL102",
            1,
        ),  # "suffered 100 dead" after "more than 100" (the 2016 toll is quiet)
        (
            "003",
            14,
            "NL101",
            14,
        ),  # "more than 100 ... killed" after "no immediate reports of casualties"
        ("004", 10, "NL102", 4),  # "killed about 100" after the headline's "More Than 100"
        ("004", 14, "NL102", 10),  # "in excess of 100" after "about 100"
    ]


def test_seeds_calendar_slips(seeds_dir):
    paths = sorted(str(p) for p in seeds_dir.glob("*.txt"))

    def found(**overrides):
        report = lint_paths(paths, Overrides(select=("dates",), **overrides))
        return sorted(
            (f.path.rsplit("/", 1)[-1][:3], f.location.line, f.code) for f in report.findings
        )

    # "Wednesday night and Thursday morning, Jan. 7-8" and "Thursday, Jan. 8": February's days.
    assert found(date=dt.date(2018, 2, 8)) == [("000", 16, "NL201"), ("000", 21, "NL201")]
    # Without --date, seed 000 has no publication line: said once, not guessed.
    assert found() == [("000", 16, "NL205")]


def test_seeds_attribution(seeds_dir):
    paths = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    report = lint_paths(paths, Overrides(select=("attribution",)))
    found = {(f.path.rsplit("/", 1)[-1][:3], f.location.line, f.code) for f in report.findings}
    assert {
        ("001", 7, "NL303"),  # "Over 100 troops ... were reported killed."
        ("003", 16, "NL303"),  # "reportedly took place"
        ("004", 14, "NL302"),  # "killed in excess of 100 fighters" in the story's own voice
        ("004", 20, "NL301"),  # "Regime forces were likely attempting to take an oilfield"
        ("004", 29, "NL305"),  # "White said" with no White introduced
        ("000", 24, "NL306"),  # "our sources"
    } <= found
    assert not any(code == "NL304" for _, _, code in found)  # every seed quote has a speaker


def test_seeds_name_spellings(seeds_dir):
    paths = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    report = lint_paths(paths, Overrides(select=("NL501", "NL502")))
    found = sorted(
        (f.path.rsplit("/", 1)[-1][:3], f.location.line, f.code) for f in report.findings
    )
    assert found == [
        ("000", 11, "NL501"),  # "Hizbollah" beside "Hizballah"
        ("000", 16, "NL501"),  # "Deir ez-Zour" beside "Deir Ezzor"
        ("000", 19, "NL501"),
        ("001", 11, "NL501"),  # "Demascus" beside "Damascus"
        ("001", 13, "NL501"),  # "Deir Ezzor" beside "Deir ez-Zor"
    ]
