"""Who stands behind each paragraph: the attribution model every attribution rule reads.

Built once per story (on first use) from the attribution cues (newslint.extract.attribution):

- for each paragraph, whether it names a source outside its quotes ("said", "told", "according
  to", "in a statement"), whether it holds a quote with a speaker (its own cue, a colon
  introduction in the paragraph before, or a run of one speaker's quotes), and the wire credit
  that covers it: an agency in a dateline ("CAIRO (AP) —"), at the end of the paragraph ("…
  on Thursday. (Reuters)", "— AFP") or a credit line that covers the whole story ("Reporting by
  …", "Reuters contributed to this report");
- the people the story introduces (full name, title and name, "a police spokeswoman") and the
  later references that lean on an introduction: a bare surname or a pronoun before a
  reporting verb ("White said", "she told reporters").

A claim is *sourced* when its sentence, its paragraph, its paragraph's quoted speaker, a credit
covering the paragraph or the next sentence says who stands behind it. Vocabulary is data:
rules/tables/attribution.yaml.

Example: in "More than 80 people died. The toll came from the prefecture, officials said." the
first sentence is sourced by the next one.
"""

from __future__ import annotations

import functools
import re

from .. import patterns
from ..records import Record
from . import attribution, cached, gazetteer, names, tables, words


class Credit(Record):
    start: int
    end: int
    text: str
    whole_story: bool  # a credit line ("Reporting by …") rather than one paragraph's


class Paragraph(Record):
    index: int
    attributed: bool  # a source cue outside the paragraph's quotes
    quoted_speaker: bool  # holds a direct quote whose speaker is given
    credit: Credit | None


class Reference(Record):
    """A bare surname or pronoun before (or after) a reporting verb: "White said", "said she"."""

    start: int
    end: int
    word: str
    pronoun: bool
    introduced: bool  # an earlier mention, title, full name or role gives who it is


class Model(Record):
    paragraphs: tuple[Paragraph, ...]
    story_credit: Credit | None
    references: tuple[Reference, ...]


class _Grammar(Record):
    dateline: re.Pattern
    trailing: re.Pattern
    trailing_chunks: int  # the most whitespace-separated chunks a `trailing` match can touch
    credit_line: re.Pattern
    back_reference: re.Pattern


@functools.cache
def grammar() -> _Grammar:
    agencies = tables.alternation(tables.words("attribution", "wire-agencies"))
    credits = tables.alternation(tables.words("attribution", "credit-lines"))
    back = tables.alternation(tables.words("attribution", "back-references"))
    return _Grammar(
        # "CAIRO (AP) —", "LONDON, Feb 8 (Reuters) -", "(CNN)"
        dateline=patterns.compile(
            rf"^\s*(?:[A-Z][A-Za-z .,'’-]{{1,40}}?\s*)?\((?i:{agencies})\)\s*(?:[-—–:]|$|(?=[A-Z]))"
        ),
        # "… on Thursday. (Reuters)", "… said on Thursday — AFP", "…, Reuters reported."
        trailing=patterns.compile(
            rf"(?:\((?i:{agencies})\)|[-—–]\s*(?i:{agencies})|,\s*(?i:{agencies})\s+"
            r"(?:reported|reports|said|says))\s*[.]?\s*$"
        ),
        # The chunk holding "(", the dash or the comma (perhaps with the word before it), the
        # agency's words, the verb, and a last "." on its own.
        trailing_chunks=max(len(a.split()) for a in tables.words("attribution", "wire-agencies"))
        + 3,
        credit_line=patterns.compile(
            rf"^\s*[-—–(]*\s*(?:(?i:{credits})\b|(?i:{agencies})\s*[)]?\s*$"
            rf"|(?:[\w.'’-]+\s+){{0,4}}(?i:contributed\s+to\s+this\s+report))"
        ),
        # "The figure came from …", "That toll was given by …": a sentence about the one before
        back_reference=patterns.compile(rf"^\W*(?:{back})\b", re.I),
    )


def _trailing(body: str, g: _Grammar) -> re.Match | None:
    """`g.trailing.search(body)`, tried only over the paragraph's last few chunks: a match
    ends the paragraph and spans at most `g.trailing_chunks` of them, so it cannot start
    before. re would otherwise try it at every comma and dash of the paragraph."""
    parts = body.rsplit(None, g.trailing_chunks)
    start = len(parts[0]) if len(parts) > g.trailing_chunks else 0
    return g.trailing.search(body, start)


