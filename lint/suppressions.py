"""`--add-suppressions`: one directive for each of today's findings, so a newsroom can adopt
newslint on an existing archive and see only what is new (ruff's `--add-noqa`).

Each line with findings gets `<!-- newslint: disable-line NL101 NL416 -->` at its end, an HTML
comment that Markdown does not render. Codes already disabled on that line are not added
again. Lines inside front matter are left alone (a comment there would become part of a YAML
value) and so are findings of a file whose bytes do not survive decoding and re-encoding.
Files are written the way `--fix` writes them: atomically, never through a link or outside the
project root, and not at all when the story changed while newslint read it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from . import fix, reading, trust
from .finding import InputError
from .records import Record

_EXISTING = re.compile(r"<!--\s*newslint:\s*disable-line\b([^\n]*?)-->")


class Added(Record):
    files: int
    directives: int
    errors: list[InputError]


def front_matter_end(lines: list[str]) -> int:
    """The number of the front matter's closing line, or 0 (also where the language server
    puts a file-wide directive)."""
    if not lines or lines[0].rstrip("\r\n") != "---":
        return 0
    for number, line in enumerate(lines[1:], 2):
        if line.rstrip("\r\n") in ("---", "..."):
            return number
    return 0


def with_directive(line: str, codes: list[str]) -> tuple[str, int]:
    """`line` with a disable-line directive for those of `codes` not disabled on it yet, and
    1 if one was added (0 if nothing was missing)."""
    body = line.rstrip("\r\n")
    ending = line[len(body) :]
    present = {c for m in _EXISTING.finditer(body) for c in m.group(1).split()}
    wanted = [c for c in codes if c not in present]
    if not wanted:
        return line, 0
    return f"{body} <!-- newslint: disable-line {' '.join(wanted)} -->{ending}", 1


def add(findings, root: Path | None) -> Added:
    """Write the directives for `findings`; returns what was written and what was refused."""
    by_file: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for f in findings:
        codes = by_file[f.path][f.location.line]
        if f.code not in codes:
            codes.append(f.code)
    files = directives = 0
    errors: list[InputError] = []
    for name, by_line in by_file.items():
        path = Path(name)
        try:
            trust.may_write(path, name, trust.root_for(path, None, root))
            data = reading.read(path, name)
            decoded = reading.decode(data, name)
            if decoded.encode(decoded.text) != data:
                raise InputError(name, "its bytes do not survive re-encoding; not changed")
            lines = fix.split_lines(decoded.text)
            fence = front_matter_end(lines)
            added = 0
            for number, codes in by_line.items():
                if (fence and number <= fence) or not 1 <= number <= len(lines):
                    continue
                lines[number - 1], count = with_directive(lines[number - 1], sorted(codes))
                added += count
            if added:
                fix.write(path, decoded.encode("".join(lines)), data)
                files, directives = files + 1, directives + added
        except InputError as exc:
            errors.append(exc)
    return Added(files, directives, errors)
