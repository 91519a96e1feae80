"""unsourced-figure: a casualty count stated with no source in its sentence or paragraph.

"The US … killed in excess of 100 fighters in the attack." A toll is the hardest fact in a
story and the one most often disputed; it needs someone standing behind it. Uses the numbers
pack's casualty mentions: counts in headlines, in quotes, of another event ("in 2016"), parts
of a total and sentences that report passively ("were reported killed", the passive-report
rule's business) are left alone.

Example (fail): `The strike killed more than 100 fighters.`
Example (pass): `The strike killed more than 100 fighters, a US official said.`
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..document import Document
from ..extract import attribution, casualties
from ..finding import Hit

KIND = "unsourced-figure"
ARGS = ("figure",)


class Params(NamedTuple):
    skip_headlines: bool = True


def check(doc: Document, params: Params) -> Iterator[Hit]:
    c = attribution.cues()
    for m in casualties.mentions(doc):
        if m.quoted or m.part or m.event is not None or m.qualifier == "zero":
            continue
        if (params.skip_headlines and doc.in_headline(m.start)) or doc.in_quote(m.start, m.end):
            continue
        sentence = doc.sentences[m.sentence]
        text = attribution.blank_quotes(doc, sentence.start, sentence.end)
        if attribution.attributed(text) or c.passive.search(text):
            continue
        para = doc.paragraphs[sentence.paragraph]
        if attribution.attributed(attribution.blank_quotes(doc, para.start, para.end)):
            continue
        yield Hit(m.start, m.end, {"figure": m.text})
