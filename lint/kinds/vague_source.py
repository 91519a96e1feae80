"""vague-source: "sources say", "a source said", "sources close to the ministry".

AP style grants anonymity only when there is no other way to get the information, and asks the
story to say why it was granted and what the source's position is. Flagged at info so an
editor checks that the story explains it.

Example (fail): `Sources say the minister will resign.`
Example (pass): `The minister will resign, two officials who were briefed on the decision said.`
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..document import Document
from ..extract import attribution
from ..finding import Hit

KIND = "vague-source"
ARGS = ("phrase",)


class Params(NamedTuple):
    pass


def check(doc: Document, params: Params) -> Iterator[Hit]:
    for found in attribution.cues().vague.finditer(doc.unquoted):
        yield Hit(found.start(), found.end(), {"phrase": found.group(0)})
