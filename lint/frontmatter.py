"""YAML front matter (`---` … `---` at the top of a story): title, publication date, sources.

Unknown keys are ignored, so a newsroom's CMS fields do no harm; a malformed block or a `date:`
that is not a date is an InputError naming the file line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from . import patterns
from .finding import InputError

_OPEN = patterns.compile(r"---[ \t]*\n")
_CLOSE = patterns.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


class FrontMatter(NamedTuple):
    title: str | None
    date: dt.date | None
    sources: tuple[str, ...]
    end: int  # offset of the first character after the closing line
    sources_line: int | None = None  # 1-based line of `sources:` in the file


def _key_lines(block: str) -> dict[str, int]:
    """1-based line (within the block) of each top-level key, for error messages."""
    import yaml

    try:
        node = yaml.compose(block, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value if isinstance(k.value, str)}


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
    import yaml  # only stories with front matter pay for it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        data = yaml.load(block, Loader=loader) if block.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 2 if mark else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputError(path, f"invalid front matter: {problem}", line) from None
    if not isinstance(data, dict):
        raise InputError(path, "invalid front matter: expected `key: value` lines", 2)
    lines = _key_lines(block)

    def fail(key: str, message: str):
        raise InputError(path, f"invalid front matter: {message}", lines.get(key, 0) + 1)

    title = data.get("title")
    if title is not None and not isinstance(title, str | int | float):
        fail("title", "`title` must be text")
    date = None
    if data.get("date") is not None:
        date = _as_date(data["date"])
        if date is None:
            fail("date", f"`date` is not a date: {data['date']!r} (use YYYY-MM-DD)")
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
        sources_line=lines["sources"] + 1 if "sources" in lines else None,
    )
