"""line-pattern: a regular expression that marks chrome or an editorial leftover in a line.

The pattern is searched in each line of copy (code, comments and front matter are never seen).
`min_count` fires only when the pattern occurs that often in one line (icon-sprite text repeats
"icon" dozens of times); `max_words` ignores lines longer than that; `whole_line` reports the
whole line instead of each match; `outside_quotes` skips matches inside quoted speech. A pattern
that runs longer than two seconds on one file (catastrophic backtracking) stops with TimeoutError,
which the engine reports as the rule timing out there.

Example (fail): `[AP] [Reuters] [Photo courtesy of the ministry]` (credit tags).
Example (pass): `The ministry said [the attack] was unprovoked.`
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator

from .. import identity, literals
from ..document import Document
from ..finding import Hit
from ..params import Pattern
from ..records import Record

KIND = "line-pattern"
ARGS = ("match", "count", "line")


class Params(Record):
    pattern: Pattern
    min_count: int = 1
    max_words: int = 0  # 0: any length
    min_words: int = 0  # lines with fewer words are left alone
    whole_line: bool = False
    outside_quotes: bool = False
    skip_headlines: bool = False


def check(doc: Document, params: Params) -> Iterator[Hit]:
    deadline = time.monotonic() + params.pattern.BUDGET
    skip = doc.headline_lines if params.skip_headlines else frozenset()
    # A shipped pattern runs on re with no deadline: one search tells a line with no match
    # (nearly every line of copy) without building the list of matches.
    search = (
        params.pattern.compiled.search if isinstance(params.pattern.compiled, re.Pattern) else None
    )
    if search is not None and not _may_match(doc, params.pattern.compiled, params.pattern):
        return  # no line can match (see _may_match)
    for line in doc.lines:
        if not line.text.strip() or line.index in skip:
            continue
        if (params.max_words and line.words > params.max_words) or line.words < params.min_words:
            continue
        if search is not None and search(line.text) is None:
            continue
        matches = [m for m in params.pattern.finditer(line.text, deadline) if m.end() > m.start()]
        if params.outside_quotes:
            matches = [
                m for m in matches if not doc.in_quote(line.start + m.start(), line.start + m.end())
            ]
        if not matches or len(matches) < params.min_count:
            continue
        args = {"count": len(matches), "line": line.core}
        if params.whole_line or params.min_count > 1:
            yield Hit(line.core_start, line.core_end, {**args, "match": matches[0].group()})
            continue
        for m in matches:
            yield Hit(line.start + m.start(), line.start + m.end(), {**args, "match": m.group()})


def _may_match(doc: Document, compiled: re.Pattern, source: str) -> bool:
    """False only when no line of `doc` can hold a match: the story lacks every literal each
    match must contain (`literals.needed`, in any case), or a search of the whole story finds
    nothing. A case-insensitive pattern is tried at every character, so the literals go first."""
    needed = literals.needed_once_settled(compiled, source)
    folded = doc.folded if needed is not None else None
    if folded is not None and not any(s in folded for s in needed):
        return False
    story = _story_search(compiled)
    return story is None or story(doc.prose) is not None


_LINE_BOUND = ("(?<", "(?=", "(?!", "\\A", "\\Z")  # what could read past a line's edge


@identity.by_identity()  # a compiled pattern hashes its whole program every time
def _story_search(compiled: re.Pattern):
    """A search of the whole story that finds a match whenever any one line holds one: the
    pattern with `^` and `$` at every line's edges (re.MULTILINE). Every match in a line is
    then a match in the story at the same place, so no match in the story means none in any
    line. Only for a pattern with no look-around and no \\A or \\Z, which could see past
    the line's edge (the newline) where the line alone has nothing; None for the others."""
    if any(mark in compiled.pattern for mark in _LINE_BOUND):
        return None
    from .. import patterns

    return patterns.compile(compiled.pattern, compiled.flags | re.MULTILINE).search


def fix_problem(params: Params) -> str | None:
    """Why `fix: delete-line` would be unsafe for these params (None: it is safe). A match
    inside a line of copy is not the line: only whole-line findings may be deleted."""
    if params.whole_line or params.min_count > 1:
        return None
    return "needs whole-line: true (or min-count above 1), so findings are whole lines"
