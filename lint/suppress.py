"""Inline suppression in the copy, with used-tracking.

    <!-- newslint: disable NL401 boilerplate/menu-block -->  ...  <!-- newslint: enable -->
    <!-- newslint: disable-next-line NL416 -->
    Some line <!-- newslint: disable-line -->
    <!-- newslint: disable-file NL418 -->

A directive names codes, rule names, packs or tags (none: every rule). `enable` with no names
ends every open `disable`; with names, only those.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import patterns
from .document import Document
from .finding import Finding

_DIRECTIVE = patterns.compile(
    r"<!--\s*newslint:\s*(?P<action>disable-file|disable-next-line|disable-line|disable|enable)"
    r"(?P<args>(?:(?!-->)[^\n])*)-->"
)


class Directive:
    """One `newslint: disable=…` comment; `used` is set when it suppresses a finding."""

    def __init__(
        self,
        action: str,
        selectors: tuple[str, ...],
        start: int,
        end: int,
        line: int,
        codes: frozenset[str] | None = None,  # None: every rule
        first_line: int = 0,
        last_line: int = 0,
        used: bool = False,
        unknown: tuple[str, ...] = (),
    ):
        self.action, self.selectors, self.codes = action, selectors, codes
        self.start, self.end, self.line = start, end, line
        self.first_line, self.last_line = first_line, last_line
        self.used, self.unknown = used, unknown

    @property
    def text(self) -> str:
        return " ".join((self.action, *self.selectors))


def parse(doc: Document, resolve: Callable[[str], set[str] | None]) -> list[Directive]:
    """Directives with their line ranges; `resolve` maps a selector to codes (None: unknown)."""
    out: list[Directive] = []
    open_regions: list[Directive] = []
    last = len(doc.line_starts)
    for m in _DIRECTIVE.finditer(doc.text):
        selectors = tuple(s for s in re.split(r"[\s,]+", m.group("args").strip()) if s)
        line = doc.position(m.start())[0]
        directive = Directive(m.group("action"), selectors, m.start(), m.end(), line)
        codes: set[str] = set()
        unknown = []
        for selector in selectors:
            found = resolve(selector)
            if found is None:
                unknown.append(selector)
            else:
                codes |= found
        directive.unknown = tuple(unknown)
        directive.codes = frozenset(codes) if selectors else None
        end_line = doc.position(m.end())[0]
        if directive.action == "disable-file":
            directive.first_line, directive.last_line = 1, last
        elif directive.action == "disable-line":
            directive.first_line = directive.last_line = line
        elif directive.action == "disable-next-line":
            target = end_line + 1
            while target <= last and not doc.lines[target - 1].text.strip():
                target += 1
            directive.first_line = directive.last_line = target
        elif directive.action == "disable":
            directive.first_line, directive.last_line = line, last
            open_regions.append(directive)
        else:  # enable
            for region in list(open_regions):
                if directive.codes is None or (region.codes and region.codes <= directive.codes):
                    region.last_line = line
                    open_regions.remove(region)
        out.append(directive)
    return out


def is_suppressed(finding: Finding, directives: list[Directive]) -> bool:
    hit = False
    line = finding.location.line
    for d in directives:
        if d.action == "enable" or not d.first_line <= line <= d.last_line:
            continue
        if d.codes is None or finding.code in d.codes:
            d.used = True
            hit = True
    return hit
