"""passive-report: "were reported killed", "is said to", "it is understood", "reportedly" with
no one named as the reporter.

The passive voice hides who is doing the reporting; a reader cannot weigh a claim whose source
is missing. Only passives that hide a reporter are flagged. Left alone:

- a source in reach: the sentence names one ("according to state media", "officials said"), an
  agent follows ("were reported killed by the observatory"), or another sentence of the
  paragraph names the source being relayed ("According to the Times, … He is said to have …");
- reports *to* someone ("the theft was reported to police"): the reporter is the victim, and
  the passive hides nobody;
- events simply reported at a place or time ("delays were reported on the line", "no injuries
  were reported"): the report is the event, not a claim;
- quotes, headlines, captions and other chrome lines.

A passive that carries a casualty count ("45 were reported killed", "dozens are said to have
died") is a warning: that is the claim a reader most needs a source for. Otherwise ("is said to
have paid £5m", "reportedly refused") it is information.

Example (fail): `Over 100 troops were reported killed.`
Example (pass): `Over 100 troops were reported killed, the observatory said.`
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import patterns
from ..document import Document
from ..extract import attribution, casualties, chrome, tables
from ..finding import Hit, Severity
from ..records import Record

KIND = "passive-report"
ARGS = ("phrase",)

# "were reported killed by state television", "according to reports in the Sun"
_AGENT = patterns.compile(
    r"\s+(?:(?:by|in|from)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]|state\b|local\b)|in\s+court\b)"
)


# "was reported to police", "were reported to the authorities": a report made to someone
@functools.cache
def _recipient() -> re.Pattern:
    nouns = tables.alternation(tables.words("attribution", "report-recipients"))
    return patterns.compile(
        rf"\s+to\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+|[A-Z]|(?i:{nouns})\b)"
    )


# "delays were reported on the line", "no injuries were reported.": the event is the report
_BARE = patterns.compile(r"(?:was|were|is|are|been)\s+reported$", re.I)
_PLACE_OR_END = patterns.compile(
    r"(?:\s+(?:\w+ly|early|late|first|only|again))?\s*(?:$|[,.;:)]|\s(?:at|on|in|across|near|along|throughout|between|around|during|"
    r"overnight|after|since|from|as|and|but|when|while|elsewhere|nearby|locally)\b)"
)


class Params(Record):
    pass


def _hides_nobody(text: str, found: re.Match) -> bool:
    after = found.end()
    if _recipient().match(text, after) and not re.match(r"\s+to\s+(?:have|be)\b", text[after:]):
        return True
    return bool(_BARE.search(found.group(0)) and _PLACE_OR_END.match(text, after))


def _relayed(doc: Document, sentence: int) -> bool:
    """Another sentence of the paragraph (two either side) names the source the passive
    relays: "the Yonhap news agency reports that …", "according to the broadcaster NHK"."""
    span = doc.sentences[sentence]
    passive = attribution.cues().passive
    for index in (sentence - 1, sentence + 1, sentence - 2, sentence + 2):  # bounded reach
        if 0 <= index < len(doc.sentences) and doc.sentences[index].paragraph == span.paragraph:
            other = doc.sentences[index]
            words = attribution.blank_quotes(doc, other.start, other.end)
            if attribution.source_for(doc, index) is not None or (
                attribution.attributed(words) and not passive.search(words)
            ):
                return True
    return False


def check(doc: Document, params: Params) -> Iterator[Hit]:
    c = attribution.cues()
    for index, sentence in enumerate(doc.sentences):
        text = attribution.blank_quotes(doc, sentence.start, sentence.end)
        found = c.passive.search(text)
        if found is None or doc.in_headline(sentence.start) or _hides_nobody(text, found):
            continue
        rest = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end() :]
        named = attribution.source_of(rest) is not None or attribution.attributed(rest)
        if named or _AGENT.match(text, found.end()) or _relayed(doc, index):
            continue
        start = sentence.start + found.start()
        if chrome.on_chrome_line(doc, start):
            continue  # a caption or a credit line
        toll = any(m.sentence == index for m in casualties.mentions(doc))
        yield Hit(
            start,
            sentence.start + found.end(),
            {"phrase": found.group(0)},
            severity=None if toll else Severity.INFO,
        )
