"""Held-out wordings for bench/plant.py: written after the claims model was tuned on the
wordings in plant.py, and never used to change it. Same classes and controls, other words."""

from __future__ import annotations

import random

from plant import Case, Story, _a, _event, _number


def changed_count(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 50)
    m = n + rng.choice([-4, -2, 3, 7])
    lede = rng.choice(
        [
            f"Rescuers said {n} people had been confirmed dead after the {event} at the {thing}.",
            f"The death toll in the {thing} {event} reached {n} on Wednesday.",
        ]
    )
    later = rng.choice(
        [
            f"The {event} claimed the lives of {m} people.",
            f"{_number(m, rng, True)} people are known to have died.",
            f"Authorities confirmed that {m} people were killed.",
        ]
    )
    return story.build(lede, later)


def changed_qualifier(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.choice([30, 50, 80, 100, 150])
    first, second = rng.choice(
        [("more than", "approximately"), ("at least", "as many as"), ("some", "over")]
    )
    lede = f"{first.capitalize()} {n} people lost their lives in the {thing} {event}."
    later = f"The {event} killed {second} {n} people, according to the authorities."
    return story.build(lede, later)


def title_against_body(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(8, 40)
    m = n + rng.choice([-4, 3, 6])
    title = f"{thing.capitalize()} {event} leaves {n} dead"
    lede = f"The {event} killed {m} people on Wednesday and injured dozens more."
    return story.build(lede, None, title=title)


def zero_against_positive(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    m = rng.randint(2, 25)
    zero, positive = rng.choice(
        [
            (f"There were no deaths in the {thing} {event}.", f"{m} people were killed."),
            (
                f"None of the workers was injured in the {event}.",
                f"{_number(m, rng, True)} workers were hurt.",
            ),
        ]
    )
    return story.build(zero, positive)


def _wire(toll: str, day: str, thing: str, event: str) -> tuple[str, int]:
    body = f"MADRID, Feb 7 (AP) — {toll} people died in {_a(thing)} {event} {day}, police said."
    return f"{event.capitalize()} in Madrid\n\n{body}\n\nThe cause was being investigated.\n", 3


def source_count(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(8, 50)
    m = n + rng.choice([-4, 5])
    case = story.build(f"{n} people died in {_a(thing)} {event} on Wednesday.", None)
    wire, line = _wire(f"At least {m}" if m > n else str(m), "on Wednesday", thing, event)
    return case._replace(source=wire, source_planted=frozenset({line}))


def source_date(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(8, 50)
    case = story.build(f"{n} people died in {_a(thing)} {event} on Feb. 6.", None)
    wire, line = _wire(str(n), "on Feb. 7", thing, event)
    return case._replace(source=wire, source_planted=frozenset({line}))


def restated(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 50)
    lede = f"{_a(event).capitalize()} at {_a(thing)} killed {n} people on Wednesday."
    later = f"Flowers were left for the {n} people killed in the {event}."
    return story.build(lede, later)


def subset_and_total(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    m = rng.randint(2, 8)
    n = m + rng.randint(4, 25)
    lede = f"The {thing} {event} killed {n} people, {m} of whom were children."
    later = f"Among the dead were {m} children from the same school."
    return story.build(lede, later)


def historical(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 30)
    h = n + rng.choice([-3, 4, 12])
    lede = f"{_a(event).capitalize()} at {_a(thing)} killed {n} people on Wednesday."
    later = f"A 2014 {event} at the site killed {h} people."
    return story.build(lede, later)


def update(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 30)
    m = n + rng.randint(2, 9)
    lede = f"{_a(event).capitalize()} at {_a(thing)} killed {n} people on Wednesday."
    later = f"The toll has since risen to {m}."
    return story.build(lede, later)


def other_measure(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 30)
    k = n + rng.choice([-2, 3, 10])
    lede = f"{_a(event).capitalize()} at {_a(thing)} killed {n} people on Wednesday."
    later = rng.choice(
        [f"{k} people were treated in hospital.", f"{k} homes were destroyed by the {event}."]
    )
    return story.build(lede, later)


CLASSES = {
    "changed count": changed_count,
    "changed qualifier": changed_qualifier,
    "title against body": title_against_body,
    "zero against positive": zero_against_positive,
    "changed count in a source": source_count,
    "changed date in a source": source_date,
}
CONTROLS = {
    "same figure restated": restated,
    "a subset and its total": subset_and_total,
    "a historical figure": historical,
    "an update with a time word": update,
    "another measure": other_measure,
}


# -- a second held-out set, written after the first one had been used to fix the model ------


def changed_count_2(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(5, 45)
    m = n + rng.choice([-3, 4, 8])
    lede = f"Emergency services said the {event} at the {thing} had killed {n} people."
    later = rng.choice(
        [f"A total of {m} people died.", f"The number of dead stood at {m} on Thursday."]
    )
    return story.build(lede, later)


def changed_qualifier_2(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.choice([40, 60, 120])
    lede = f"Nearly {n} people were hurt in the {thing} {event}."
    later = f"More than {n} people were injured, according to the hospital."
    return story.build(lede, later)


def title_against_body_2(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 30)
    title = f"{n} injured in {thing} {event}"
    return story.build(f"The {event} injured {n + 4} people on Wednesday.", None, title=title)


def zero_against_positive_2(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    m = rng.randint(2, 20)
    return story.build(
        f"No injuries were reported in the {thing} {event}.",
        f"{m} people were taken to hospital with injuries.",
    )


def source_count_2(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(10, 60)
    case = story.build(f"Officials said {n} people were killed in the {thing} {event}.", None)
    wire, line = _wire(f"About {n * 2}", "on Wednesday", thing, event)
    return case._replace(source=wire, source_planted=frozenset({line}))


def source_date_2(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(10, 60)
    case = story.build(f"The {thing} {event} on Monday killed {n} people.", None)
    wire, line = _wire(str(n), "on Wednesday", thing, event)
    return case._replace(source=wire, source_planted=frozenset({line}))


def subset_and_total_2(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    m = rng.randint(2, 6)
    lede = f"The {event} killed {m + 9} people, {m} of them firefighters."
    later = f"The {m} firefighters who died had been inside the {thing}."
    return story.build(lede, later)


def update_2(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(5, 20)
    lede = f"The {thing} {event} killed {n} people, officials said."
    later = f"Officials revised the toll to {n + 3} on Friday."
    return story.build(lede, later)


CLASSES_2 = {
    "changed count": changed_count_2,
    "changed qualifier": changed_qualifier_2,
    "title against body": title_against_body_2,
    "zero against positive": zero_against_positive_2,
    "changed count in a source": source_count_2,
    "changed date in a source": source_date_2,
}
CONTROLS_2 = {
    "same figure restated": restated,
    "a subset and its total": subset_and_total_2,
    "a historical figure": historical,
    "an update with a time word": update_2,
    "another measure": other_measure,
}
