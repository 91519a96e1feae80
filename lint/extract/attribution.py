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
from dataclasses import dataclass

from . import cached, tables


@dataclass(frozen=True)
class Source:
    start: int
    end: int
    text: str
    key: str  # head word, lower-case, singular
    named: bool  # names someone in particular (not "an official", "the source", "he")


@dataclass(frozen=True)
class _Grammar:
    according: re.Pattern
    before_verb: re.Pattern
    after_verb: re.Pattern
    generic: frozenset[str]
    stopwords: frozenset[str]


_PHRASE = r"(?:[\w.’'&-]+\s+){0,7}?[\w.’'&-]+"
_TRAILER = re.compile(r"\s+(?:speaking|who|which|on\s+condition|familiar|briefed)\b.*$", re.S)
_PASSIVE = frozenset(["were", "was", "is", "are", "been", "be", "being"])
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")


@functools.cache
def grammar() -> _Grammar:
    verbs = tables.alternation(tables.words("attribution", "reporting-verbs"))
    subject_verbs = tables.alternation(tables.words("attribution", "subject-verbs"))
    return _Grammar(
        according=re.compile(
            rf"\baccording\s+to\s+(?P<s>{_PHRASE})"
            r"(?=\s*(?:[,.;:”\"]|$|\s+(?:on|in|at|which|who|that|as)\b))",
            re.I,
        ),
        before_verb=re.compile(
            rf"(?:^|[,“”\"]\s*|\b(?:that|while|but|and|with)\s+)(?P<s>{_PHRASE})(?:,[^,]{{1,30}},)?"
            rf"\s+(?:(?:had|has|have|also|later)\s+)?"
            rf"(?:{verbs}|{subject_verbs})\b"
        ),
        after_verb=re.compile(
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
    named = head not in g.generic and not head.isdigit()
    return Source(start, start + len(text), " ".join(text.split()), head, named)


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
