"""Matching lines of copy against phrase lexicons, forgiving case, spacing and decoration.

A phrase is literal text with optional placeholders: {word} (one token), {words} (a few words),
{number}, {time} (a clock or media time code like 24:55) and {year}. Lines are compared after
stripping list bullets, emphasis marks, arrows and emoji at either end, so "» Share this story! «"
matches the phrase "Share this story".
"""

from __future__ import annotations

import functools
import re

from . import patterns, prebuilt

PLACEHOLDERS = {
    "{word}": r"[^\s|]+",
    "{words}": r"[^\n|]{1,80}?",
    "{number}": r"\d[\d,.]*",
    "{time}": r"(?:\d{1,2}:)?\d{1,2}:\d{2}",
    "{year}": r"(?:19|20)\d{2}",
}
# Decoration around a phrase or between phrases: punctuation, symbols, spaces; not letters/digits.
# The stdlib `re` compiles these large alternations about three times faster than `regex`.
_SEPARATOR = r"[\W_]"
_SPLIT = patterns.compile(r"(\{(?:word|words|number|time|year)\})")


def phrase_pattern(phrase: str) -> str:
    parts = []
    for piece in _SPLIT.split(phrase.strip()):
        if piece in PLACEHOLDERS:
            parts.append(PLACEHOLDERS[piece])
        elif piece:
            words = piece.split()
            escaped = r"\s+".join(re.escape(w) for w in words)
            parts.append(
                (r"\s*" if piece[:1].isspace() else "")
                + escaped
                + (r"\s*" if piece[-1:].isspace() else "")
            )
    return "".join(parts)


def _alternatives(phrases: list[str]) -> str:
    """The phrases' patterns as one alternation, longest first. Which of them matches first
    never changes whether a line matches, so their order is the sorted phrases'."""
    return "|".join(sorted((phrase_pattern(p) for p in phrases), key=len, reverse=True))


@functools.lru_cache(maxsize=256)
def whole_line_matcher(phrases: tuple[str, ...]) -> re.Pattern:
    """Matches a line made only of one or more of the phrases (and decoration)."""
    alternatives = prebuilt.built(("whole-line",), phrases, _alternatives)
    return patterns.compile(
        rf"^{_SEPARATOR}*(?:(?:{alternatives})(?!\w){_SEPARATOR}*)+$", re.IGNORECASE
    )


@functools.lru_cache(maxsize=256)
def prefix_matcher(phrases: tuple[str, ...]) -> re.Pattern:
    """Matches a line that opens with a phrase followed by a separator (':', '|', '»', '-')."""
    alternatives = prebuilt.built(("prefix",), phrases, _alternatives)
    return patterns.compile(
        rf"^[\s*_>#\-•»›]*(?:{alternatives})\s*(?:[:|»›>]|\s[-–—]\s)\s*\S", re.IGNORECASE
    )
