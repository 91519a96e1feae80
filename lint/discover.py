"""Which files to lint: named files always (unless `--force-exclude`); folders recurse into *.md,
*.markdown and *.txt, skipping `exclude` patterns (gitignore syntax, relative to the config's
folder) and, unless `respect-gitignore = false`, what each folder's .gitignore excludes.

The walk is linear in the size of the tree: every path is matched against the exclude patterns
and against the .gitignore files of the folders above it, as a path relative to each, worked out
from the walk's own strings (no `resolve()` per file and no look-up of every ancestor folder,
which made a tree 1,500 folders deep take minutes). Symbolic links to folders are not followed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Settings

if TYPE_CHECKING:
    import pathspec

SUFFIXES = (".md", ".markdown", ".txt")


def _relative(path: Path, root: Path) -> str | None:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return None


def _gitignore(file: Path) -> pathspec.PathSpec | None:
    import pathspec

    try:
        if file.stat().st_size > 1024 * 1024:
            return None  # not a .gitignore anyone wrote by hand
        lines = file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines)


def excluded(path: Path, settings: Settings) -> bool:
    """Whether `exclude` in the settings names `path` (for --force-exclude on named files)."""
    import pathspec

    rel = _relative(path, settings.root)
    if rel is None:
        return False
    spec = pathspec.GitIgnoreSpec.from_lines(settings.exclude)
    parts = rel.split("/")
    # A file is excluded when it or any folder above it matches, as git does.
    return any(
        spec.match_file("/".join(parts[: i + 1]) + ("/" if i + 1 < len(parts) else ""))
        for i in range(len(parts))
    )


def walk(folder: Path, settings: Settings) -> Iterator[Path]:
    import pathspec  # ~20 ms: only a folder walk pays for it, not a pre-commit file list

    excluded_spec = pathspec.GitIgnoreSpec.from_lines(settings.exclude)
    base = _relative(folder, settings.root)  # the walk's top, relative to the config's folder
    # (folder prefix relative to the walk's top, spec) for every .gitignore above a path.
    outer = [] if not settings.respect_gitignore else [("..", folder.absolute().parent)]
    ignores: dict[str, list[tuple[str, pathspec.PathSpec]]] = {}
    for prefix, where in outer:
        spec = _gitignore(where / ".gitignore")
        if spec is not None:
            ignores.setdefault("", []).append((prefix, spec))

    def skipped(rel: str, is_dir: bool, active: list) -> bool:
        """`rel` is relative to the walk's top ("" is the top itself)."""
        suffix = "/" if is_dir else ""
        from_root = f"{base}/{rel}" if base not in (None, ".", "") else rel
        if base is None:
            from_root = rel  # outside the config's folder: patterns apply from the top
        if excluded_spec.match_file(from_root + suffix):
            return True
        for prefix, spec in active:
            if prefix == "..":
                inner = f"{folder.absolute().name}/{rel}" if rel else folder.absolute().name
            elif prefix:
                inner = rel[len(prefix) + 1 :]
            else:
                inner = rel
            if inner and spec.match_file(inner + suffix):
                return True
        return False

    seen: set[tuple[int, int]] = set()
    for top, rel_top, dirs, files in _walk(str(folder)):
        try:
            stat = os.stat(top)
        except OSError:
            continue
        if (stat.st_dev, stat.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((stat.st_dev, stat.st_ino))
        active = ignores.get(rel_top, [])
        if settings.respect_gitignore and ".gitignore" in files:
            spec = _gitignore(Path(top) / ".gitignore")
            if spec is not None:
                active = [*active, (rel_top, spec)]

        def child(name: str, rel_top=rel_top) -> str:
            return f"{rel_top}/{name}" if rel_top else name

        kept = []
        for name in sorted(dirs):
            if not skipped(child(name), True, active):
                kept.append(name)
                ignores[child(name)] = active
        dirs[:] = kept
        ignores.pop(rel_top, None)  # its children have their own entries now
        for name in sorted(files):
            if name.lower().endswith(SUFFIXES) and not skipped(child(name), False, active):
                yield Path(top) / name


def _walk(top: str) -> Iterator[tuple[str, str, list[str], list[str]]]:
    """(folder, its path relative to `top` with '/', sub-folder names, file names), top-down,
    like os.walk without following links, but with a stack instead of recursion: Python 3.11's
    os.walk recurses once per level and fails on a tree 1,000 folders deep. Sub-folder names
    may be edited in place to prune the walk; folders are visited in sorted order."""
    stack = [(top, "")]
    while stack:
        folder, rel = stack.pop()
        dirs, files = [], []
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        is_dir = entry.is_dir(follow_symlinks=False)
                    except OSError:
                        is_dir = False
                    (dirs if is_dir else files).append(entry.name)
        except OSError:
            continue
        dirs.sort()
        yield folder, rel, dirs, files
        for name in reversed(dirs):
            stack.append((os.path.join(folder, name), f"{rel}/{name}" if rel else name))
