"""Quoted spans: straight and curly, double and single, across sentences and paragraphs.

A quote opens and closes inside one paragraph, or it is left open at the paragraph's end; news
style then reopens it at the start of the next paragraph ("multi-paragraph quote"), and that
paragraph's quote is marked `continued`. Apostrophes ("Gov't", "Assad's", "Americans' ") are not
quote marks.
"""

from __future__ import annotations

from . import patterns
from .records import Record
from .segment import Paragraph


class Quote(Record):
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph's end if left open)
    double: bool
    closed: bool
    continued: bool  # reopens a quote left open at the end of the previous paragraph
    paragraph: int


def _is_word(ch: str) -> bool:
    return ch.isalnum()


_MARKS = patterns.compile("[“”‘’\"']")


def _scan(text: str, base: int, para_index: int, continued_from_open: bool) -> list[Quote]:
    quotes: list[Quote] = []
    open_double: int | None = None
    open_single: int | None = None
    n = len(text)
    for mark in _MARKS.finditer(text):  # only the quote marks: most characters are not
        i = mark.start()
        ch = text[i]
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if ch in "“" or (ch == '"' and open_double is None):
            if open_double is None:
                open_double = i
        elif ch in '”"':
            if open_double is not None:
                quotes.append(
                    Quote(base + open_double, base + i + 1, True, True, False, para_index)
                )
                open_double = None
        elif ch == "‘" or (ch == "'" and not _is_word(before) and _is_word(after)):
            if open_single is None and not _is_word(before):
                open_single = i
        elif (
            ch in "’'" and open_single is not None and not before.isspace() and not _is_word(after)
        ):
            # a closing mark, not an apostrophe inside a word ("Gov't", "Assad's")
            quotes.append(Quote(base + open_single, base + i + 1, False, True, False, para_index))
            open_single = None
    if open_double is not None:
        quotes.append(Quote(base + open_double, base + n, True, False, False, para_index))
    if continued_from_open and quotes and quotes[0].start == base and quotes[0].double:
        first = quotes[0]
        quotes[0] = Quote(first.start, first.end, True, first.closed, True, para_index)
    return quotes


def find_quotes(prose: str, paras: list[Paragraph]) -> list[Quote]:
    out: list[Quote] = []
    left_open = False
    for index, para in enumerate(paras):
        found = _scan(prose[para.start : para.end], para.start, index, left_open)
        out.extend(found)
        left_open = any(q.double and not q.closed for q in found)
    out.sort(key=lambda q: (q.start, -q.end))
    return out
