"""SortedNames: a large set of names read straight from the sorted string it ships as."""

from __future__ import annotations


class SortedNames:
    """A set of names kept as the one sorted, newline-separated string they ship as:
    membership is a binary search over the string itself, so loading costs reading it and
    nothing more. The gazetteer's 170,000 names as a frozenset cost ~25 MB and ~30 ms to
    build; this way they cost the 2 MB string, and a look-up a few microseconds.

    `settle_after=n` turns the string into a frozenset at the n-th look-up: for a list small
    enough to keep as a set (the 12,700 ordinary words, ~2.5 ms to build) that a corpus asks
    thousands of times, while one story asks it a few dozen times."""

    def __init__(self, joined: str, settle_after: int | None = None):
        self.text = joined
        self._left = settle_after
        self._settled: frozenset[str] | None = None

    def __len__(self) -> int:
        return self.text.count("\n") + 1 if self.text else 0

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str) or not name or "\n" in name:
            return False
        if self._settled is not None:
            return name in self._settled
        if self._left is not None:
            self._left -= 1
            if self._left < 0:
                self._settled = frozenset(self.text.split("\n")) - {""}
                return name in self._settled
        text = self.text
        low, high = 0, len(text)  # both always at the start of a line (or the end)
        while low < high:
            start = max(text.rfind("\n", low, (low + high) // 2) + 1, low)
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            line = text[start:end]
            if line == name:
                return True
            if line < name:
                low = end + 1
            else:
                high = start
        return False
