"""Casualty mentions: outcome binding, groups and sides, events, parts, updates, zeros, sources."""

import datetime as dt

from newslint.document import Document
from newslint.extract.attribution import source_of
from newslint.extract.casualties import mentions


def read(text: str, date: dt.date | None = None):
    doc = Document(text, "story.txt")
    doc.reference_date = date
    return mentions(doc)


def test_count_binds_to_outcome_after_or_before_it():
    (a,) = read("More than 100 of those fighters were killed.")
    (b,) = read("The strike killed more than 100 fighters.")
    (c,) = read("Officials put the death toll at 37.")
    assert (a.outcome, a.low, a.group.cls) == ("killed", 101, "combatants")
    assert (b.outcome, b.low, b.group.cls) == ("killed", 101, "combatants")
    assert (c.outcome, c.value) == ("killed", 37)


def test_each_count_takes_its_own_outcome():
    found = read("The blast killed 3 people and wounded 12 others.")
    assert [(m.value, m.outcome) for m in found] == [(3, "killed"), (12, "wounded")]
    found = read("84 people have died and 18 are injured.")
    assert [(m.value, m.outcome) for m in found] == [(84, "killed"), (18, "wounded")]


def test_counts_of_other_things_are_not_casualties():
    found = read("Since then 250,000 people have been killed and 10 million displaced.")
    assert [m.value for m in found] == [250_000]
    assert read("The 25-ton truck killed the driver.") == []
    assert read("The group could kill 100 people, officials warned.") == []
    assert read("Five victims were members of a temple.") == []


def test_groups_classes_and_sides():
    (a,) = read("More than 100 Syrian pro-regime forces were killed.")
    (b,) = read("No Americans were injured.")
    assert (a.group.cls, a.group.sides) == ("combatants", frozenset({"syrian"}))
    assert b.group.sides == frozenset({"american"}) and not b.group.generic
    assert a.group.same_as(read("Over 100 troops were killed.")[0].group)
    assert not a.group.same_as(read("Two SDF fighters were killed.")[0].group)


def test_events_set_mentions_apart():
    (a,) = read(
        "Around 100 soldiers were killed in a strike in September 2016.", dt.date(2018, 2, 8)
    )
    (b,) = read("Last year's flood killed 12 people.")
    (c,) = read("Since 2011, more than 250,000 people have been killed.")
    (d,) = read("Florida club: 49 killed")
    (e,) = read("More than 100 fighters were killed in 2018.", dt.date(2018, 2, 8))
    assert (a.event, b.event, c.event) == ("year 2016", "last year's", "year 2011")
    assert d.event == "label florida club"
    assert e.event is None


def test_parts_updates_and_severities():
    found = read("Twelve people were killed, including 10 Americans.")
    assert [(m.value, m.part) for m in found] == [
        (12, False),
        (10, True),
    ]  # the part shares "killed"
    found = read("Twelve people were killed. Among the dead were 10 Americans.")
    assert [(m.value, m.part) for m in found] == [(12, False), (10, True)]
    (u,) = read("The death toll rose to 40 on Friday.")
    assert u.update
    (s,) = read("Police said four people with serious injuries were released.")
    assert s.part


def test_zeros_hedged_and_plain():
    (a,) = read("There were no immediate reports of casualties.")
    (b,) = read("No one was killed.")
    (c,) = read("There were no American casualties.")
    assert (a.high, a.outcome, a.hedged) == (0, "casualties", True)
    assert (b.high, b.outcome, b.hedged) == (0, "killed", False)
    assert c.group.sides == frozenset({"american"})
    assert read("The radio bulletin made no mention of the deaths.") == []
    assert read("None of the injuries appeared fatal.") == []


def test_sources_name_the_speaker_not_the_quote():
    s = source_of("“We estimate more than 100 were killed,” a US military official said.")
    assert (s.key, s.named) == ("official", False)
    s = source_of("The Syrian Center for Policy Research, however, put the toll at 470,000.")
    assert (s.key, s.named) == ("research", True)
    s = source_of("Since then, 250,000 people have been killed, according to the UN.")
    assert (s.key, s.named) == ("un", True)
    assert source_of("Four people died in the fire.") is None
