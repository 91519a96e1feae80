"""unidentified-speaker: "White said" with no White introduced; "she said" with nobody before.

A surname-only attribution needs the person's full name, title or an earlier mention in the
story ("Col. Thomas Veale" before "Veale said"); a pronoun attribution in the story's first
sentence needs someone introduced before it (a later one always has the story so far to point
to). The references and the people
they lean on come from the attribution model (newslint.extract.sourcing). Not checked:
institutions that speak under one name ("Reuters reported", "Moscow said"; rules/tables/
attribution.yaml), names described where they speak ("midfielder Guti said"), plurals
("Analysts said"), places that speak ("Portugal confirmed"), names readers know without an
introduction (frequent in English text: "Tarantino says"), ordinary words that start a
sentence ("Early estimates put"), weekdays and months, quotes, headlines and chrome lines.

Example (fail): `The bridge reopened on Monday.` … `"It is safe now," White said.`
Example (pass): `Engineer Ann White inspected the bridge.` … `"It is safe now," White said.`
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import chrome, sourcing
from ..finding import Hit
from ..records import Record

KIND = "unidentified-speaker"
ARGS = ("speaker",)


class Params(Record):
    pronouns: bool = True  # "she said" with no one before it


def check(doc: Document, params: Params) -> Iterator[Hit]:
    for ref in sourcing.model(doc).references:
        if ref.introduced or (ref.pronoun and not params.pronouns):
            continue
        if chrome.on_chrome_line(doc, ref.start):
            continue  # a headline list or a caption pasted with the story's chrome
        yield Hit(ref.start, ref.end, {"speaker": ref.word})
