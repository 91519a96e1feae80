"""`primaryLocationLineHash`: the fingerprint GitHub code scanning tracks an alert by.

GitHub's upload action (github/codeql-action, `fingerprints.ts`) fills it in for results that
lack it, by hashing the file it finds in the checkout. newslint computes the same value itself,
from the text it linted, so the SARIF file is complete wherever it is uploaded from.

The hash of a line is a rolling polynomial hash (base 37, 64-bit wrap-around) over the 100
characters that start at the line's first character, skipping spaces and tabs, with every line
ending read as "\\n", the end of the file as the value 65535 and zeros after it. Characters are
UTF-16 code units, as JavaScript reads them. The hex value is followed by `:n`, the how-many-th
time that value occurs in the file, so repeated lines stay distinct.
"""

from __future__ import annotations

from collections.abc import Iterator

BLOCK = 100
BASE = 37
MASK = (1 << 64) - 1
END = 65535
_FIRST = pow(BASE, BLOCK, 1 << 64)


def _units(text: str) -> Iterator[int]:
    """The file as JavaScript's charCodeAt sees it, with line endings made "\\n" and spaces
    and tabs left out."""
    previous_cr = False
    for char in text:
        code = ord(char)
        if code == 0x20 or code == 0x09 or (previous_cr and code == 0x0A):
            previous_cr = False
            continue
        previous_cr = code == 0x0D
        if previous_cr:
            code = 0x0A
        if code > 0xFFFF:  # an astral character is two UTF-16 code units
            code -= 0x10000
            yield 0xD800 + (code >> 10)
            yield 0xDC00 + (code & 0x3FF)
        else:
            yield code


def line_hashes(text: str) -> list[str]:
    """`hash:count` for every line of `text`, line 1 first."""
    window = [0] * BLOCK
    starts = [-1] * BLOCK  # the line that starts at this place of the window, or -1
    value = index = line = 0
    line_start = True
    counts: dict[str, int] = {}
    out: list[str] = []

    def emit() -> None:
        key = format(value, "x")
        counts[key] = counts.get(key, 0) + 1
        out.append(f"{key}:{counts[key]}")
        starts[index] = -1

    def roll(code: int) -> None:
        nonlocal value, index
        value = (BASE * value + code - _FIRST * window[index]) & MASK
        window[index] = code
        index = (index + 1) % BLOCK

    def feed(code: int) -> None:
        nonlocal line, line_start
        if starts[index] != -1:
            emit()
        if line_start:
            line_start = False
            line += 1
            starts[index] = line
        if code == 0x0A:
            line_start = True
        roll(code)

    for code in _units(text):
        feed(code)
    feed(END)
    for _ in range(BLOCK):
        if starts[index] != -1:
            emit()
        roll(0)
    return out
