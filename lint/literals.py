"""The text a pattern's every match must contain, to tell a story with no match at a glance.

re cannot skip through text for a case-insensitive pattern (`(?i)icon`, `(?i)\\bcopyright`):
it tries the whole pattern at every character. But any match of `(?i)(?<!sil|lex)icon`
contains "icon" in some case, and `str.__contains__` on the lower-cased story answers that
in microseconds. `needed(compiled)` reads the pattern's parse tree for such literals (one of a
set, for an alternation) and `folded(text)` lower-cases a text the way re's IGNORECASE
compares characters, so `not any(s in folded(text) for s in needed(p))` proves `p` finds
nothing in `text`. It is only a prefilter: when it cannot prove that, the pattern runs.
"""

from __future__ import annotations

import functools
import re

from . import identity

try:  # re's own parser and its case table (Python 3.11+); without them no prefilter is made
    from re import _casefix, _parser
    from re import _constants as _c

    _TRANSPARENT = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)  # zero-width: literals either side touch
    _REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
except ImportError:  # pragma: no cover - another Python
    _parser = None

_FEW = 16  # a class of more characters than this is no help as a prefilter


@functools.cache
def _fixes() -> tuple[dict[int, int], re.Pattern | None]:
    """Characters re's IGNORECASE treats as one though `str.lower()` keeps them apart (the long
    s and "s", the final and the middle sigma), each mapped to one member of its class; and a
    search for any of them."""
    if _parser is None:
        return {}, None
    table: dict[int, int] = {}
    for lower, extra in _casefix._EXTRA_CASES.items():
        members = {lower, *extra}
        for m in list(members):
            members |= set(_casefix._EXTRA_CASES.get(m, ()))
        canonical = min(members)
        for m in members:
            if m != canonical:
                table[m] = canonical
    from . import patterns

    chars = "".join(re.escape(chr(c)) for c in sorted(table))
    return table, patterns.compile(f"[{chars}]")


def folded(text: str) -> str | None:
    """`text` lower-cased so that two characters IGNORECASE matches alike are equal, offset for
    offset; None when lower-casing changes the length ("İ" becomes two characters)."""
    lowered = text.lower()
    if text.isascii():
        return lowered
    if len(lowered) != len(text):
        return None
    table, odd = _fixes()
    if odd is not None and odd.search(lowered):
        lowered = lowered.translate(table)
    return lowered


@functools.lru_cache(maxsize=512)
def needed(compiled: re.Pattern, source: str | None = None) -> tuple[str, ...] | None:
    """Folded strings one of which every match of `compiled` contains; None when the pattern
    promises none (`\\d+`, a class, an optional word) or cannot be read here. `source` is the
    pattern as written when `compiled` was made from it by `patterns.portable` (its `\\p{L}`
    written out as thousands of ranges, slow to parse): a class is no literal either way."""
    if _parser is None or not isinstance(compiled, re.Pattern):
        return None
    if not isinstance(compiled.pattern, str) or compiled.flags & re.LOCALE:
        return None
    text = compiled.pattern
    if source is not None and source != text:
        text = _property().sub(_stand_in, source)
    try:
        tree = _parser.parse(text, compiled.flags)
    except Exception:  # any parser surprise just means no prefilter
        return None
    found = _needs(list(tree))
    if not found or any(not s for s in found):
        return None
    return tuple(sorted(found))


@functools.cache
def _property() -> re.Pattern:
    """`\\p{L}` or `\\P{L}`, its backslash not itself escaped."""
    from . import patterns

    return patterns.compile(r"(?<!\\)((?:\\\\)*)\\([pP])\{\w+\}")


def _stand_in(m: re.Match) -> str:
    return m.group(1) + ("\\w" if m.group(2) == "p" else "\\W")  # a class, as a class


# Stories a pattern runs on before its literals are worked out: reading a parse tree costs
# 0.1-1 ms, more than the prefilter saves on one story, so a run of a few stories (a
# pre-commit hook) never pays it and a corpus pays it once.
SETTLE_AFTER = 8


@identity.by_identity()  # re hashes a pattern's whole program on every lookup: 7 µs at worst
def _settling(compiled: re.Pattern, source: str | None) -> list:
    return [0, None]  # the pattern's calls so far, and `needed` once settled


def needed_once_settled(compiled: re.Pattern, source: str | None = None) -> tuple[str, ...] | None:
    """`needed`, but None for the pattern's first SETTLE_AFTER calls in this process."""
    state = _settling(compiled, source)
    if state[0] < SETTLE_AFTER:
        state[0] += 1
        return None
    if state[0] == SETTLE_AFTER:
        state[1] = needed(compiled, source)
        state[0] += 1
    return state[1]


def _score(found: frozenset[str]) -> tuple[int, int]:
    return min(len(s) for s in found), -len(found)


def _members(items: list) -> frozenset[str] | None:
    """A class of a few listed characters (`[|›»]`, `[\\u200b-\\u200d]`) as its folded members."""
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _FEW:
            chars.extend(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None  # a negated class, a category or a wide range: nearly any character
        if len(chars) > _FEW:
            return None
    found = {folded(c) for c in chars}
    return None if None in found else frozenset(found)


def _needs(items: list) -> frozenset[str] | None:
    """Every match of the sequence `items` contains one of these (folded) strings."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and all(found) and (best is None or _score(found) > _score(best)):
            best = found

    def end_run() -> None:
        if run:
            literal = folded("".join(run))
            consider(frozenset([literal]) if literal is not None else None)
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _TRANSPARENT:
            continue
        end_run()
        if op is _c.SUBPATTERN:
            consider(_needs(list(av[-1])))
        elif op is _c.ATOMIC_GROUP:
            consider(_needs(list(av)))
        elif op in _REPEATS and av[0] >= 1:
            consider(_needs(list(av[2])))
        elif op is _c.IN:
            consider(_members(av))
        elif op is _c.BRANCH:
            branches = [_needs(list(b)) for b in av[1]]
            if all(branches):
                consider(frozenset().union(*branches))
    end_run()
    return best
