"""Who a sentence attributes its claim to: "according to the UN", "a US official said",
"said the ministry", "the observatory, however, put the toll at 470,000".

Each sentence gets at most one Source: the words naming it, a `key` (the head word, so "a US
military official" and "the official" are one source) and whether it names someone in
particular ("the UN", "Reuters", "the ministry") or could be anyone ("an official", "the source").
The verbs and generic heads are data: rules/tables/attribution.yaml.
"""

from __future__ import annotations

import functools
import re

from .. import patterns, wordstarts
from ..records import Record
from . import cached, tables


class Source(Record):
    start: int
    end: int
    text: str
    key: str  # head word, lower-case, singular
    named: bool  # names someone in particular (not "an official", "the source", "he")


class _Grammar(Record):
    according: re.Pattern
    before_verb: re.Pattern
    after_verb: re.Pattern
    generic: frozenset[str]
    stopwords: frozenset[str]


_PHRASE = r"(?:[\w.’'&-]+\s+){0,7}?[\w.’'&-]+"
_TRAILER = patterns.compile(r"\s+(?:speaking|who|which|on\s+condition|familiar|briefed)\b.*$", re.S)
_PASSIVE = frozenset(["were", "was", "is", "are", "been", "be", "being"])
_QUOTED = patterns.compile(r"[“\"][^”\"]*[”\"]")


@functools.cache
def grammar() -> _Grammar:
    verbs = tables.alternation(tables.words("attribution", "reporting-verbs"))
    subject_verbs = tables.alternation(tables.words("attribution", "subject-verbs"))
    return _Grammar(
        according=patterns.compile(
            rf"\baccording\s+to\s+(?P<s>{_PHRASE})"
            r"(?=\s*(?:[,.;:”\"]|$|\s+(?:on|in|at|which|who|that|as)\b))",
            re.I,
        ),
        before_verb=patterns.compile(
            rf"(?:^|[,“”\"]\s*|\b(?:that|while|but|and|with)\s+)(?P<s>{_PHRASE})(?:,[^,]{{1,30}},)?"
            rf"\s+(?:(?:had|has|have|also|later)\s+)?"
            rf"(?:{verbs}|{subject_verbs})\b"
        ),
        after_verb=patterns.compile(
            rf"[,”\"]\s*(?:{verbs})\s+(?P<s>(?:an?|the)\s+{_PHRASE}|[A-Z]{_PHRASE})(?=\s*(?:[,.;]|$))"
        ),
        generic=frozenset(tables.words("attribution", "generic-sources")),
        stopwords=frozenset(tables.words("attribution", "source-stopwords")),
    )


def _make(text: str, start: int, end: int, g: _Grammar) -> Source | None:
    text = _TRAILER.sub("", text)
    while text.split(" ", 1)[0].lower() in ("with", "and", "but", "while", "that") and " " in text:
        skipped = text.split(" ", 1)[0]
        start += len(skipped) + 1
        text = text[len(skipped) + 1 :]
    words = [w.strip(".,’'") for w in text.split()]
    words = [w for w in words if w and w.lower() not in g.stopwords]
    if not words:
        return None
    head = words[-1].lower()
    if head.endswith("s") and len(head) > 3 and not head.endswith("ss") and head[:-1] in g.generic:
        head = head[:-1]
    if head in _event_nouns():
        return None  # "the blast claimed the lives of 26": an event is no one's source
    named = head not in g.generic and not head.isdigit()
    return Source(start, start + len(text), " ".join(text.split()), head, named)


@functools.cache
def _event_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in tables.words("dates", "events"))


def source_of(text: str, offset: int = 0) -> Source | None:
    """The source a sentence attributes its claim to, if it names one. Words inside quotation
    marks are the quoted speaker's, never the attribution."""
    g = grammar()
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for pattern in (g.according, g.before_verb, g.after_verb):
        for m in pattern.finditer(text):
            where = m.start("s")
            if any(a < where < b for a, b in quoted):
                continue
            if m.group("s").rsplit(None, 1)[-1].lower() in _PASSIVE:
                continue  # "troops were reported killed": no one is reporting
            source = _make(m.group("s"), offset + where, offset + m.end("s"), g)
            if source is not None:
                return source
    return None


