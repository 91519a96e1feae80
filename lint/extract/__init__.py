"""Facts pulled from a Document once and shared by every check: quantities, units, casualty
mentions, figures and attributions. Each extractor caches its result on the document, so two
rules reading the same facts never scan the text twice. Patterns are compiled with the stdlib
`re`, not `regex`: it compiles these long alternations several times faster (start-up is most of
a pre-commit run) and matches them faster too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def cached(doc, key: str, build: Callable[[], T]) -> T:
    """`build()` once per document; later calls return the same object."""
    store = doc.facts
    if key not in store:
        store[key] = build()
    return store[key]
