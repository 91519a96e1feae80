"""What in a Markdown (or plain-text) story is not copy, and so must not be linted.

`mask()` returns a string of the same length as the text in which code, HTML comments, tags,
link targets and Markdown markers are blanked to spaces (newlines kept), so every offset into the
masked text is an offset into the real one. Headings are reported as line indexes: they are the
story's headlines.
"""

from __future__ import annotations

import re

from . import patterns
from .records import Record

_COMMENT = patterns.compile(r"<!--.*?(?:-->|\Z)", re.S)
_FENCE = patterns.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = patterns.compile(r"^( {0,3}#{1,6})(?:[ \t]+|$)")
_ATX_TAIL = patterns.compile(r"[ \t]+#+[ \t]*$")
_SETEXT = patterns.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_THEMATIC = patterns.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_INDENTED = patterns.compile(r"^(?: {4}|\t)")
_LIST_ITEM = patterns.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
_BLOCKQUOTE = patterns.compile(r"^ {0,3}(?:>[ \t]?)+")
_REF_DEF = patterns.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S.*$", re.M)
_INLINE_CODE = patterns.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_LINK_TARGET = patterns.compile(r"(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+\"[^\"]*\")?\)")
_AUTOLINK = patterns.compile(r"<(?:https?|mailto|ftp):[^>\s]*>")
_HTML_TAG = patterns.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")


class Masked(Record):
    prose: str
    heading_lines: frozenset[int]


def _blank(segment: str) -> str:
    return re.sub(r"[^\n]", " ", segment)


def _apply(text: str, ranges: list[tuple[int, int]]) -> str:
    if not ranges:
        return text
    out, pos = [], 0
    for start, end in sorted(ranges):
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(text[pos:start])
        out.append(_blank(text[start:end]))
        pos = end
    out.append(text[pos:])
    return "".join(out)


def mask(text: str, markdown: bool, body_start: int = 0) -> Masked:
    """Blank everything before `body_start` (front matter), comments and, in Markdown, code."""
    ranges: list[tuple[int, int]] = [(0, body_start)] if body_start else []
    ranges += [m.span() for m in _COMMENT.finditer(text, body_start)]
    if not markdown:
        return Masked(_apply(text, ranges), frozenset())

    headings: set[int] = set()
    lines = text.split("\n")
    offset = 0
    fence: str | None = None
    prev_blank = True
    prev_text_line: int | None = None
    for index, line in enumerate(lines):
        start, end = offset, offset + len(line)
        offset = end + 1
        if end <= body_start:
            continue
        if fence is not None:
            ranges.append((start, end))
            if line.strip().startswith(fence) and set(line.strip()) == {fence[0]}:
                fence = None
            continue
        fence_match = _FENCE.match(line)
        if fence_match:
            fence = fence_match.group(1)
            ranges.append((start, end))
            continue
        blank = not line.strip()
        if (
            _INDENTED.match(line)
            and prev_blank
            and not blank
            and not _LIST_ITEM.match(line.lstrip())
        ):
            ranges.append((start, end))  # indented code block
            continue
        atx = _ATX.match(line)
        if atx:
            headings.add(index)
            ranges.append((start, start + atx.end()))
            tail = _ATX_TAIL.search(line)
            if tail:
                ranges.append((start + tail.start(), end))
        elif _SETEXT.match(line) and prev_text_line == index - 1 and not prev_blank:
            headings.add(index - 1)
            ranges.append((start, end))
        elif _THEMATIC.match(line):
            ranges.append((start, end))
        else:
            quote = _BLOCKQUOTE.match(line)
            if quote:
                ranges.append((start, start + quote.end()))
        prev_blank = blank
        prev_text_line = None if blank else index

    for pattern in (_REF_DEF, _INLINE_CODE, _LINK_TARGET, _AUTOLINK, _HTML_TAG):
        ranges += [m.span() for m in pattern.finditer(text, body_start)]
    return Masked(_apply(text, ranges), frozenset(headings))