def source_for(doc, sentence: int) -> Source | None:
    """The source of one sentence of the document (None where none is named), read on first
    use: most sentences never need it."""
    store = cached(doc, "attribution", dict)
    if sentence not in store:
        span = doc.sentences[sentence]
        store[sentence] = source_of(doc.prose[span.start : span.end], span.start)
    return store[sentence]


# -- cues, hedges, quotes and people (the attribution pack) --------------------------------------


class _Cues(Record):
    cue: re.Pattern
    hedge: re.Pattern
    forecast: re.Pattern
    passive: re.Pattern
    vague: re.Pattern
    full_name: re.Pattern
    titled: re.Pattern
    role: re.Pattern
    surname_speaker: patterns.Alternatives
    pronoun_speaker: patterns.Alternatives
    institutions: frozenset[str]
    not_names: frozenset[str]


_PARTICLE = r"(?:al|el|bin|ibn|de|van|von|da|di|le)[- ][A-Z][a-z]+"
_AFTER_CAPITAL = r"[a-z]+(?:[-'’][A-Za-z]+)?"  # a name word after its capital
_PRONOUNS = ("He", "he", "She", "she")


def surname_key(word: str) -> str:
    """ "al-Assad" and "Assad" are one surname."""
    return _LEADING_PARTICLE.sub("", word.strip(".,")).lower()


_LEADING_PARTICLE = patterns.compile(r"^(?:al|el|bin|ibn|de|van|von|da|di|le)[- ]")
_BLANKS = patterns.compile(r"[ \t]+")


def _words_re(name: str, key: str) -> re.Pattern:
    """The table's phrases as whole words, in any case."""
    return tables.word_list(tables.words(name, key), fold=True)


@functools.cache
def cues() -> _Cues:
    t = "attribution"
    # the reporting verbs as whole words, one branch per first letter (re skips to them)
    reporting = tables.words(t, "reporting-verbs")
    verbs = tables.alternation_at(reporting)
    name = rf"[A-Z]{_AFTER_CAPITAL}"
    return _Cues(
        cue=_words_re(t, "cues"),
        hedge=_words_re(t, "hedges"),
        forecast=_words_re(t, "forecast-hedges"),
        passive=_words_re(t, "passive-reports"),
        vague=_words_re(t, "vague-sources"),
        # "Thomas F. Veale", "Bashar al-Assad", "Tayyip Erdogan": two or more name words
        # the capital first, then the word-start check: re skips to the next capital
        full_name=patterns.compile(
            rf"[A-Z]{tables.WORD_START}{_AFTER_CAPITAL}(?:[ \t]+(?:[A-Z]\.|{name}|{_PARTICLE}))+\b"
        ),
        titled=tables.word_list(
            tables.words(t, "titles"),
            rf"\.?[ \t]+((?:{name}[ \t]+)*(?:{name}|{_PARTICLE}))\b",
            fold=True,
        ),
        role=_words_re(t, "roles"),
        # "White said" or "said White": two patterns, each opening with its first letter (the
        # look-behinds come after it), so re skips to candidates; one alternation would be
        # tried at every position.
        surname_speaker=patterns.Alternatives(
            patterns.compile(
                rf"(?P<s>[A-Z](?<![\w.’'-].)(?<![A-Z][a-z]\s.){_AFTER_CAPITAL})\s+{verbs}\b"
            ),
            tables.word_list(reporting, rf"\s+(?P<t>{name})(?=\s*[,.;]|$)"),
        ),
        pronoun_speaker=patterns.Alternatives(
            wordstarts.opening(
                patterns.compile(rf"(?P<p>{tables.alternation_at(_PRONOUNS)})\s+{verbs}\b"),
                _PRONOUNS,
            ),
            tables.word_list(reporting, r"\s+(?P<q>he|she)(?=\s*[,.;]|$)"),
        ),
        institutions=frozenset(tables.words(t, "institutions")),
        not_names=frozenset(tables.words(t, "not-names")),
    )


