"""YAML front matter (`---` … `---` at the top of a story): title, publication date, sources.

Unknown keys are ignored, so a newsroom's CMS fields do no harm; a malformed block or a `date:`
that is not a date is an InputError naming the file line.
"""

from __future__ import annotations

import datetime as dt
import re

from . import patterns
from .finding import InputError
from .records import Record
from .yamlio import LinedDict, load_yaml_text

MAX_SIZE = 64 * 1024  # a CMS writes a few lines; more is not front matter a story needs

_OPEN = patterns.compile(r"---[ \t]*\n")
_CLOSE = patterns.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


class FrontMatter(Record):
    title: str | None
    date: dt.date | None
    sources: tuple[str, ...]
    end: int  # offset of the first character after the closing line
    sources_line: int | None = None  # 1-based line of `sources:` in the file


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def parse(text: str, path: str) -> FrontMatter | None:
    """Front matter at the very top of `text` (newlines already normalised to LF), or None."""
    opening = _OPEN.match(text)
    if not opening:
        return None
    closing = _CLOSE.search(text, opening.end())
    if not closing:
        return None
    block = text[opening.end() : closing.start()]
    end = closing.end() + (1 if text[closing.end() : closing.end() + 1] == "\n" else 0)
    if len(block) > MAX_SIZE:
        raise InputError(path, f"front matter longer than {MAX_SIZE // 1024} KB; not read", 2)
    try:
        data = load_yaml_text(block, path, line_offset=1) if block.strip() else {}
    except InputError as exc:
        message = exc.message.replace("invalid YAML", "invalid front matter")
        raise InputError(path, message, exc.line) from None
    if not isinstance(data, dict):
        raise InputError(path, "invalid front matter: expected `key: value` lines", 2)

    def fail(key: str, message: str):
        line = data.line_of(key) + 1 if isinstance(data, LinedDict) else 2
        raise InputError(path, f"invalid front matter: {message}", line)

    title = data.get("title")
    if title is not None and not isinstance(title, str | int | float):
        fail("title", "`title` must be text")
    date = None
    if data.get("date") is not None:
        date = _as_date(data["date"])
        if date is None:
            fail("date", f"`date` is not a date: {_shown(data['date'])} (use YYYY-MM-DD)")
    sources = data.get("sources") or ()
    if isinstance(sources, str):
        sources = (sources,)
    if not isinstance(sources, list | tuple) or not all(isinstance(s, str) for s in sources):
        fail("sources", "`sources` must be a path or a list of paths")
    return FrontMatter(
        title=None if title is None else str(title),
        date=date,
        sources=tuple(sources),
        end=end,
        sources_line=data.line_of("sources") + 1 if "sources" in data else None,
    )
