"""Ordinary English words: the words that are never names, however they are capitalised.

"Dating", "Changing", "Foundation" and "Protesters" start sentences and headlines; they are not
places or people gone wrong. The list is derived when the package is made (newslint.derived)
from two well-kept sources, neither needed at run time:

- wordfreq's English frequencies: words at or above `MIN_ZIPF` (a few times per million words
  of text), so rare dictionary words ("wold", "tare") that are more often names stay names;
- the english-words package's dictionaries (Webster's 2nd and GCIDE), which keep the case of
  proper nouns: a frequent word counts as ordinary only when the dictionary writes it (or its
  stem: "airlines" → "airline", "changing" → "change") in lower case. "Ronaldo", "Obama" and
  "Nigeria" are frequent but never lower case, so they stay names.

The frequent words the dictionaries never write in lower case (zipf `NAME_ZIPF` or more) are
the well-known names: "Ronaldo" beside "Rinaldi" is two people, not a typo.

Some ordinary words are also names ("White", "Young", "Smith"); the names checks ask the
gazetteer first, so a known place is still a name. The list ships as one string in
lint/derived/words.json, sorted, and is read on first use (newslint.extract.sortednames).
"""

from __future__ import annotations

import functools
from collections.abc import Container

from .. import derived
from .sortednames import SortedNames

MIN_ZIPF = 3.5
NAME_ZIPF = 3.0  # names used this often are well known: "Ronaldo", "Obama"


# One story asks a few dozen times; a corpus asks thousands of times, and then a frozenset
# (~2.5 ms to build) is the faster way to answer: see SortedNames.
_SETTLE_AFTER = 256


@functools.cache
def ordinary() -> Container[str]:
    return _shipped("words")


@functools.cache
def well_known() -> Container[str]:
    return _shipped("names")


def _shipped(part: str) -> Container[str]:
    found = derived.data("words")
    if isinstance(found, dict) and isinstance(found.get(part), str):
        return SortedNames(found[part], settle_after=_SETTLE_AFTER)  # shipped sorted
    return frozenset(derive()["data"][part].split("\n"))  # a checkout without derived data


def well_known_name(text: str) -> bool:
    """A single name that English text uses often ("Ronaldo", "Obama", "Anderson"): a real
    name in its own right, so not a one-letter slip of a rarer one."""
    word = text.lower().replace("’", "'").strip(".,'")
    return " " not in word and word in well_known()


def is_ordinary(text: str) -> bool:
    """Every word of `text` is an ordinary English word ("Later", "Real Estate")."""
    words = text.lower().replace("’", "'").split()
    common = ordinary()
    return bool(words) and all(w.strip(".,'") in common for w in words)


def stems(word: str) -> list[str]:
    """The word and the forms an inflection may have come from: "airlines" → "airline",
    "changing" → "change", "dating" → "date", "protesters" → "protester", "cities" → "city"."""
    out = [word]
    for ending, restore in (
        ("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
        ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", ""),
    ):  # fmt: skip
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)] + restore
            out.append(base)
            if len(base) > 3 and base[-1] == base[-2] and not restore:
                out.append(base[:-1])  # "stopped" → "stopp" → "stop"
    return out


def derive() -> dict:
    from importlib.metadata import version

    # only `make derived` needs these two
    from english_words import get_english_words_set
    from wordfreq import top_n_list, zipf_frequency

    dictionary = get_english_words_set(["web2", "gcide"], lower=False, alpha=True)
    lower = {w for w in dictionary if w.islower()}
    top = top_n_list("en", 60000)
    kept = sorted(
        w
        for w in set(top)
        if w.isalpha() and zipf_frequency(w, "en") >= MIN_ZIPF and any(s in lower for s in stems(w))
    )
    ordinary = set(kept)
    names = sorted(
        w
        for w in set(top)
        if w.isalpha()
        and w not in ordinary
        and zipf_frequency(w, "en") >= NAME_ZIPF
        and not any(s in lower for s in stems(w))
    )
    return {
        "digest": derived.digest(
            [], version("wordfreq"), version("english-words"), MIN_ZIPF, NAME_ZIPF
        ),
        "data": {"words": "\n".join(kept), "names": "\n".join(names)},
    }
