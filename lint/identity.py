"""A cache keyed by an argument's identity, for arguments that cost more to hash than the
work they stand for, asked about again for every story.

`functools.lru_cache` hashes its arguments on every call. A compiled pattern's hash is not
stored: re hashes the pattern's whole compiled program each time (7 µs for the 50 KB
program of the headline-shaped line pattern), and a tuple hashes every phrase of a lexicon.
A rule's params, its lexicon and its compiled pattern are made once per run and looked up
again for every story, so the checks that keep something per pattern or per lexicon paid
for those hashes on every story: about 50 µs of a story's 3.4 ms.

`by_identity` caches a one-argument function by `id(argument)`. Each entry holds the
argument itself, so the object cannot be freed and its id given to another while the entry
lives. The cache is cleared when it reaches `maxsize` entries (a language server reloading
packs makes new params; old entries must not pile up).

Example:

    @identity.by_identity()
    def matcher(lexicon: Lexicon) -> re.Pattern:
        return whole_line_matcher(tuple(lexicon))
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

A = TypeVar("A")
R = TypeVar("R")


def by_identity(maxsize: int = 512) -> Callable[[Callable[[A], R]], Callable[[A], R]]:
    def decorate(function: Callable[[A], R]) -> Callable[[A], R]:
        entries: dict[int, tuple[A, R]] = {}

        @functools.wraps(function)
        def cached(argument: A) -> R:
            entry = entries.get(id(argument))
            if entry is not None and entry[0] is argument:
                return entry[1]
            result = function(argument)
            if len(entries) >= maxsize:
                entries.clear()
            entries[id(argument)] = (argument, result)
            return result

        cached.cache_clear = entries.clear  # type: ignore[attr-defined]
        return cached

    return decorate
