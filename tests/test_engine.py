"""newslint.engine.check works out its plan (each document rule's check and params) once per
list of rules, and never serves a plan for a list that has changed."""

from pathlib import Path

from newslint import config, engine, runner
from newslint.document import Document

STORY = "Ferry resumes\n\nThe ferry resumed on Monday, the operator said.\n\nShare this story!\n"


def _rules():
    return runner._rules_for(config.Settings(root=Path.cwd()), None)


def test_the_plan_is_made_once_for_a_list_of_rules():
    registry, rules = _rules()
    first = engine._plan(rules, registry)
    assert engine._plan(rules, registry) is not None
    assert engine._plan(rules, registry)[0] is first[0]
    assert all(rule.kind != "engine" for rule, _, _ in first[0])


def test_a_list_changed_in_place_gets_a_new_plan():
    registry, rules = _rules()
    rules = list(rules)
    found = engine.check(Document(STORY, "story.txt"), rules, registry)
    assert {f.rule.split("/")[0] for f in found} == {"boilerplate"}  # the share prompt
    rules[:] = [r for r in rules if not r.name.startswith("boilerplate/")]  # the same list
    assert engine.check(Document(STORY, "story.txt"), rules, registry) == []


def test_the_same_rules_in_another_list_give_the_same_findings():
    registry, rules = _rules()
    doc = lambda: Document(STORY, "story.txt")  # noqa: E731
    assert engine.check(doc(), list(rules), registry) == engine.check(doc(), rules, registry)