def model(doc) -> Model:
    return cached(doc, "sourcing", lambda: _build(doc))


def _build(doc) -> Model:
    g = grammar()
    text = doc.prose
    quote_paras = {i for i, _ in attribution.quote_paragraphs(doc)}
    has_quote = {q.paragraph for q in doc.quotes if q.double}
    story_credit = None
    paragraphs = []
    for index, para in enumerate(doc.paragraphs):
        body = text[para.start : para.end]
        attributed = attribution.attributed(attribution.blank_quotes(doc, para.start, para.end))
        credit = None
        if len(body) <= 200 and g.credit_line.match(body):
            credit = Credit(para.start, para.end, body.strip(), True)
            story_credit = story_credit or credit
        elif (m := g.dateline.match(body)) or (m := _trailing(body, g)):
            credit = Credit(para.start + m.start(), para.start + m.end(), m.group(0).strip(), False)
        speaker = index in has_quote and (
            attributed or (index in quote_paras and attribution.introduced_before(doc, index))
        )
        paragraphs.append(Paragraph(index, attributed, speaker, credit))
    return Model(tuple(paragraphs), story_credit, tuple(_references(doc)))


def sourced(doc, sentence: int, blank: tuple[int, int] | None = None) -> bool:
    """Whether someone stands behind sentence `sentence`: the sentence itself, its paragraph
    (a cue outside quotes, or a quote with its speaker), a credit covering the paragraph, or
    the next sentence ("…80 people died. The figure came from the prefecture, officials said.")."""
    span = doc.sentences[sentence]
    own = attribution.blank_quotes(doc, span.start, span.end)
    if blank is not None:  # the words under test ("is believed to") are not their own source
        a, b = blank[0] - span.start, blank[1] - span.start
        own = own[:a] + " " * (b - a) + own[b:]
    if attribution.attributed(own):
        return True
    m = model(doc)
    para = m.paragraphs[span.paragraph]
    if para.quoted_speaker or para.credit or m.story_credit:
        return True
    if para.attributed and (blank is None or _another_sentence_attributed(doc, sentence)):
        return True
    if sentence + 1 < len(doc.sentences):
        after = doc.sentences[sentence + 1]
        unquoted = attribution.blank_quotes(doc, after.start, after.end)
        leans_back = after.paragraph == span.paragraph or grammar().back_reference.match(unquoted)
        return bool(leans_back) and attribution.attributed(unquoted)
    return False


def _another_sentence_attributed(doc, sentence: int) -> bool:
    paragraph = doc.sentences[sentence].paragraph
    # two sentences either side: a paragraph of copy, and bounded on a paragraph with no end
    for index in (sentence - 1, sentence + 1, sentence - 2, sentence + 2):
        if 0 <= index < len(doc.sentences) and doc.sentences[index].paragraph == paragraph:
            other = doc.sentences[index]
            if attribution.attributed(attribution.blank_quotes(doc, other.start, other.end)):
                return True
    return False


# -- people and the references that lean on them ------------------------------------------------

