"""The claim model, table-driven: sentences written for these tests, the claim each must give,
and the pairs that must (and must not) conflict. See newslint.extract.claims."""

import datetime as dt

import pytest

from newslint.document import Document
from newslint.extract import claims
from newslint.runner import compare_texts
from tests.conftest import spots


def _claims(text: str, date: dt.date | None = None) -> list[claims.Claim]:
    doc = Document("Headline\n\n" + text + "\n", "story.txt")
    doc.reference_date = date
    return [c for c in claims.claims(doc) if c.where != "headline"]


# sentence -> (text, low, high, measure, group class or None, sides, scope, event, update)
RECORDS = [
    ("At least 40 people died in the fire.", ("At least 40", 40, float("inf"), "killed", "people")),
    (
        "The blast killed more than 100 fighters.",
        ("more than 100", 101, float("inf"), "killed", "combatants"),
    ),
    ("Nine workers were hurt.", ("Nine", 9, 9, "wounded", "workers")),
    ("Officials put the death toll at 37.", ("37", 37, 37, "killed", None)),
    ("Up to 20 people are missing.", ("Up to 20", 0, 20, "missing", "people")),
    ("Dozens were wounded in the attack.", ("Dozens", 24, 199, "wounded", None)),
    ("The fire claimed the lives of 26 people.", ("26", 26, 26, "killed", "people")),
    ("In all, 36 police officers lost their lives.", ("36", 36, 36, "killed", "police")),
    ("No one was hurt in the blast.", ("No one was hurt", 0, 0, "wounded", None)),
    (
        "There were no immediate reports of casualties.",
        ("no immediate reports of casualties", 0, 0, "casualties", None),
    ),
    (
        "None of the workers was injured.",
        ("None of the workers was injured", 0, 0, "wounded", "workers"),
    ),
    ("Forty sheep died in the flood.", ("Forty", 40, 40, "killed", "animals")),
]


@pytest.mark.parametrize(("sentence", "expected"), RECORDS, ids=[r[0][:30] for r in RECORDS])
def test_a_count_becomes_a_claim(sentence, expected):
    (claim,) = _claims(sentence)
    text, low, high, measure, group = expected
    assert claim.text == text
    assert (claim.measure, claim.group.cls) == (measure, group)
    assert claim.low <= low and (high == float("inf") or claim.high >= high)


SCOPES = [
    ("Twelve people were killed, including 10 Americans.", ["total", "subset"]),
    ("The fire killed 31 people, among them five children.", ["total", "subset"]),
    ("Two of the dead were children.", ["subset"]),
    ("A family of five were among 12 killed in the crash.", ["subset", "total"]),
    ("The crash killed 10 U.S. citizens and two local pilots.", ["subset"]),
    ("The fire killed 12 people and injured dozens more.", ["total", "total"]),
]


@pytest.mark.parametrize(("sentence", "scopes"), SCOPES, ids=[s[0][:30] for s in SCOPES])
def test_subsets_of_a_total(sentence, scopes):
    assert [c.scope for c in _claims(sentence)] == scopes


EVENTS = [
    ("In 2016 a similar fire killed 40 people.", "year 2016"),
    ("Last year's flood killed 33.", "last year's"),
    ("The previous attack, in 2009, left 19 dead.", "year 2009"),
    ("Since 2011, 470,000 people have been killed.", "year 2011"),
    ("Meanwhile, six people died in a seaplane crash.", "another story"),
    ("CAIRO (AP) — A blast killed 12 people on Feb. 7, officials said.", None),
    ("LONDON, Feb 8 (Reuters) - A fire killed 40 people, police said.", None),
]


@pytest.mark.parametrize(("sentence", "event"), EVENTS, ids=[e[0][:30] for e in EVENTS])
def test_the_event_a_claim_is_about(sentence, event):
    (claim,) = _claims(sentence, dt.date(2018, 2, 8))
    assert claim.event == event


UPDATES = [
    "By Thursday the death toll had risen to 15.",
    "The toll later climbed to 36.",
    "As of Friday, 31 people were confirmed dead.",
    "The toll has since risen to 18.",
]


@pytest.mark.parametrize("sentence", UPDATES)
def test_an_updated_toll_is_an_update(sentence):
    (claim,) = _claims(sentence)
    assert claim.update


def test_a_toll_that_reaches_a_figure_is_not_an_update():
    (claim,) = _claims("The death toll reached 43 on Wednesday.")
    assert not claim.update


def test_an_event_is_no_ones_source():
    (claim,) = _claims("The blast claimed the lives of 26 people.")
    assert claim.source is None


