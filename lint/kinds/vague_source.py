"""vague-source: "sources say", "a source said", "sources close to the ministry".

AP style grants anonymity only when there is no other way to get the information, and asks the
story to say why it was granted and what the source's position is. Flagged at info so an
editor checks that the story explains it; quiet where the paragraph already does ("who spoke
on condition of anonymity because …", "who was not authorised to speak publicly"; the
explanations are data: `anonymity-explained` in rules/tables/attribution.yaml).

Example (fail): `Sources say the minister will resign.`
Example (pass): `The minister will resign, two officials who were briefed on the decision said.`
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import patterns
from ..document import Document
from ..extract import attribution, tables
from ..finding import Hit
from ..records import Record

KIND = "vague-source"
ARGS = ("phrase",)


class Params(Record):
    pass


@functools.cache
def _explained() -> re.Pattern:
    phrases = tables.alternation(tables.words("attribution", "anonymity-explained"))
    return patterns.compile(rf"\b(?:{phrases})\b", re.I)


def check(doc: Document, params: Params) -> Iterator[Hit]:
    text = doc.unquoted
    for found in attribution.cues().vague.finditer(text):
        para = doc.paragraphs[doc.sentences[doc.sentence_index(found.start())].paragraph]
        if _explained().search(text, para.start, para.end):
            continue  # the story says why the source is not named
        yield Hit(found.start(), found.end(), {"phrase": found.group(0)})
