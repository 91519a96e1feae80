"""The project root: the folder newslint reads and writes in, and nothing outside it.

Stories, their `sources:` and the links among them come from whoever wrote the repository, so a
path in a story must not reach a file elsewhere on the machine (a token, `/etc/passwd`) and
print it in a report, and `--fix` must not write through a link to a file elsewhere.

A story's root is `--root` when given; otherwise the top of the git work tree that holds it;
otherwise the folder of the config file that governs it (when the story is below it: a
`--config` file can be anywhere); otherwise the current folder when the
story is inside it, else the story's own folder. A story whose real path (links followed) is
outside its root is not read; a source must resolve inside the story's root; absolute source
paths are refused. Each refusal is a one-line error naming the story (and the `sources:` line).
"""

from __future__ import annotations

import os
from pathlib import Path

from .finding import InputError

_TOPS: dict[Path, Path | None] = {}


def git_top(folder: Path) -> Path | None:
    """The nearest folder at or above `folder` (absolute) holding `.git`. Every folder's answer
    is remembered for the run, so a deep tree costs one look-up per folder, not per story."""
    walked = []
    found: Path | None = None
    current = folder
    while True:
        if current in _TOPS:
            found = _TOPS[current]
            break
        walked.append(current)
        if (current / ".git").exists():
            found = current
            break
        if current.parent == current:
            break
        current = current.parent
    for seen in walked:
        _TOPS[seen] = found
    return found


def clear() -> None:
    """Forget the folders looked at (a long-lived process: a new run looks again)."""
    _TOPS.clear()
    _REAL_FOLDERS.clear()


def root_for(path: Path, config_root: Path | None, explicit: Path | None) -> Path:
    """The root for the story at `path` (see the module docstring); absolute and resolved."""
    if explicit is not None:
        return explicit.resolve()
    folder = Path(os.path.abspath(path)).parent
    top = git_top(folder)
    if top is not None:
        return top.resolve()
    real = folder.resolve()
    if config_root is not None and inside(real, config_root.resolve()):
        return config_root.resolve()
    here = Path.cwd().resolve()
    return here if inside(real, here) else real


def inside(path: Path, root: Path) -> bool:
    """Whether the resolved `path` is `root` or below it."""
    return path == root or root in path.parents


_REAL_FOLDERS: dict[Path, Path] = {}


def real_path(path: Path) -> Path:
    """`path.resolve()`, resolving each folder once per run: a file that is not itself a link
    is its real folder plus its name."""
    if path.name in ("", ".", "..") or path.is_symlink():
        return path.resolve()
    folder = path.parent
    if folder not in _REAL_FOLDERS:
        _REAL_FOLDERS[folder] = folder.resolve()
    return _REAL_FOLDERS[folder] / path.name


def check_story(path: Path, name: str, root: Path) -> None:
    """Refuse a story that is, or is reached through, a link to a file outside its root."""
    real = real_path(path)
    if not inside(real, root):
        what = "a symbolic link to a file" if path.is_symlink() else "a file"
        raise InputError(
            name,
            f"{what} outside the project root ({root}); skipped (use --root to widen it)",
        )


def source_path(story: Path, source: str, root: Path) -> Path:
    """Where a story's `sources:` entry points, or ValueError saying why it is refused."""
    if os.path.isabs(source) or source.startswith("~"):
        raise ValueError("is an absolute path; sources are paths relative to the story")
    target = story.parent / source
    if not inside(target.resolve(), root):
        raise ValueError(f"is outside the project root ({root}); not read (use --root to widen it)")
    return target


def may_write(path: Path, name: str, root: Path) -> None:
    """Refuse to fix a story that is a link, or whose real path is outside its root."""
    if path.is_symlink():
        raise InputError(name, "is a symbolic link; not fixed (fix the file it points to)")
    if not inside(path.resolve(), root):
        raise InputError(name, f"is outside the project root ({root}); not fixed")
