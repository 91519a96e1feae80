"""Plant claim defects, and controls that look like them, into real clean copy; measure the
claims rules; write bench/results/claims.md.

    .venv/bin/python bench/plant.py [--corpus ../shared/corpus] [--articles 120] [--show 5]

Each case takes a clean article (BBC or the body of a cluster article) and inserts sentences
written for this bench: one near the top (the lede's claim) and one further down, or a title,
or a second document (the wire copy a story was rewritten from). Several wordings per class,
with the numbers, groups and events drawn at random (seeded), so no rule can pass by knowing
one sentence.

- A *defect class* is found when a claims finding (numbers or dates pack) lands on a planted
  line of either document, or relates to one.
- A *control* raises a false alarm when any claims finding touches a planted line.

Targets (issue 17): recall ≥ 95 % per class, false alarms ≤ 1 % per control.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from newslint.document import Document
from newslint.extract import claims
from newslint.runner import compare_texts, lint_text

ROOT = Path(__file__).resolve().parent.parent
CLAIM_RULES = ["numbers", "dates"]
DATE = dt.date(2018, 2, 8)  # a Thursday: the stories run the day after a Wednesday event

NUMBER_WORDS = {
    2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
    10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 20: "twenty",
}  # fmt: skip
THINGS = ["warehouse", "factory", "apartment block", "bridge", "shopping centre", "mine"]
EVENTS = {"warehouse": "fire", "factory": "explosion", "apartment block": "fire",
          "bridge": "collapse", "shopping centre": "blast", "mine": "explosion"}  # fmt: skip
GROUPS = ["people", "workers", "residents", "passengers", "firefighters", "police officers"]
SOURCES = ["officials said", "police said", "the fire service said", "the mayor's office said"]


class Case(NamedTuple):
    story: str
    planted: set[int]  # 1-based lines of the story
    source: str | None = None
    source_planted: frozenset[int] = frozenset()


def _number(n: int, rng: random.Random, start: bool = False) -> str:
    if n in NUMBER_WORDS and rng.random() < 0.3:
        word = NUMBER_WORDS[n]
        return word.capitalize() if start else word
    return str(n)


class Story:
    """A clean article to plant into: a headline and its paragraphs."""

    def __init__(self, headline: str, paragraphs: list[str]):
        self.headline, self.paragraphs = headline, paragraphs

    def build(self, lede: str | None, later: str | None, title: str | None = None) -> Case:
        paragraphs = list(self.paragraphs)
        lines_planted = []
        if lede is not None:
            paragraphs.insert(0, lede)
            lines_planted.append(lede)
        if later is not None:
            at = min(len(paragraphs), 3 + len(paragraphs) // 3)
            paragraphs.insert(at, later)
            lines_planted.append(later)
        head = title if title is not None else self.headline
        front = f"---\ntitle: {self.headline!r}\ndate: {DATE.isoformat()}\n---\n"
        text = front + head + "\n\n" + "\n\n".join(paragraphs) + "\n"
        planted = {
            number
            for number, line in enumerate(text.split("\n"), 1)
            if line in lines_planted or (title is not None and line == title)
        }
        return Case(text, planted)


def load_stories(corpus: Path, count: int, seed: int) -> list[Story]:
    rng = random.Random(seed)
    bbc = sorted((corpus / "bbc").glob("*/*.txt"))
    clusters = sorted((corpus / "clusters").glob("*/*.md"))
    rng.shuffle(bbc)
    rng.shuffle(clusters)
    out = []
    for path in [p for pair in zip(bbc, clusters, strict=False) for p in pair]:
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---\n"):
            end = text.find("\n---", 4)
            text = text[end + 4 :] if end != -1 else text
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        # Hosts with no casualty claims of their own: the planted event is the story's event
        # (a host's own toll of another event, unmarked, is a different question).
        if len(lines) >= 5 and not claims.claims(Document("\n\n".join(lines), path.name)):
            out.append(Story(lines[0][:120], lines[1:]))
        if len(out) == count:
            break
    return out


# -- the cases --------------------------------------------------------------------------------


def _event(rng):
    thing = rng.choice(THINGS)
    return thing, EVENTS[thing]


def _a(word: str) -> str:
    return ("an " if word[0] in "aeiou" else "a ") + word


def _killed(event: str, thing: str, n, when: str, said: str) -> str:
    """ "A fire at a warehouse killed 12 people on Wednesday, police said." """
    return f"{_a(event).capitalize()} at {_a(thing)} killed {n} people on {when}, {said}."


def changed_count(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 60)
    m = rng.choice([n - rng.randint(2, max(2, n // 3)), n + rng.randint(2, max(2, n // 2))])
    group = rng.choice(GROUPS)
    said = rng.choice(SOURCES)
    lede = rng.choice(
        [
            f"{_number(n, rng, True)} {group} were killed when {_a(thing)} {event} tore through "
            f"the district on Wednesday, {said}.",
            _killed(event, thing, _number(n, rng), "Wednesday", said).replace("people", group),
            f"The {thing} {event} on Wednesday left {_number(n, rng)} {group} dead, {said}.",
            f"Officials put the death toll from Wednesday's {thing} {event} at {n}.",
        ]
    )
    if lede.startswith("Officials put"):
        group = "people"  # the lede names no group: a count of one group could be a part
    later = rng.choice(
        [
            f"{_number(m, rng, True)} {group} died in the {event}, {said}.",
            f"The {event} killed {_number(m, rng)} {group}, {said}.",
            f"In all, {m} {group} lost their lives in the {event}.",
            f"The {event} left {m} {group} dead.",
        ]
    )
    return story.build(lede, later)


def changed_qualifier(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.choice([20, 30, 40, 50, 60, 100, 200])
    group = "people"  # a toll with no group beside a group's count could be a part of it
    first, second = rng.choice(
        [
            ("more than", "about"),
            ("more than", "around"),
            ("about", "at least"),
            ("at least", "up to"),
            ("nearly", "at least"),
            ("over", "roughly"),
        ]
    )
    said = rng.choice(SOURCES)
    lede = f"The {thing} {event} killed {first} {n} {group} on Wednesday, {said}."
    later = rng.choice(
        [
            f"{second.capitalize()} {n} {group} died in the {event}.",
            f"The toll from the {event} was {second} {n}, {said}.",
            f"{second.capitalize()} {n} {group} were killed, {said}.",
        ]
    )
    return story.build(lede, later)


def title_against_body(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(8, 40)
    title = rng.choice(
        [
            f"{thing.capitalize()} {event} kills {n}",
            f"{n} dead in {thing} {event}",
            f"At least {n} killed as {thing} {event} hits town",
        ]
    )
    # "At least n" allows any larger toll: the body's figure must be below it.
    m = n - rng.choice([2, 3, 5]) if title.startswith("At least") else n + rng.choice([-3, 2, 5])
    lede = rng.choice(
        [
            _killed(event, thing, m, "Wednesday", rng.choice(SOURCES)),
            f"{_number(m, rng, True)} people died when {_a(thing)} {event} hit the town on "
            f"Wednesday, {rng.choice(SOURCES)}.",
        ]
    )
    return story.build(lede, None, title=title)


def zero_against_positive(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    m = rng.randint(2, 30)
    zero, positive = rng.choice(
        [
            (
                f"No one was hurt in the {thing} {event} on Wednesday, {rng.choice(SOURCES)}.",
                f"{_number(m, rng, True)} people were injured in the {event}.",
            ),
            (
                f"There were no immediate reports of casualties from the {thing} {event}.",
                f"The {event} killed {_number(m, rng)} people, {rng.choice(SOURCES)}.",
            ),
            (
                f"Nobody was killed in Wednesday's {thing} {event}, {rng.choice(SOURCES)}.",
                f"{_number(m, rng, True)} workers died in the {event}.",
            ),
        ]
    )
    return story.build(zero, positive)


def _wire(rng: random.Random, toll: str, day: str, thing: str, event: str) -> tuple[str, int]:
    city = rng.choice(["CAIRO (AP) —", "LONDON, Feb 8 (Reuters) -", "BERLIN (AFP) -"])
    body = (
        f"{city} {_a(event).capitalize()} at {_a(thing)} killed {toll} people in the city's "
        f"industrial district on {day}, officials said."
    )
    text = (
        f"{thing.capitalize()} {event} in industrial district\n\n{body}\n\n"
        "Rescue teams searched the site through the night, and the cause was not yet known.\n"
    )
    return text, 3


def source_count(story: Story, rng: random.Random) -> Case:
    n = rng.randint(8, 60)
    m = n + rng.choice([-5, -3, 3, 6])
    thing, event = _event(rng)
    lede = _killed(event, thing, n, "Wednesday", rng.choice(SOURCES))
    case = story.build(lede, None)
    wire, line = _wire(rng, f"at least {m}" if m > n else str(m), "Wednesday, Feb. 7", thing, event)
    return case._replace(source=wire, source_planted=frozenset({line}))


def source_date(story: Story, rng: random.Random) -> Case:
    n = rng.randint(8, 60)
    thing, event = _event(rng)
    lede = _killed(event, thing, n, "Tuesday, Feb. 6", rng.choice(SOURCES))
    case = story.build(lede, None)
    wire, line = _wire(rng, str(n), "Wednesday, Feb. 7", thing, event)
    return case._replace(source=wire, source_planted=frozenset({line}))


# -- controls ---------------------------------------------------------------------------------


def restated(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 60)
    lede = _killed(event, thing, n, "Wednesday", rng.choice(SOURCES))
    later = rng.choice(
        [
            f"The {n} victims were named by police on Thursday.",
            f"All {n} people who died worked at the {thing}.",
            f"The {event}, which left {n} dead, was the worst in a decade.",
        ]
    )
    return story.build(lede, later)


def subset_and_total(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    m = rng.randint(2, 9)
    n = m + rng.randint(3, 30)
    part = rng.choice(["children", "firefighters", "women", "police officers"])
    lede = rng.choice(
        [
            f"{n} people were killed in the {thing} {event}, including {m} {part}.",
            f"The {thing} {event} killed {n} people, among them {m} {part}, {rng.choice(SOURCES)}.",
            f"{n} people died in the {event}; {m} of them were {part}.",
        ]
    )
    later = rng.choice(
        [
            f"The {m} {part} who died were named on Thursday.",
            f"{_number(m, rng, True)} {part} were killed, {rng.choice(SOURCES)}.",
            f"Relatives of the {m} {part} killed gathered outside the town hall.",
        ]
    )
    return story.build(lede, later)


def historical(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 40)
    h = n + rng.choice([-4, -2, 3, 8, 20])
    lede = _killed(event, thing, n, "Wednesday", rng.choice(SOURCES))
    later = rng.choice(
        [
            f"In 2016, a similar {event} at the same {thing} killed {h} people.",
            f"Last year's {event} in the neighbouring town killed {h}.",
            f"The previous {event}, in 2009, left {h} dead.",
            f"Since 2011, {event}s at such sites have killed {h * 10} people.",
        ]
    )
    return story.build(lede, later)


def update(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 40)
    m = n + rng.randint(2, 10)
    lede = _killed(event, thing, n, "Wednesday", rng.choice(SOURCES))
    later = rng.choice(
        [
            f"By Thursday evening the death toll had risen to {m}.",
            f"The toll later climbed to {m} as rescuers reached the basement.",
            f"As of Friday, {m} people were confirmed dead.",
            f"The number of dead rose to {m} overnight, the hospital said.",
        ]
    )
    return story.build(lede, later)


def other_measure(story: Story, rng: random.Random) -> Case:
    thing, event = _event(rng)
    n = rng.randint(6, 40)
    k = n + rng.choice([-3, 2, 5, 9])
    lede = _killed(event, thing, n, "Wednesday", rng.choice(SOURCES))
    later = rng.choice(
        [
            f"About {k} people were evacuated from nearby homes.",
            f"{k} sheep and cattle died in the fields around the {thing}.",
            f"Police arrested {k} people after the {event}.",
            f"{k} people were rescued from the upper floors.",
        ]
    )
    return story.build(lede, later)


CLASSES: dict[str, Callable] = {
    "changed count": changed_count,
    "changed qualifier": changed_qualifier,
    "title against body": title_against_body,
    "zero against positive": zero_against_positive,
    "changed count in a source": source_count,
    "changed date in a source": source_date,
}
CONTROLS: dict[str, Callable] = {
    "same figure restated": restated,
    "a subset and its total": subset_and_total,
    "a historical figure": historical,
    "an update with a time word": update,
    "another measure": other_measure,
}


def findings_of(case: Case) -> list[tuple[int, set[int]]]:
    """(document index, lines a claims finding covers or relates to) per finding."""
    if case.source is None:
        found = lint_text(case.story, "story.md", select=CLAIM_RULES, date=DATE)
        docs = {"story.md": 0}
    else:
        found = lint_text(case.story, "story.md", select=CLAIM_RULES, date=DATE)
        found += compare_texts(
            [case.source, case.story], ["wire.txt", "story.md"], select=CLAIM_RULES, date=DATE
        )
        docs = {"wire.txt": 1, "story.md": 0}
    out = []
    for f in found:
        if f.severity.name == "INFO":
            continue  # info is a note for the editor, not a contradiction
        out.append((docs.get(f.path, 0), {f.location.line}))
        for r in f.related:
            out.append((docs.get(r.location.path, 0), {r.location.line}))
    return out


def touches(case: Case, found) -> bool:
    for doc, lines in found:
        planted = case.planted if doc == 0 else case.source_planted
        if lines & planted:
            return True
    return False


def run(
    groups: dict[str, Callable], stories: list[Story], rounds: int, seed: int, wanted: bool
) -> dict:
    """{row: (touched, cases, [(touched, case) examples], [cases that went wrong])}."""
    rng = random.Random(seed)
    out = {}
    for name, make in groups.items():
        hit = 0
        examples, wrong = [], []
        for index in range(rounds):
            case = make(stories[index % len(stories)], rng)
            touched = touches(case, findings_of(case))
            hit += touched
            if len(examples) < 5:
                examples.append((touched, case))
            if touched != wanted and len(wrong) < 20:
                wrong.append(case)
        out[name] = (hit, rounds, examples, wrong)
    return out


def _lines(case: Case) -> list[str]:
    lines = case.story.split("\n")
    shown = [f"story:{n}: {lines[n - 1][:140]}" for n in sorted(case.planted)]
    if case.source:
        source = case.source.split("\n")
        shown += [f"wire:{n}: {source[n - 1][:140]}" for n in sorted(case.source_planted)]
    return shown


def write(
    path: Path, classes: dict, controls: dict, held: dict, second: dict, rounds: int, articles: int
):
    lines = [
        "# Claims: planted defects and controls",
        "",
        f"`bench/plant.py`, {dt.date.today()}. {rounds} cases per row, planted into "
        f"{articles} clean articles (BBC and cluster bodies, alternating), reference date "
        f"{DATE.isoformat()}. A class is found when a numbers or dates finding (warning or "
        "error) lands on a planted line or relates to one; a control is a false alarm when one "
        "touches a planted line. Targets: recall ≥ 95 % per class, false alarms ≤ 1 % per "
        "control.",
        "",
        "Three sets of wordings, each used to build the model only after it had been measured: "
        "**tuning** (bench/plant.py), **held-out 1** (bench/plant_heldout.py, written after the "
        "model was tuned) and **held-out 2** (written after held-out 1 had been used). The first "
        "runs of the held-out sets, before any change they prompted, are in the closing note "
        "of issue 17; the figures below are the current model's.",
        "",
        "| defect class | cases | tuning | held-out 1 | held-out 2 |",
        "|---|---:|---:|---:|---:|",
    ]

    def pct(row) -> str:
        return f"{row[0] / row[1]:.1%}"

    for name, row in classes.items():
        lines.append(
            f"| {name} | {row[1]} | {pct(row)} | {pct(held[name])} | {pct(second[name])} |"
        )
    lines += [
        "",
        "| control: false alarms | cases | tuning | held-out 1 | held-out 2 |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, row in controls.items():
        lines.append(
            f"| {name} | {row[1]} | {pct(row)} | {pct(held[name])} | {pct(second[name])} |"
        )
    lines += ["", "## Example cases (the planted lines)", ""]
    for name, (_, _, examples, _) in {**classes, **controls}.items():
        lines.append(f"**{name}**")
        lines.append("")
        for touched, case in examples[:2]:
            lines.append(f"- {'flagged' if touched else 'quiet'}: " + " / ".join(_lines(case)))
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--show", type=int, default=0, help="print this many misses per row")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    stories = load_stories(args.corpus, args.articles, seed=17)
    import plant_heldout

    classes = run(CLASSES, stories, args.rounds, seed=1, wanted=True)
    controls = run(CONTROLS, stories, args.rounds, seed=2, wanted=False)
    held_classes = run(plant_heldout.CLASSES, stories, args.rounds, seed=3, wanted=True)
    held_controls = run(plant_heldout.CONTROLS, stories, args.rounds, seed=4, wanted=False)
    second = {
        **run(plant_heldout.CLASSES_2, stories, args.rounds, seed=5, wanted=True),
        **run(plant_heldout.CONTROLS_2, stories, args.rounds, seed=6, wanted=False),
    }
    sets = (
        ("", {**classes, **controls}),
        ("held out ", {**held_classes, **held_controls}),
        ("second held out ", second),
    )
    for label, rows in sets:
        for name, (hit, total, _, wrong) in rows.items():
            print(f"{label}{name}: {hit}/{total}")
            for case in wrong[: args.show]:
                print("    " + "\n    ".join(_lines(case)))
    if not args.no_write:
        held = {**held_classes, **held_controls}
        out = ROOT / "bench" / "results" / "claims.md"
        write(out, classes, controls, held, second, args.rounds, len(stories))
    return 0


if __name__ == "__main__":
    sys.exit(main())
