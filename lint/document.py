"""Document: one story, read once; everything else extracts from it.

`text` is the file's text with any BOM removed and every line ending (CRLF, CR, LF) turned into
"\\n", so line numbers are right whatever the file used; `prose` is `text` with everything that is
not copy blanked out (front matter, comments, Markdown code and link targets), the same length, so
an offset into one is an offset into the other. Offsets become (line, column) only through
`location()`; columns count Unicode code points from 1.
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import cached_property
from pathlib import PurePath

from . import frontmatter, markdown, patterns, quotes, reading, segment
from .finding import Location
from .records import Record

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})


# [^\W_] is a letter or a number (\p{L} or \p{N}): str.isalnum(), as re reads \w; in ASCII
# text, one of the ranges of the twin
# Possessive (`++`, `*+`): nothing follows a word for re to backtrack into, and re then keeps
# no record of where it could; the words are the same, found ~20 % faster.
_WORD = patterns.AsciiTwin(r"[^\W_]++(?:['’.-][^\W_]+)*+", r"[A-Za-z0-9]++(?:['.-][A-Za-z0-9]+)*+")
_DECORATION = " \t*_>#-•»›·|"  # list bullets, emphasis, quote marks and separators at the edges


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


class Line(Record):
    """One line of `prose`, with what every line-based check needs, worked out once."""

    index: int  # 0-based
    start: int
    end: int
    text: str  # the line of `prose` (masked)
    core_start: int  # the line without decoration at either end ("» Share this «" -> "Share this")
    core_end: int  # core_start == core_end: nothing but decoration or blanks
    words: int

    @property
    def core(self) -> str:
        return self.text[self.core_start - self.start : self.core_end - self.start]

    @classmethod
    def read(cls, index: int, start: int, text: str) -> Line:
        stripped = text.rstrip()
        lead = len(stripped) - len(stripped.lstrip(_DECORATION))
        if lead >= len(stripped):
            return cls(index, start, start + len(text), text, start, start, 0)
        core_start, core_end = start + lead, start + len(stripped)
        return cls(index, start, start + len(text), text, core_start, core_end, word_count(text))


class Document:
    def __init__(self, text: str, path: str = "<text>", markdown_syntax: bool | None = None):
        self.path = path
        self.had_bom = text.startswith("\ufeff")
        if self.had_bom:
            text = text[1:]
        # The text as written, when normalising line endings changed it (fixes edit this).
        self.original = text if "\r" in text else None
        self.text = text.replace("\r\n", "\n").replace("\r", "\n") if self.original else text
        self.decoded: reading.Decoded | None = None  # set by from_bytes: encoding and BOM
        if markdown_syntax is None:
            markdown_syntax = PurePath(path).suffix.lower() in MARKDOWN_SUFFIXES
        self.is_markdown = markdown_syntax
        self.front_matter = frontmatter.parse(self.text, path)
        self.body_start = self.front_matter.end if self.front_matter else 0
        self.reference_date: dt.date | None = None  # --date; wins over front matter
        self.facts: dict = {}  # extractor results, filled lazily (newslint.extract.cached)

    @property
    def newline(self) -> str:
        """The file's line ending (the first one it uses, when it mixes them)."""
        if self.original is None:
            return "\n"
        return "\r\n" if "\r\n" in self.original else "\r"

    @classmethod
    def from_bytes(cls, data: bytes, path: str) -> Document:
        """A document from a file's bytes (see newslint.reading for how they are decoded)."""
        decoded = reading.decode(data, path)
        doc = cls(decoded.text, path)
        doc.decoded = decoded
        return doc

    # -- positions -----------------------------------------------------------------------------

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def location(self, start: int, end: int) -> Location:
        line, column = self.position(start)
        end_line, end_column = self.position(max(start, end))
        return Location(self.path, line, column, end_line, end_column)

    # -- structure ----------------------------------------------------------------------------

    @cached_property
    def _masked(self) -> markdown.Masked:
        return markdown.mask(self.text, self.is_markdown, self.body_start)

    @property
    def prose(self) -> str:
        return self._masked.prose

    @cached_property
    def lines(self) -> list[Line]:
        prose, starts = self.prose, self.line_starts
        out = []
        for index, start in enumerate(starts):
            end = starts[index + 1] - 1 if index + 1 < len(starts) else len(prose)
            out.append(Line.read(index, start, prose[start:end]))
        return out

    @cached_property
    def paragraphs(self) -> list[segment.Paragraph]:
        return segment.paragraphs(self.prose, self.line_starts, self._masked.heading_lines)

    @cached_property
    def sentences(self) -> list[segment.Sentence]:
        return segment.sentences(self.prose, self.paragraphs, segment.default_lexicon())

    @cached_property
    def quotes(self) -> list[quotes.Quote]:
        return quotes.find_quotes(self.prose, self.paragraphs)

    @cached_property
    def headline_lines(self) -> frozenset[int]:
        return frozenset(
            i
            for p in self.paragraphs
            if p.is_headline
            for i in range(p.first_line, p.last_line + 1)
        )

    @property
    def heading_lines(self) -> frozenset[int]:
        """Lines marked up as Markdown headings (not the guessed first-line headline)."""
        return self._masked.heading_lines

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence that holds `offset` (the nearest one before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def in_headline(self, offset: int) -> bool:
        """Whether `offset` is on a headline line (a Markdown heading or the guessed one)."""
        return self.position(offset)[0] - 1 in self.headline_lines

    @cached_property
    def unquoted(self) -> str:
        """The prose with every quoted span blanked to spaces, offsets kept: what the writer
        says in the story's own voice."""
        chars = list(self.prose)
        for quote in self.quotes:
            chars[quote.start : quote.end] = " " * (quote.end - quote.start)
        return "".join(chars)

    @cached_property
    def lowered(self) -> str | None:
        """The prose as `str.lower` writes it, offsets kept; None when lower-casing changes its
        length ("İ" becomes two characters). The number and casualty scans read it."""
        lowered = self.prose.lower()
        return lowered if len(lowered) == len(self.prose) else None

    @cached_property
    def folded(self) -> str | None:
        """The prose lower-cased as re's IGNORECASE compares characters (`literals.folded`),
        offsets kept; None when lower-casing changes its length."""
        from . import literals

        return literals.folded(self.prose)

    @cached_property
    def _quotes_by_kind(self) -> tuple[tuple[list[int], list[quotes.Quote]], ...]:
        """Double and single quotes apart: quotes of one kind never overlap, so one bisect
        finds the only one of each kind that can hold an offset."""
        out = []
        for double in (True, False):
            kind = [q for q in self.quotes if q.double == double]
            out.append(([q.start for q in kind], kind))
        return tuple(out)

    def quote_at(self, start: int, end: int | None = None) -> quotes.Quote | None:
        """The innermost quoted span holding [start, end), if any."""
        end = start if end is None else end
        found = None
        for starts, kind in self._quotes_by_kind:
            index = bisect.bisect_right(starts, start) - 1
            if (
                index >= 0
                and kind[index].end >= end
                and (found is None or kind[index].start > found.start)
            ):
                found = kind[index]
        return found

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """Whether the span [start, end) lies inside one quoted span."""
        return self.quote_at(start, end) is not None

    @property
    def title(self) -> str | None:
        return self.front_matter.title if self.front_matter else None

    @property
    def date(self) -> dt.date | None:
        """Publication date: --date, else front matter `date:`."""
        if self.reference_date:
            return self.reference_date
        return self.front_matter.date if self.front_matter else None