# Defect classes (fire) and controls (quiet), in one story.
CONFLICTS = [
    "At least 40 people died in the fire.\n\nThe death toll stood at 37 on Friday.",
    "A fire killed 12 people.\n\nIn all, 15 people lost their lives in the fire.",
    "Nine firefighters were hurt.\n\nTen firefighters were injured, the brigade said.",
    "No one was hurt in the blast.\n\nFour people were injured in the blast.",
    "There were no immediate reports of casualties.\n\nMore than 100 fighters were killed.",
    "Ten people died.\n\nAll 12 victims were from the same village.",
    "12 people were killed, including 15 children.",
]
CONSISTENT = [
    "A fire killed 12 people.\n\nThe 12 victims were named on Thursday.",
    "12 people were killed, including 10 children.\n\nThe 10 children who died were pupils.",
    "A fire killed 12 people.\n\nIn 2016 a similar fire at the plant killed 40 people.",
    "A fire killed 12 people.\n\nBy Friday the toll had risen to 15.",
    "A fire killed 12 people.\n\nForty sheep died in the fields around the farm.",
    "A fire killed 12 people.\n\nAbout 300 people were evacuated from nearby homes.",
    "No Americans were injured.\n\nMore than 100 Syrian fighters were killed.",
    "Fifty workers were killed.\n\nThe fire left 69 dead.",
]


@pytest.mark.parametrize("story", CONFLICTS, ids=[c[:30] for c in CONFLICTS])
def test_claims_that_cannot_both_be_true(story):
    assert spots("Headline\n\n" + story, "NL101")


@pytest.mark.parametrize("story", CONSISTENT, ids=[c[:30] for c in CONSISTENT])
def test_claims_that_can_both_be_true(story):
    assert spots("Headline\n\n" + story, "NL101") == []


DRIFTS = [
    ("more than 100", "about 100"),
    ("about 100", "at least 100"),
    ("at least 100", "up to 100"),
    ("more than 100", "100"),
]
SAME = [("at least 100", "100"), ("about 100", "100"), ("more than 100", "over 100")]


@pytest.mark.parametrize(("first", "second"), DRIFTS)
def test_one_figure_told_with_qualifiers_that_differ(first, second):
    story = (
        f"Headline\n\nThe raid killed {first} fighters.\n\nThe army said {second} fighters died."
    )
    assert spots(story, "NL102")


@pytest.mark.parametrize(("first", "second"), SAME)
def test_one_figure_told_the_same_way(first, second):
    story = (
        f"Headline\n\nThe raid killed {first} fighters.\n\nThe army said {second} fighters died."
    )
    assert spots(story, "NL102") == []


def test_the_title_is_a_claim_checked_against_the_body():
    story = "---\ntitle: Factory blast kills 12\n---\nBlast\n\nThe blast killed nine people.\n"
    from newslint import lint_text

    (finding,) = lint_text(story, "s.md", select=["NL101"])
    assert (finding.location.line, finding.related[0].location.line) == (6, 2)
    agree = "---\ntitle: Factory blast kills 12\n---\nBlast\n\nThe blast killed 12 workers.\n"
    assert spots(agree, "NL101") == []


def test_an_update_is_a_quieter_finding():
    story = "Headline\n\nA fire killed 12 people.\n\nBy Friday the death toll had risen to 15."
    assert spots(story, "NL105") == [(5, 39, "NL105")]
    assert spots(story, "NL101") == []


WIRE = (
    "Plant fire\n\nLONDON, Feb 8 (Reuters) - A fire at a chemical plant killed at least 14 "
    "people on Wednesday, Feb. 7, officials said.\n"
)


def test_a_story_against_the_wire_copy_it_came_from():
    story = "Plant fire\n\nA fire at a chemical plant killed 11 people on Tuesday, Feb. 6.\n"
    found = {f.code for f in compare_texts([WIRE, story], date=dt.date(2018, 2, 8))}
    assert {"NL104", "NL206"} <= found
    agrees = "Plant fire\n\nA fire at a chemical plant killed 14 people on Wednesday.\n"
    found = compare_texts([WIRE, agrees], date=dt.date(2018, 2, 8))
    assert not [f for f in found if f.code in ("NL104", "NL206")]


def test_a_wire_dateline_is_not_another_event():
    claim = _claims(WIRE.split("\n\n")[1], dt.date(2018, 2, 8))[0]
    assert claim.event is None and claim.text == "at least 14"


def test_a_date_said_later_is_not_the_events_date():
    story = (
        "Plant fire\n\nA fire at a chemical plant killed 14 people on Wednesday, officials said "
        "on Thursday.\n"
    )
    found = compare_texts([WIRE, story], date=dt.date(2018, 2, 8))
    assert not [f for f in found if f.code == "NL206"]


def test_messages_name_both_figures_and_places():
    from newslint import lint_text

    story = "Headline\n\nAt least 40 people died in the fire.\n\nThe fire killed 37 people."
    (finding,) = lint_text(story, "s.txt", select=["NL101"])
    assert (
        finding.message == "'37' (line 5) and 'At least 40' (line 3) cannot both be the fire's dead"
    )
