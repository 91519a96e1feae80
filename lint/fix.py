"""Fixes: deleting the lines of web-page chrome that rules marked `fix: delete-line` found.

Only chrome is ever removed (a share prompt, a comment widget, icon text, a repeated headline);
contradictions, dates and attribution are for a journalist to decide and have no fix. A fix works
on the text as the file was written: lines keep their own endings (CRLF, CR or LF, even mixed),
and `encode` gives back the file's encoding and BOM. When deleting a line leaves two blank lines
in a row, one of them goes too, so paragraphs stay one blank line apart.

`write` replaces a file atomically: the new bytes go to a temporary file in the same folder,
which is flushed to disk and renamed over the story, so a crash or a kill at any moment leaves
either the old story or the new one, never a mixture.

Example: "Para one.\\n\\nShare this story!\\n\\nPara two.\\n" becomes "Para one.\\n\\nPara two.\\n".
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .finding import Finding, InputError
from .records import Record

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


class Change(Record):
    """What fixing one file gives: its bytes before and after, and the problems fixed."""

    path: Path
    name: str
    before: bytes
    after: bytes
    fixed: int
    before_text: str  # line endings normalised, for showing a diff
    after_text: str


def lines_to_delete(findings: Iterable[Finding], fixable: set[str]) -> set[int]:
    """1-based numbers of the lines the fixable findings cover."""
    found: set[int] = set()
    for f in findings:
        if f.code in fixable:
            found.update(range(f.location.line, f.location.end_line + 1))
    return found


def split_lines(text: str) -> list[str]:
    """Lines with their own endings, split exactly where newslint.Document numbers lines."""
    return _LINE.findall(text)


def _blank(line: str) -> bool:
    return not line.strip()


def delete_lines(text: str, numbers: set[int]) -> str:
    """`text` without the given lines; where that leaves blank lines on both sides of the
    gap (or a blank line at the very start or end), one of them goes too."""
    lines = split_lines(text)
    keep = [i + 1 not in numbers for i in range(len(lines))]
    index = 0
    while index < len(lines):
        if keep[index]:
            index += 1
            continue
        end = index
        while end < len(lines) and not keep[end]:
            end += 1
        before = next((i for i in range(index - 1, -1, -1) if keep[i]), None)
        after = end if end < len(lines) else None
        before_blank = before is None or _blank(lines[before])
        after_blank = after is None or _blank(lines[after])
        if before_blank and after_blank:
            if after is not None:
                keep[after] = False
            elif before is not None:
                keep[before] = False
        index = end
    return "".join(line for line, k in zip(lines, keep, strict=True) if k)


def write(path: Path, data: bytes, expected: bytes) -> None:
    """Replace the file at `path` with `data`, atomically, keeping its permissions; refuses
    (InputError) when the file no longer holds `expected` (someone edited it meanwhile) or is
    hard-linked (replacing it would silently split the links)."""
    name = str(path)
    target = path.resolve()  # a symlinked story: write the file it points to, keep the link
    try:
        info = target.stat()
        if info.st_nlink > 1:
            raise InputError(name, f"has {info.st_nlink} hard links; not fixed (fix it by hand)")
        if target.read_bytes() != expected:
            raise InputError(name, "changed while newslint was fixing it; not written")
        folder = target.parent
        fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".newslint-fix", dir=folder)
        temp = Path(temp)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(name, f"cannot write: {(exc.strerror or str(exc)).lower()}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, stat.S_IMODE(info.st_mode))  # mkstemp made it private (0600)
        # Not ours to give away unless we are root: then the story keeps its owner too.
        with contextlib.suppress(PermissionError, AttributeError):
            os.chown(temp, info.st_uid, info.st_gid)
        os.replace(temp, target)
    except BaseException as exc:
        temp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise InputError(name, f"cannot write: {(exc.strerror or str(exc)).lower()}") from None
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def diff(change: Change) -> str:
    """A unified diff of one change, as `git diff` shows it."""
    import difflib

    before = split_lines(change.before_text)
    after = split_lines(change.after_text)
    lines = difflib.unified_diff(before, after, f"a/{change.name}", f"b/{change.name}")
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)
