"""Paragraphs and sentences of news copy.

Paragraphs: blank lines separate them; inside a block, each line is its own paragraph (web copy
and wire text put one paragraph on a line) unless the block is hard-wrapped prose, whose lines run
on without closing punctuation. Sentences: split after . ! ? … (and any closing quote), except after
abbreviations that lead into the next word ("Sen.", "Jan.", "Col.", an initial, "D-Va.") and,
for abbreviations that can end a sentence ("U.S.", "a.m."), unless the next word usually starts one.

No sentence is longer than MAX_SENTENCE characters: a longer run with no sentence break (a pasted
table, a run-on transcript, a hostile file) is cut at the last comma, semicolon or space before
the limit. Extractors look around a fact within its sentence, so this bound is what keeps every
one of them linear in the size of the story, whatever its shape. Edited copy never comes near
it: the longest sentence of the 2,225 BBC articles has 1,063 characters.
"""

from __future__ import annotations

import functools

from . import lexicon, patterns
from .records import Record


class Paragraph(Record):
    start: int
    end: int
    first_line: int  # 0-based line indexes
    last_line: int
    is_headline: bool


class Sentence(Record):
    start: int
    end: int
    paragraph: int  # index into Document.paragraphs


_TERMINAL = tuple(".!?:;\"'”’)]…")
_BOUNDARY = patterns.compile(r"(?P<p>[.!?…]+)[\"'”’)\]]*(?=\s+[\"'“‘(\[]*(?P<n>\S))")
_FOLLOWING = patterns.compile(r"\s+[\"'“‘(\[]*([^\W\d_]+)")  # [^\W\d_]: a letter
_PARTY_STATE = patterns.compile(r"^[A-Z]-[A-Z][A-Za-z.]*$")
_INITIALS = patterns.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")  # "U.S", "e.g"
LIST_ITEM = patterns.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s")  # "- item", "• item", "1. item"


class SplitterLexicon(Record):
    leading: frozenset[str]
    trailing: frozenset[str]
    starters: frozenset[str]


@functools.cache
def default_lexicon() -> SplitterLexicon:
    lex = lexicon.builtin()
    return SplitterLexicon(
        leading=frozenset(lex["abbreviations-leading"]),
        trailing=frozenset(lex["abbreviations-trailing"]),
        starters=frozenset(lex["sentence-starters"]),
    )


def _is_wrapped(lines: list[str]) -> bool:
    """Hard-wrapped prose: every line but the last runs on (no closing mark) and is long."""
    if len(lines) < 2:
        return False
    body = [line.rstrip() for line in lines[:-1]]
    if any(LIST_ITEM.match(line) for line in lines[1:]):
        return False
    return all(len(line) >= 40 and not line.endswith(_TERMINAL) for line in body)


def paragraphs(prose: str, line_starts: list[int], headings: frozenset[int]) -> list[Paragraph]:
    lines = prose.split("\n")
    out: list[Paragraph] = []
    block: list[int] = []

    def flush() -> None:
        if not block:
            return
        texts = [lines[i] for i in block]
        groups = [block] if _is_wrapped(texts) else [[i] for i in block]
        for group in groups:
            first, last = group[0], group[-1]
            start = line_starts[first] + (len(lines[first]) - len(lines[first].lstrip()))
            end = line_starts[last] + len(lines[last].rstrip())
            out.append(Paragraph(start, end, first, last, first in headings))
        block.clear()

    for index, line in enumerate(lines):
        if not line.strip():
            flush()
        elif index in headings:
            flush()
            block.append(index)
            flush()
        else:
            block.append(index)
    flush()
    if out and not headings and not out[0].is_headline:
        first = out[0]
        text = prose[first.start : first.end]
        one_short_line = first.first_line == first.last_line and len(text.split()) <= 25
        if one_short_line and not text.rstrip().endswith((".", ":", ";", ",")):
            out[0] = Paragraph(first.start, first.end, first.first_line, first.last_line, True)
    return out


def _breaks_after(text: str, dot: int, next_char: str, lex: SplitterLexicon) -> bool:
    """Whether the '.' at `dot` ends a sentence, judged by the token before it."""
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1  # a backward scan: searching from the paragraph start is quadratic
    token = text[start:dot]
    if token.endswith(".") and len(token) > 1:
        token = token[:-1]
    token = token.lstrip("\"'“‘([")
    if not token:
        return True
    if token in lex.leading or (len(token) == 1 and token.isupper()):
        return False
    if _PARTY_STATE.match(token):
        return False
    if token in ("No", "Nos") and next_char.isdigit():
        return False
    if token in lex.trailing or _INITIALS.fullmatch(token):
        following = _FOLLOWING.match(text, dot + 1)
        return bool(following) and following.group(1) in lex.starters
    return True


_SPACES = patterns.compile(r"\s*")  # re's \s is str.isspace(), as lstrip() was


MAX_SENTENCE = 2000


def _bounded(prose: str, start: int, end: int, index: int) -> list[Sentence]:
    """[start, end) as one sentence, or as pieces of at most MAX_SENTENCE characters."""
    pieces = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = max(prose.rfind(", ", start, limit), prose.rfind("; ", start, limit))
        if cut <= start + MAX_SENTENCE // 2:
            cut = prose.rfind(" ", start + MAX_SENTENCE // 2, limit)
        cut = limit if cut <= start else cut + 1
        pieces.append(Sentence(start, cut, index))
        start = _SPACES.match(prose, cut).end()
    if start < end:
        pieces.append(Sentence(start, end, index))
    return pieces


def sentences(prose: str, paras: list[Paragraph], lex: SplitterLexicon) -> list[Sentence]:
    out: list[Sentence] = []
    for index, para in enumerate(paras):
        text = prose[para.start : para.end]
        start = 0
        for match in _BOUNDARY.finditer(text):
            next_char = match.group("n")
            if not (next_char.isupper() or next_char.isdigit()):
                continue
            if match.group("p") == "." and not _breaks_after(
                text, match.start("p"), next_char, lex
            ):
                continue
            end = match.end()
            out.extend(_bounded(prose, para.start + start, para.start + end, index))
            start = _SPACES.match(text, end).end()  # not text[end:]: a copy per sentence
        if start < len(text):
            out.extend(_bounded(prose, para.start + start, para.end, index))
    return out
