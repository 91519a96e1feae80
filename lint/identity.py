"""A cache keyed by an argument's identity, for arguments that cost more to hash than the
work they stand for, asked about again for every story.

`functools.lru_cache` hashes its arguments on every call. A compiled pattern's hash is not
stored: re hashes the pattern's whole compiled program each time (7 µs for the 50 KB
program of the headline-shaped line pattern), and a tuple hashes every phrase of a lexicon.
A rule's params, its lexicon and its compiled pattern are made once per run and looked up
again for every story, so the checks that keep something per pattern or per lexicon paid
for those hashes on every story: about 50 µs of a story's 3.4 ms.

`by_identity` caches a function by the `id` of each of its arguments. Each entry holds the
arguments themselves, so no object can be freed and its id given to another while the entry
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

F = TypeVar("F", bound=Callable)


def by_identity(maxsize: int = 512) -> Callable[[F], F]:
    def decorate(function: F) -> F:
        entries: dict[tuple[int, ...], tuple[tuple, object]] = {}

        @functools.wraps(function)
        def cached(*arguments):
            key = tuple(map(id, arguments))
            entry = entries.get(key)
            if entry is not None:
                return entry[1]
            result = function(*arguments)
            if len(entries) >= maxsize:
                entries.clear()
            entries[key] = (arguments, result)
            return result

        cached.cache_clear = entries.clear  # type: ignore[attr-defined]
        return cached  # type: ignore[return-value]

    return decorate