def blank_quotes(doc, start: int, end: int) -> str:
    """The text of [start, end) with every quoted span blanked out (offsets kept). The checks
    ask for the same sentences and paragraphs again and again (about two times each): each is
    cut out once a story, and the story's unquoted initials are read off its prose's."""
    pieces = cached(doc, "unquoted-pieces", lambda: _unquoted_pieces(doc))
    piece = pieces.get((start, end))
    if piece is None:
        piece = pieces[start, end] = wordstarts.sliced(doc.unquoted, start, end)
    return piece


def _unquoted_pieces(doc) -> dict[tuple[int, int], str]:
    wordstarts.blanked(doc.unquoted, doc.prose, [(q.start, q.end) for q in doc.quotes])
    return {}


def attributed(text: str) -> bool:
    """Whether a sentence (quotes blanked) says who stands behind it."""
    return bool(cues().cue.search(text))


class Person(Record):
    start: int
    end: int
    name: str  # as written
    surname: str  # lower-case, particle dropped: "assad"

    @property
    def words(self) -> frozenset[str]:
        """Every word of the name, as surname_key keys it: a later "Solis" refers to "Luis
        Guillermo Solis Rivera", a later "Wong" to "Wong Kar-Wai"."""
        return frozenset(surname_key(w) for w in _BLANKS.split(self.name))


def people(doc) -> list[Person]:
    """People introduced by full name ("Thomas F. Veale") or title ("Col. Veale", "Mr White")."""

    def build():
        c = cues()
        text = doc.prose
        found = []
        for m in c.full_name.finditer(text):
            last = _BLANKS.split(m.group(0))[-1]
            found.append(Person(m.start(), m.end(), m.group(0), surname_key(last)))
        for m in c.titled.finditer(text):
            last = _BLANKS.split(m.group(1))[-1]
            found.append(Person(m.start(), m.end(), m.group(0), surname_key(last)))
        found.sort(key=lambda p: p.start)
        return found

    return cached(doc, "people", build)


def quote_paragraphs(doc) -> list[tuple[int, object]]:
    """(paragraph index, its opening quote) for paragraphs that are mostly a direct quote."""
    out = []
    by_paragraph: dict[int, list] = {}
    for q in doc.quotes:
        if q.double:
            by_paragraph.setdefault(q.paragraph, []).append(q)
    for index, found in sorted(by_paragraph.items()):
        para = doc.paragraphs[index]
        length = len(doc.prose[para.start : para.end].strip()) or 1
        quoted = sum(q.end - q.start for q in found)
        if quoted / length >= 0.6 and doc.prose[para.start : para.end].lstrip()[:1] in '“"':
            out.append((index, found[0]))
    return out


def speaker_in_paragraph(doc, index: int) -> bool:
    para = doc.paragraphs[index]
    return attributed(blank_quotes(doc, para.start, para.end))


def introduced_before(doc, index: int) -> bool:
    """The paragraph before introduces the quote: it ends with a colon ("The alliance noted:"),
    names a speaker ("He also said Americans were changing their stance."), or is itself a
    quote paragraph with a speaker (a run of quotes from one speaker, a transcript)."""
    quoted = {i for i, _ in quote_paragraphs(doc)}
    while index > 0:
        para = doc.paragraphs[index - 1]
        before = doc.prose[para.start : para.end].rstrip()
        if before.endswith(":") or attributed(blank_quotes(doc, para.start, para.end)):
            return True
        if index - 1 not in quoted:
            return False
        index -= 1
    return False
