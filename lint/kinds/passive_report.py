"""passive-report: "were reported killed", "is said to", "it is understood", "reportedly" with
no one named as the reporter.

The passive voice hides who is doing the reporting; a reader cannot weigh a claim whose source
is missing. A sentence that also names its source ("according to state media", "officials
said") or an agent ("were reported killed by the observatory") is fine, and so are quotes.

Example (fail): `Over 100 troops were reported killed.`
Example (pass): `Over 100 troops were reported killed, the observatory said.`
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from .. import patterns
from ..document import Document
from ..extract import attribution
from ..finding import Hit

KIND = "passive-report"
ARGS = ("phrase",)

# "were reported killed by state television", "according to reports in the Sun"
_AGENT = patterns.compile(r"\s+(?:by|in|from)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|state\b|local\b)")


class Params(NamedTuple):
    pass


def check(doc: Document, params: Params) -> Iterator[Hit]:
    c = attribution.cues()
    for sentence in doc.sentences:
        text = attribution.blank_quotes(doc, sentence.start, sentence.end)
        found = c.passive.search(text)
        if found is None:
            continue
        rest = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end() :]
        named = attribution.source_of(rest) is not None or attribution.attributed(rest)
        if named or _AGENT.match(text, found.end()):
            continue
        start = sentence.start + found.start()
        yield Hit(start, sentence.start + found.end(), {"phrase": found.group(0)})
