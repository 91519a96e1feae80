"""`--diff-base REF`: which lines of which stories changed since a git revision.

A reviewer wants the findings a change brought, not the archive's old ones. git says what
changed (`git diff --unified=0 REF`, which includes uncommitted edits) and unidiff reads its
output; a story git does not track yet is new, so all of it counts. A finding counts when its
own lines or the lines of its other half (a contradiction's earlier figure) were touched.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .finding import InputError

ALL = None  # every line of the file counts (a new, untracked story)


class Changes:
    """Changed lines by absolute path; a path git knows but did not change has none."""

    def __init__(self, top: Path, lines: dict[str, set[int]], untracked: set[str]):
        self.top, self.lines, self.untracked = top, lines, untracked

    def touched(self, path: str, first: int, last: int) -> bool:
        absolute = os.path.normpath(os.path.abspath(path))
        if absolute in self.untracked:
            return True
        changed = self.lines.get(absolute)
        return bool(changed) and any(n in changed for n in range(first, last + 1))

    def keeps(self, finding) -> bool:
        places = [finding.location, *(r.location for r in finding.related)]
        return any(self.touched(p.path, p.line, p.end_line) for p in places)


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(
            ["git", "-c", "core.quotepath=off", *args],
            cwd=cwd,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            timeout=120,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError("--diff-base", f"git could not run: {exc}") from None
    if done.returncode != 0:
        reason = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"
        raise InputError("--diff-base", f"git {args[0]}: {reason}")
    return done.stdout


def since(base: str, folder: Path | None = None) -> Changes:
    """The lines changed since `base` in the git work tree around `folder`."""
    import unidiff

    folder = folder or Path.cwd()
    if base.startswith("-"):
        raise InputError("--diff-base", f"{base!r} is not a revision")
    top = Path(_git(["rev-parse", "--show-toplevel"], folder).strip())
    _git(["rev-parse", "--verify", "--quiet", f"{base}^{{commit}}"], top)
    diff = _git(
        ["diff", "--no-color", "--no-ext-diff", "--no-renames", "--unified=0", base, "--"], top
    )
    lines: dict[str, set[int]] = {}
    for patched in unidiff.PatchSet(diff):
        if patched.is_removed_file:
            continue
        target = os.path.normpath(str(top / patched.path))
        lines[target] = {line.target_line_no for hunk in patched for line in hunk if line.is_added}
    others = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    untracked = {os.path.normpath(str(top / name)) for name in others.split("\0") if name}
    return Changes(top, lines, untracked)
