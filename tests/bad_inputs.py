"""The odd input real repositories hold, one case each: how to make it, and what newslint must
do with it. tests/test_bad_input.py runs every case beside a good story; bench/badinput.py runs
the same cases (with the full-size ones: 50 MB, 10,000 files) and tabulates what happened."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

# The good story linted beside every bad input: it must still be reported (NL401 on line 5).
GOOD_NAME = "good.md"
GOOD = "Harbour reopens\n\nThe harbour reopened on Monday, the port said.\n\nShare this story!\n"
GOOD_FINDING = "good.md:5:1: NL401"

CHROME = "Storm closes harbour\n\nThe ferry stopped on Monday, officials said.\n\n"
SHARE = "Share this story!\n"


class Case(NamedTuple):
    name: str
    what: str  # the input, for the closing note
    make: Callable[[Path], list[str]]  # builds it in a folder; returns the paths to lint
    error: str | None  # expected on stderr as `newslint: error: …` (None: no error)
    warning: str | None = None  # expected as `newslint: warning: …`
    finding: str | None = None  # expected among the findings (`path:line:col: CODE`)
    root_can_read: bool = True  # False: the case needs a user that permissions apply to


def _write(folder: Path, name: str, data: bytes | str) -> list[str]:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return [name]


def _sparse(folder: Path, name: str, size: int) -> list[str]:
    with open(folder / name, "wb") as handle:
        handle.truncate(size)  # 50 MB on disk in no time; newslint must not read it
    return [name]


def _many(folder: Path, count: int) -> list[str]:
    desk = folder / "archive"
    desk.mkdir()
    for i in range(count):
        (desk / f"{i:05d}.txt").write_text(
            f"Item {i}\n\nThe council met on Monday, the clerk said.\n", encoding="utf-8"
        )
    (desk / "00042.txt").write_text(CHROME + SHARE, encoding="utf-8")
    return ["archive"]


def _unreadable(folder: Path) -> list[str]:
    _write(folder, "locked.txt", CHROME + SHARE)
    os.chmod(folder / "locked.txt", 0)
    return ["locked.txt"]


def _links(folder: Path, name: str, target: str, loop: bool) -> list[str]:
    os.symlink(target, folder / name)
    if loop:
        os.symlink(name, folder / target)
    return [name]


def _looping_folder(folder: Path) -> list[str]:
    desk = folder / "desk"
    desk.mkdir()
    (desk / "story.txt").write_text(CHROME + SHARE, encoding="utf-8")
    os.symlink("..", desk / "up")  # a folder link back to its parent
    os.symlink(".", desk / "here")
    return ["desk"]


def _fifo(folder: Path) -> list[str]:
    os.mkfifo(folder / "wire.txt")
    return ["wire.txt"]


def _with_sources(folder: Path) -> list[str]:
    front = "---\ntitle: Ferry\nsources: [wire/ap.txt, wire/gone.txt]\n---\n"
    _write(folder, "wire/ap.txt", "Ferry stops\n\nThe ferry stopped on Monday.\n")
    return _write(folder, "ferry.md", front + CHROME + SHARE)


def cases(big: bool = False) -> list[Case]:
    """Every case; `big` makes the full-size ones (50 MB story, 10,000 files)."""
    files = 10_000 if big else 300
    zero_width = CHROME.replace("ferry", "fer\u200bry") + "\u202eThe mayor said.\u202c\n\n" + SHARE
    return [
        Case(
            "cp1252",
            "Windows-1252 copy (é, curly quotes) from an old archive",
            lambda f: _write(
                f,
                "old.txt",
                (CHROME + "The caf\xe9 \u201cclosed\u201d.\n\n" + SHARE).encode("cp1252"),
            ),
            None,
            warning="old.txt:5: not UTF-8 (byte 0xe9); read as Windows-1252. Save the file as UTF-8",
            finding="old.txt:7:1: NL401",
        ),
        Case(
            "latin1-unassigned",
            "Latin-1 bytes with the five bytes Windows-1252 leaves unassigned (0x81, 0x8d, ...)",
            lambda f: _write(
                f,
                "odd.txt",
                (CHROME + "Caf\xe9 \x81\x8d\x8f\x90\x9d\n\n" + SHARE).encode("latin-1"),
            ),
            None,
            warning="odd.txt:5: not UTF-8 (byte 0xe9); read as Windows-1252",
            finding="odd.txt:7:1: NL401",
        ),
        Case(
            "utf16",
            "UTF-16 with a BOM (Windows Notepad's 'Unicode')",
            lambda f: _write(
                f,
                "notepad.txt",
                b"\xff\xfe" + (CHROME + SHARE).replace("\n", "\r\n").encode("utf-16-le"),
            ),
            None,
            finding="notepad.txt:5:1: NL401",
        ),
        Case(
            "utf8-bom",
            "UTF-8 with a BOM",
            lambda f: _write(f, "bom.txt", b"\xef\xbb\xbf" + (CHROME + SHARE).encode()),
            None,
            finding="bom.txt:5:1: NL401",
        ),
        Case(
            "binary",
            "a PNG image saved as .txt",
            lambda f: _write(f, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
            "photo.txt: binary file (contains NUL bytes); skipped",
        ),
        Case(
            "nul",
            "copy with a NUL byte in it",
            lambda f: _write(f, "nul.txt", CHROME + "x\x00y\n"),
            "nul.txt: binary file (contains NUL bytes); skipped",
        ),
        Case("empty", "an empty file", lambda f: _write(f, "empty.txt", ""), None),
        Case(
            "whitespace",
            "spaces, tabs and blank lines only",
            lambda f: _write(f, "blank.txt", " \t\n\n  \r\n"),
            None,
        ),
        Case(
            "front-matter-only",
            "front matter and nothing else",
            lambda f: _write(f, "meta.md", "---\ntitle: Ferry\ndate: 2025-03-14\n---\n"),
            None,
        ),
        Case(
            "one-line-1mb",
            "a 1 MB story on one line",
            lambda f: _write(f, "oneline.txt", "The ferry stopped, officials said. " * 30_000),
            None,
        ),
        Case(
            "50mb",
            "a 50 MB story",
            lambda f: _sparse(f, "export.txt", 50 * 1024 * 1024),
            "export.txt: 50 MB, larger than max-file-size (10 MB); skipped",
        ),
        Case(
            "many-files",
            f"a folder of {files:,} stories",
            lambda f: _many(f, files),
            None,
            finding="archive/00042.txt:5:1: NL401",
        ),
        Case(
            "unreadable",
            "a file without read permission",
            _unreadable,
            "locked.txt: permission denied; skipped",
            root_can_read=False,
        ),
        Case(
            "missing",
            "a path that does not exist",
            lambda f: ["gone.txt"],
            "gone.txt: no such file or directory",
        ),
        Case(
            "symlink-loop",
            "two links pointing at each other",
            lambda f: _links(f, "a.txt", "b.txt", loop=True),
            "a.txt: symbolic link loop; skipped",
        ),
        Case(
            "folder-link-loop",
            "a folder holding links to itself and its parent",
            _looping_folder,
            None,
            finding="desk/story.txt:5:1: NL401",
        ),
        Case(
            "dangling-link",
            "a link to a file that is gone",
            lambda f: _links(f, "latest.txt", "deleted.txt", loop=False),
            "latest.txt: broken symbolic link (to 'deleted.txt')",
        ),
        Case(
            "fifo",
            "a named pipe (would block a naive reader)",
            _fifo,
            "wire.txt: a named pipe, not a file; skipped",
        ),
        Case(
            "cr-only",
            "classic Mac line endings (CR only)",
            lambda f: _write(f, "mac.txt", (CHROME + SHARE).replace("\n", "\r")),
            None,
            finding="mac.txt:5:1: NL401",
        ),
        Case(
            "mixed-endings",
            "CRLF, CR and LF in one file",
            lambda f: _write(
                f,
                "mixed.txt",
                "Storm closes harbour\r\n\rThe ferry stopped on Monday, officials said.\n\r\nShare this story!\r",
            ),
            None,
            finding="mixed.txt:5:1: NL401",
        ),
        Case(
            "invisible",
            "zero-width spaces and bidi overrides",
            lambda f: _write(f, "hidden.txt", zero_width),
            None,
            finding="hidden.txt:3:8: NL424",
        ),
        Case(
            "nbsp-curly",
            "no-break spaces and curly quotes everywhere",
            lambda f: _write(
                f,
                "typeset.txt",
                "Storm\u00a0closes\u00a0harbour\n\n\u201cMore\u00a0than\u00a0100\u00a0people\u00a0were\u00a0killed,\u201d "
                "the\u00a0mayor\u00a0said.\n\nAbout\u00a0100\u00a0were\u00a0killed,\u00a0police\u00a0said.\n\n"
                "Share\u00a0this\u00a0story!\n",
            ),
            None,
            finding="typeset.txt:7:1: NL401",
        ),
        Case(
            "control-characters",
            "terminal escape sequences in the copy",
            lambda f: _write(
                f,
                "escape.txt",
                "Alarm\n\nThe toll rose again \x1b[2J today after the storms hit\n\nThe toll rose again \x1b[2J today after the storms hit\n",
            ),
            None,
            finding="escape.txt:5:1: NL416",
        ),
        Case(
            "deep-nesting",
            "5,000 nested block quotes and 20,000 opening quote marks",
            lambda f: _write(f, "nested.md", ">" * 5000 + " deep\n\n" + "\u201c" * 20_000 + "\n"),
            None,
        ),
        Case(
            "bad-yaml",
            "front matter that is not valid YAML",
            lambda f: _write(f, "broken.md", "---\ntitle: [Ferry\n---\n" + CHROME),
            "broken.md:3: invalid front matter: did not find expected ',' or ']'",
        ),
        Case(
            "bad-date",
            "a front matter date: that is not a date",
            lambda f: _write(
                f, "undated.md", "---\ntitle: Ferry\ndate: last Tuesday\n---\n" + CHROME
            ),
            "undated.md:3: invalid front matter: `date` is not a date: 'last Tuesday' (use YYYY-MM-DD)",
        ),
        Case(
            "missing-sources",
            "sources: naming a file that does not exist",
            _with_sources,
            "ferry.md:3: source 'wire/gone.txt': no such file or directory",
            finding="ferry.md:9:1: NL401",
        ),
    ]
