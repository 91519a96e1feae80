"""Ordinary English words: the words that are never names, however they are capitalised.

"Dating", "Changing", "Foundation" and "Protesters" start sentences and headlines; they are not
places or people gone wrong. The list is derived when the package is made (newslint.derived)
from wordfreq's English frequencies: every word at or above `MIN_ZIPF` (about the 25,000 most
common words, a few times per million words of text). Some of them are also names ("Paris",
"Smith"); the names checks ask the gazetteer first, so a known place is still a name. The list
ships as one string in lint/derived/words.json and is loaded on first use (a few ms).
"""

from __future__ import annotations

import functools

from .. import derived

MIN_ZIPF = 3.5


@functools.cache
def ordinary() -> frozenset[str]:
    found = derived.data("words")
    if isinstance(found, dict) and isinstance(found.get("words"), str):
        return frozenset(found["words"].split("\n"))
    return frozenset(derive()["data"]["words"].split("\n"))  # a checkout without derived data


def is_ordinary(text: str) -> bool:
    """Every word of `text` is an ordinary English word ("Later", "Real Estate")."""
    words = text.lower().replace("’", "'").split()
    common = ordinary()
    return bool(words) and all(w.strip(".,'") in common for w in words)


def derive() -> dict:
    from importlib.metadata import version

    from wordfreq import top_n_list, zipf_frequency  # only `make derived` needs wordfreq

    top = top_n_list("en", 60000)
    kept = sorted({w for w in top if w.isalpha() and zipf_frequency(w, "en") >= MIN_ZIPF})
    return {
        "digest": derived.digest([], version("wordfreq"), MIN_ZIPF),
        "data": {"words": "\n".join(kept)},
    }
