"""unsourced-speculation: a guess about what happened, in the story's own voice, with nobody
standing behind it.

"Regime forces were likely attempting to take the oilfield." The outlet is guessing at a fact
or a motive ("likely", "probably", "apparently", "almost certainly", "is believed to", "may
have") and names nobody whose guess it is. Flagged only when all of these hold:

- the hedge bears on an action or a state of affairs: it stands before a verb ("were likely
  attempting", "apparently fled", "may have caused", "appears to have moved"), not before a
  noun or adjective ("a likely scenario", "probably the best year of his career");
- it is outside quotes, headlines and chrome lines, and the sentence is the writer's report:
  not a question, not in a paragraph in the first or second person (a reader's comment, a
  column's aside), not a conditional ("would likely have seen");
- no source is in reach (newslint.extract.sourcing): not in the sentence, its paragraph, a
  credit covering it or a next sentence that leans on it;
- it is not a forecast ("is likely to rise", "will probably"): predictions are routine.

The hedges are data (rules/tables/attribution.yaml, a news subset of Hyland's hedges and
boosters), as are the verb forms that are not "-ed" or "-ing" ("fled", "shot", "taken").

Example (fail): `Regime forces were likely attempting to take the oilfield.`
Example (pass): `Regime forces were likely attempting to take the oilfield, a US official said.`
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from .. import patterns
from ..document import Document
from ..extract import attribution, chrome, sourcing, tables
from ..finding import Hit
from ..records import Record

KIND = "unsourced-speculation"
ARGS = ("hedge",)

_NEXT_WORDS = patterns.compile(r"[\s,]*([A-Za-z'’-]+)")
# Words a verb phrase may carry between the hedge and its verb: "likely had been hiding".
_AUXILIARIES = frozenset(
    [
        "be",
        "been",
        "being",
        "have",
        "has",
        "had",
        "having",
        "not",
        "also",
        "still",
        "already",
        "just",
        "never",
        "was",
        "were",
        "is",
        "are",
        "did",
        "do",
        "does",
    ]
)
_PERSONAL = patterns.compile(r"\b(?:I|we|We|you|You|my|My|our|Our|me|us)\b")
# "would likely have seen", "will probably": a conditional or a forecast, not a guess at a fact
_MODAL_BEFORE = patterns.compile(r"\b(?:would|could|will|may|might|should|can|shall)\s+$", re.I)


class Params(Record):
    skip_headlines: bool = True


@functools.cache
def _irregular() -> frozenset[str]:
    return frozenset(tables.words("attribution", "irregular-verb-forms"))


def _verb(word: str) -> bool:
    lowered = word.lower()
    if lowered in _irregular():
        return True
    return len(lowered) > 4 and lowered.endswith(("ed", "ing")) and lowered not in _NOT_VERBS


# "-ed" and "-ing" words that are rarely verbs after a hedge
_NOT_VERBS = frozenset(
    [
        "anything",
        "nothing",
        "something",
        "everything",
        "thing",
        "things",
        "evening",
        "morning",
        "during",
        "spring",
        "string",
        "ceiling",
        "building",
        "red",
        "bed",
        "need",
        "speed",
        "seed",
        "feed",
        "hundred",
        "kindred",
        "sacred",
        "wicked",
        "naked",
    ]
)


def _bears_on_a_verb(text: str, end: int) -> bool:
    """The words after the hedge reach a verb before anything else ("were likely attempting",
    "may have been taken")."""
    pos = end
    for _ in range(4):
        m = _NEXT_WORDS.match(text, pos)
        if m is None:
            return False
        word = m.group(1)
        if word.lower() in _AUXILIARIES:
            pos = m.end()
            continue
        return _verb(word)
    return False


def check(doc: Document, params: Params) -> Iterator[Hit]:
    c = attribution.cues()
    for index, sentence in enumerate(doc.sentences):
        if params.skip_headlines and doc.in_headline(sentence.start):
            continue
        text = attribution.blank_quotes(doc, sentence.start, sentence.end)
        for hedge in c.hedge.finditer(text):
            forecast = c.forecast.search(text, max(0, hedge.start() - 12))
            if forecast and forecast.start() <= hedge.start() + 1:
                continue  # "is likely to rise": a routine forecast
            if not _bears_on_a_verb(text, hedge.end()):
                continue
            if _MODAL_BEFORE.search(text, max(0, hedge.start() - 10), hedge.start()):
                continue
            para = doc.paragraphs[sentence.paragraph]
            if text.rstrip().endswith("?") or _PERSONAL.search(doc.unquoted, para.start, para.end):
                break  # a question, or a paragraph in the first or second person
            span = (sentence.start + hedge.start(), sentence.start + hedge.end())
            if sourcing.sourced(doc, index, blank=span):
                break
            if chrome.on_chrome_line(doc, sentence.start + hedge.start()):
                break
            start = sentence.start + hedge.start()
            yield Hit(start, sentence.start + hedge.end(), {"hedge": hedge.group(0)})
            break  # one finding per sentence
