"""A progress bar on stderr for long runs: only on a terminal, only for many files, and gone
(the line cleared) before the report is printed. Never shown in CI logs or pipes."""

from __future__ import annotations

import sys
import time

MIN_FILES = 50  # fewer files finish before a bar would help
_WIDTH = 30


class Bar:
    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self._drawn = 0.0
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < MIN_FILES:
            return
        now = time.monotonic()
        if done < total and now - self._drawn < 0.1:  # at most ten redraws a second
            return
        self._drawn = now
        filled = _WIDTH * done // total
        bar = "#" * filled + "-" * (_WIDTH - filled)
        self.stream.write(f"\rnewslint [{bar}] {done}/{total} files")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._shown = False
