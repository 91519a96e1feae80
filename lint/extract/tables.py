"""The extractors' data tables (rules/tables/*.yaml): number words, qualifiers, units, outcome
words, groups and measures. Tables are data so a newsroom can read and change the semantics
without touching code; a malformed table is an InputError naming file and line."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .. import derived, prebuilt
from .. import rules as shipped
from ..finding import InputError
from ..yamlio import LinedDict, load_yaml


def table_dir() -> Path:
    return shipped.folder() / "tables"


@functools.cache
def _all() -> dict[str, LinedDict]:
    """Every table, from the package's derived data (newslint.derived: no YAML parsing)."""
    parsed = derived.parsed_yaml("tables", load_yaml)
    out = {}
    for file, data in parsed.items():
        if not isinstance(data, dict):
            raise InputError(str(table_dir() / file), "a table file must be a mapping", 1)
        out[file.removesuffix(".yaml")] = data
    return out


def load(name: str) -> LinedDict:
    return _all()[name]


def words(name: str, key: str) -> tuple[str, ...]:
    """A list of phrases under `key`, lower-cased unless an entry needs its case."""
    data = load(name)
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        path = str(table_dir() / f"{name}.yaml")
        hint = ' (quote words YAML reads as true/false: "on", "no", "yes", "off")'
        raise InputError(path, f"{key!r} must be a list of phrases{hint}", data.line_of(key))
    return tuple(value)


def classes(name: str, key: str) -> dict[str, tuple[str, ...]]:
    """A mapping of class name -> phrases under `key` (outcomes, groups, qualifiers)."""
    data = load(name)
    value = data.get(key)
    path = str(table_dir() / f"{name}.yaml")
    if not isinstance(value, dict):
        raise InputError(path, f"{key!r} must map names to lists of phrases", data.line_of(key))
    out = {}
    for cls, phrases in value.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise InputError(path, f"{key}.{cls} must be a list of phrases", value.line_of(cls))
        out[str(cls)] = tuple(phrases)
    return out


def alternation(phrases) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    return prebuilt.built(("alternation",), phrases, _alternation)


def _alternation(ordered: list[str]) -> str:
    ordered.sort(key=len, reverse=True)  # longest first, sorted order kept (sort is stable)
    joined = "\0".join(ordered)  # one escape over all of them: re.escape leaves NUL alone
    if joined.count("\0") != max(len(ordered) - 1, 0):  # a phrase with a NUL: one by one
        return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)
    return re.escape(joined).replace(r"\ ", r"\s+").replace("\0", "|")


WORD_START = r"(?<=\b.)"  # the character just matched starts a word, as a leading \b says


def alternation_at(phrases, guard: str = WORD_START, *, fold: bool = False) -> str:
    """`(?:alternation)` of literal phrases that must start where `guard` (a look-behind of
    one character more than it checks) allows: the same matches as `\\b(?:alternation)`, but
    written as one branch per first letter with the guard after that letter. A pattern that
    opens with a look-behind makes re try every position of the text; one that opens with a
    letter lets it skip to the next candidate letter, which is 2-3x faster on a long list.

    `fold=True` gives the matches of the same words under re.IGNORECASE, for a pattern
    compiled without that flag: re cannot skip ahead on a pattern compiled with it, so the
    first letter is spelled in every case it matches ("S", "s") and the rest of each phrase is
    matched in `(?i:…)`. About 2.5x faster than the flag on long lists."""
    return prebuilt.built(("at", guard, fold), phrases, lambda ordered: _at(ordered, guard, fold))


def _at(ordered: list[str], guard: str, fold: bool) -> str:
    by_first: dict[str, set[str]] = {}
    for phrase in ordered:
        if phrase:
            first = min(cases(phrase[0])) if fold else phrase[0]  # one key per case class
            by_first.setdefault(first, set()).add(phrase[1:])
    branches = []
    for first in sorted(by_first):
        tails = _alternation(sorted(by_first[first]))
        if fold:
            for letter in cases(first):
                branches.append(f"{re.escape(letter)}{guard}(?i:{tails})")
        else:
            branches.append(f"{re.escape(first)}{guard}(?:{tails})")
    return f"(?:{'|'.join(branches)})"


def word_list(phrases, rest: str = r"\b", *, fold: bool = False, flags: int = 0):
    """The phrases where a word starts (`alternation_at`), then `rest`, compiled; run only at
    the word starts whose word opens a phrase (newslint.wordstarts), with the same matches.
    `word_list(("said", "told"))` finds "said" and "told" as whole words."""
    from .. import patterns, wordstarts

    phrases = tuple(phrases)
    compiled = patterns.compile(alternation_at(phrases, fold=fold) + rest, flags)
    return wordstarts.opening(compiled, phrases)


# Characters beyond a letter's two cases that re.IGNORECASE matches it with (Unicode's simple
# case mappings and re's own extra cases); tests/test_tables.py checks every ASCII letter.
_EXTRA_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


@functools.cache
def cases(char: str) -> tuple[str, ...]:
    """Every character `char` matches under re.IGNORECASE, itself first."""
    if char.isascii():
        found = {char, char.lower(), char.upper()} | set(_EXTRA_CASES.get(char.lower(), ""))
    else:  # rare in a table: ask re itself, over every code point
        single = re.compile(re.escape(char), re.IGNORECASE)
        found = {chr(c) for c in range(0x110000) if single.fullmatch(chr(c))}
    return (char, *sorted(found - {char}))
