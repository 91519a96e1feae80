"""Columns in the unit a report format counts. newslint counts code points from 1; SARIF
counts UTF-16 code units (`columnKind: utf16CodeUnits`) and reviewdog's rdjson UTF-8 bytes.

Lines are numbered as newslint numbers them: split on line endings only (a form feed or a
U+2028 inside a line does not start a new one, as `str.splitlines` would have it).
"""

from __future__ import annotations

from pathlib import Path

UTF16 = "utf-16-le"
UTF8 = "utf-8"


class FileLines:
    """Each reported file's text and lines, read from disk when the report holds no text for
    it (a report answered from the result cache)."""

    def __init__(self, texts: dict[str, str]):
        self._texts: dict[str, str | None] = dict(texts)
        self._lines: dict[str, list[str]] = {}

    def text(self, path: str) -> str | None:
        if path not in self._texts:
            try:
                self._texts[path] = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                self._texts[path] = None
        return self._texts[path]

    def column(self, path: str, line: int, column: int, encoding: str) -> int:
        """The 1-based `column` (in code points) of `line`, counted in `encoding`'s units."""
        if path not in self._lines:
            text = self.text(path)
            self._lines[path] = (
                [] if not text else text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            )
        lines = self._lines[path]
        if not 1 <= line <= len(lines):
            return column
        before = lines[line - 1][: column - 1].encode(encoding, "surrogatepass")
        return 1 + len(before) // (2 if encoding == UTF16 else 1)
