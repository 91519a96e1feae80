"""unsourced-figure: a disputed toll of the story's event that nobody stands behind.

"The US … killed in excess of 100 fighters in the attack." In conflict every toll of fighters
or civilians is one side's claim, and the reader needs to know whose. The count is checked
against the attribution model (newslint.extract.sourcing): it is sourced when its sentence, its
paragraph, the paragraph's quoted speaker, a wire credit covering the paragraph or the next
sentence names a source, or when a sourced count of the same outcome that it does not go beyond
stands anywhere in the story, as a lede's toll is usually attributed two paragraphs down
("dozens" is backed by "45, officials said"; "in excess of 100" is not backed by "about
100"). Which groups' tolls are disputed is a parameter (`disputed`, group classes of
rules/tables/casualties.yaml); an accident's "seven people died" in the story's own voice is
ordinary reporting and left alone.

Out of scope: headlines and titles, captions and other chrome lines, counts in quotes, counts
of another event (history: "in 2016", "the 2011 quake"), parts of a total, zeros, counts with no
group of people named ("died at 50", "missing 14 players" are not tolls) and sentences that
report passively (the passive-report rule's business).

Example (fail): `The strike killed more than 100 fighters.`
Example (pass): `The strike killed more than 100 fighters, a US official said.`
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import attribution, casualties, chrome, sourcing
from ..finding import Hit
from ..records import Record

KIND = "unsourced-figure"
ARGS = ("figure",)


class Params(Record):
    skip_headlines: bool = True
    disputed: tuple[str, ...] = ("combatants", "civilians")


def _backs(sourced: casualties.Mention, m: casualties.Mention) -> bool:
    """A sourced count backs an unsourced one that claims no more than it does: "dozens" is
    backed by "45, officials said"; "in excess of 100" is not backed by "about 100"."""
    return sourced.outcome == m.outcome and m.low <= sourced.low and sourced.high <= m.high


def _in_scope(doc: Document, m: casualties.Mention, params: Params) -> bool:
    if m.quoted or m.part or m.event is not None or m.qualifier == "zero":
        return False
    if m.group.cls not in params.disputed:
        return False  # "seven people died", "has died at 50": not a disputed toll
    if (params.skip_headlines and doc.in_headline(m.start)) or doc.in_quote(m.start, m.end):
        return False
    return not chrome.on_chrome_line(doc, m.start)  # a caption or credit line repeats the body


def check(doc: Document, params: Params) -> Iterator[Hit]:
    mentions = casualties.mentions(doc)
    if not mentions:
        return
    passive = attribution.cues().passive
    scoped = [m for m in mentions if _in_scope(doc, m, params)]
    if not scoped:
        return
    backed = [m for m in mentions if m.quoted or sourcing.sourced(doc, m.sentence)]
    for m in scoped:
        if any(_backs(b, m) for b in backed):
            continue
        sentence = doc.sentences[m.sentence]
        if passive.search(attribution.blank_quotes(doc, sentence.start, sentence.end)):
            continue
        yield Hit(m.start, m.end, {"figure": m.text})