_CALENDAR = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def _plural(word: str) -> bool:
    """ "Analysts said", "Lawmakers said": a capitalised common noun, not a surname."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _described(text: str, start: int) -> bool:
    """ "midfielder Guti said", "film giant Disney says": a lower-case word before the name
    introduces it."""
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def _named_before(text: str, word: str, start: int) -> bool:
    """The word was written earlier, alone or as the start of a longer name ("Disney … Disney
    said", "Contrack International … Contrack said", "Highfields Capital … Highfield said")."""
    pattern = rf"\b{re.escape(word)}(?:(?:s|es|['’]s)?\b|(?=[A-Z]))"  # "GlaxoSmithKline" too
    return re.search(pattern, text[:start]) is not None


_INITIAL = patterns.compile(r"[A-Z]\.")
_NICKNAME = patterns.compile(r"['‘\"“][A-Z][\w-]*['’\"”]")  # "Brian 'Head' Welch"
_OPENING_MARKS = patterns.compile(r"[\s\"“‘'(]+")


def _inside_a_name(text: str, start: int) -> bool:
    """ "Ministry of Defense said", "Ernst & Young said", "B. Satyanarayana said": the word
    ends a longer name, or follows an initial."""
    before = text[max(0, start - 20) : start].split()
    if not before:
        return False
    if before[-1] in ("&", "and") and len(before) > 1 and before[-2][:1].isupper():
        return True
    if _INITIAL.fullmatch(before[-1]):
        return True
    if _NICKNAME.fullmatch(before[-1]):
        return True  # "Brian 'Head' Welch": a nickname inside the name
    if not before[-1][-1].isalpha():
        return False  # '…in Syria", White said': punctuation ends the name before
    return before[-1][0].isupper() or before[-1] in ("of", "the", "for", "de")


def _references(doc) -> list[Reference]:
    c = attribution.cues()
    text = doc.prose
    people = attribution.people(doc)
    sentence_starts = _sentence_starts(doc)
    out = []
    for m in c.surname_speaker.finditer(text):
        group = "s" if "s" in m.re.groupindex else "t"  # "White said" or "said White"
        word, start = m.group(group), m.start(group)
        key = attribution.surname_key(word)
        if key in c.institutions or key in c.not_names or key in _CALENDAR or _plural(word):
            continue
        if doc.in_quote(start) or doc.in_headline(start):
            continue
        if _inside_a_name(text, start) or any(p.start <= start < p.end for p in people):
            continue  # "Ministry of Defense said"; part of a full name written right here
        if start in sentence_starts and words.is_ordinary(word):
            continue  # "Early estimates put …", "Wired says": a capital that proves nothing
        if not _speaks_a_quote(doc, start) or _IN_A_DOCUMENT.match(text, m.end()):
            continue  # "Willowfield claimed", "Oxfam says in a report": bodies speak in prose
        introduced = (
            (group == "s" and _described(text, start))
            or _named_before(text, word, start)
            or any(key in p.words and p.start < start for p in people)
        )
        if not introduced and words.well_known_name(word):
            continue  # "Tarantino says", "Oxford said": a name readers know without an introduction
        if not introduced and names.fold(word) in gazetteer.known():
            continue  # "Portugal confirmed", "Leicester say": a country, city or club speaking
        out.append(Reference(start, start + len(word), word, False, bool(introduced)))
    # A pronoun leans on anyone the story has mentioned; only one in the story's first
    # sentence, before any name or role, has no one to point to.
    body = [s for s in doc.sentences if not doc.in_headline(s.start)]
    second = body[1].start if len(body) > 1 else len(text)
    first_person = min(
        [p.start for p in people]
        + [_first_role(doc, c), _first_name_like(doc, sentence_starts), second],
    )
    for m in c.pronoun_speaker.finditer(text):
        group = "p" if "p" in m.re.groupindex else "q"  # "she said" or "said she"
        start = m.start(group)
        if doc.in_quote(start) or doc.in_headline(start):
            continue
        word = m.group(group)
        out.append(Reference(start, start + len(word), word, True, start >= first_person))
    out.sort()
    return out


_IN_A_DOCUMENT = patterns.compile(
    r"\s+in\s+(?:a|an|its|their)\s+(?:\w+\s+)?(?:report|statement|study|survey|filing|release)"
)


def _speaks_a_quote(doc, start: int) -> bool:
    """The bare name attributes a direct quote of a few words or more in its paragraph: people
    are quoted ('"It is safe now," White said'); bodies mostly report in prose ("Oxfam says in
    a report") and need no introduction by a first name."""
    paragraph = doc.sentences[doc.sentence_index(start)].paragraph
    return any(
        q.double and q.paragraph == paragraph and len(doc.prose[q.start : q.end].split()) >= 3
        for q in doc.quotes
    )


def _sentence_starts(doc) -> frozenset[int]:
    """Where sentences (and their opening quote marks) start: a capital there proves nothing."""
    text = doc.prose
    out = set()
    for s in doc.sentences:
        out.add(s.start)
        m = _OPENING_MARKS.match(text[s.start : s.start + 4])
        if m:
            out.add(s.start + m.end())
    return frozenset(out)


def _first_name_like(doc, sentence_starts: frozenset[int]) -> int:
    """The first capitalised word written mid-sentence: someone a pronoun may point back to."""
    for m in _NAME_WORD.finditer(doc.prose):
        if m.start() not in sentence_starts and not words.is_ordinary(m.group(0)):
            return m.start()
    return len(doc.prose)


_NAME_WORD = patterns.compile(r"[A-Z](?<![\w'’.-].)[a-z]+")  # the capital first: re skips to it


def _first_role(doc, c) -> int:
    found = c.role.search(doc.prose)
    return found.start() if found else len(doc.prose)
