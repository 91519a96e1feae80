"""quote-drift: the same quote worded differently, or given to different speakers, across
reports of one event.

Direct quotes (double quotation marks, at least `min-words` words) are matched across reports
by word similarity. A pair that is alike but not the same words — "We estimate more than 100
were killed" against "We estimate over 100 were killed" — is a misquote in one of them; a pair
given to two different named speakers is a misattribution. Punctuation and case are ignored,
and so are quotes that are word for word the same with the same or an unnamed speaker, and a
partial quote of a longer one. A misattribution needs two speakers written as names ("Mayor
Ann Lee", "Governor Tom Hale") with no word in common.

Example (fail): `"We will not be moved on this," the mayor said.` in one report,
`"We will never be moved on this," the mayor said.` in another.
Example (pass): the same words in both.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterator

from .. import patterns
from ..document import Document
from ..extract import attribution
from ..finding import Hit
from ..records import Record

KIND = "quote-drift"
SCOPE = "set"
ARGS = ("quote", "other", "document", "difference")

_WORDS = patterns.compile(r"[\w'’]+")


class Params(Record):
    min_words: int = 6
    similarity: float = 0.75


class _Quote(Record):
    doc: int
    start: int
    end: int
    words: tuple[str, ...]
    speaker: attribution.Source | None


def _quotes(index: int, doc: Document, min_words: int) -> list[_Quote]:
    out = []
    for q in doc.quotes:
        if not q.double:
            continue
        words = tuple(
            w.lower().replace("’", "'") for w in _WORDS.findall(doc.prose[q.start : q.end])
        )
        if len(words) < min_words:
            continue
        para = doc.paragraphs[q.paragraph]
        outside = doc.unquoted[para.start : para.end]
        lead = len(outside) - len(outside.lstrip())  # the quote itself is blanked out
        speaker = attribution.source_of(outside.strip(), para.start + lead)
        out.append(_Quote(index, q.start, q.end, words, speaker))
    return out


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    n = len(shorter)
    return any(longer[k : k + n] == shorter for k in range(len(longer) - n + 1))


def _differ(a: _Quote, b: _Quote) -> str | None:
    if a.words != b.words:
        longer, shorter = (a.words, b.words) if len(a.words) >= len(b.words) else (b.words, a.words)
        return None if _contains(longer, shorter) else "worded differently"  # a partial quote
    sa, sb = a.speaker, b.speaker
    people = sa and sb and _person(sa.text) and _person(sb.text)
    if people and not set(sa.text.split()) & set(sb.text.split()):
        return f"given to {sa.text} and to {sb.text}"
    return None


def _person(text: str) -> bool:
    """ "Ann Lee", "Mayor Ann Lee": a name, not a description the attribution reader caught."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)


def _bigrams(words: tuple[str, ...]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(words))


def _alike(a: _Quote, b: _Quote, similarity: float) -> bool:
    """difflib's ratio, after its two cheap upper bounds (lengths, then shared words)."""
    matcher = difflib.SequenceMatcher(None, a.words, b.words, autojunk=False)
    return (
        matcher.real_quick_ratio() >= similarity
        and matcher.quick_ratio() >= similarity
        and matcher.ratio() >= similarity
    )


def _candidates(quotes: list[list[_Quote]], params: Params):
    """For each quote, the earlier reports' quotes that could be alike: those sharing a word
    pair. Exact, not a heuristic: if every matching block of two word sequences is one word
    long, their ratio is at most 2/3 * (1 + 1/(la + lb)), under 0.723 for two quotes of six
    words or more. So above that threshold, alike quotes share a pair, and an index of pairs
    keeps `compare` near-linear in the number of reports instead of comparing every quote
    with every other. Below it, every earlier quote is a candidate."""
    floor = 2 / 3 * (1 + 1 / (2 * max(params.min_words, 1)))
    index: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for j, found in enumerate(quotes):
        for b in found:
            if params.similarity > floor:
                near = {hit for pair in _bigrams(b.words) for hit in index.get(pair, ())}
            else:
                near = {(i, k) for i in range(j) for k in range(len(quotes[i]))}
            yield j, b, sorted(near)
        for k, a in enumerate(found):
            for pair in _bigrams(a.words):
                index.setdefault(pair, []).append((j, k))


def check_set(docs: list[Document], params: Params) -> Iterator[tuple[int, Hit]]:
    quotes = [_quotes(i, doc, params.min_words) for i, doc in enumerate(docs)]
    for j, b, near in _candidates(quotes, params):
        by_report: dict[int, list[int]] = {}
        for i, k in near:
            by_report.setdefault(i, []).append(k)
        for i, ks in by_report.items():
            match = None
            for a in (quotes[i][k] for k in ks):
                if _alike(a, b, params.similarity) and (difference := _differ(a, b)):
                    match = (a, difference)
                    break
            if match:
                a, difference = match
                yield (
                    j,
                    Hit(
                        b.start,
                        b.end,
                        {
                            "quote": docs[j].prose[b.start : b.end],
                            "other": docs[i].prose[a.start : a.end],
                            "document": docs[i].path,
                            "difference": difference,
                        },
                        related=((a.start, a.end, "the same quote here", docs[i]),),
                    ),
                )
                break
