"""cross-source-variant: one name spelled differently across reports of one event.

Run by `newslint compare` and by `newslint check` against a story's `sources:`. Spellings are
compared with spelling-variant's tests (newslint.extract.names: consonant skeleton and edit
distance; aliases, derived words and two real places never count). The spelling fewer
documents use is flagged, once per document, pointing at a document that uses the other.

Example (fail): one report writes `Sergey Lavrov said`, another `Sergei Lavrov said`.
Example (pass): one report writes `Islamic State`, another `ISIS`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import names
from ..finding import Hit, outermost
from ..records import Record

KIND = "cross-source-variant"
SCOPE = "set"
ARGS = ("variant", "spelling", "documents")


class Params(Record):
    min_length: int = 5


def check_set(docs: list[Document], params: Params) -> Iterator[tuple[int, Hit]]:
    by_skeleton: dict[str, dict[str, list[tuple[int, names.Spelling]]]] = {}
    for index, doc in enumerate(docs):
        for spelling in names.spellings(doc):
            if spelling.mid_sentence and len(names.skeleton(spelling.text)) >= 2:
                group = by_skeleton.setdefault(names.skeleton(spelling.text), {})
                group.setdefault(spelling.text, []).append((index, spelling))
    hits: dict[int, list[Hit]] = {}
    for group in by_skeleton.values():
        if len(group) < 2:
            continue
        ranked = sorted(group.items(), key=lambda kv: (-len({i for i, _ in kv[1]}), kv[1][0][0]))
        text, users = ranked[0]
        for other, others in ranked[1:]:
            if not names.variants(users[0][1], others[0][1], params.min_length, established=10**6):
                continue
            if {i for i, _ in others} <= {i for i, _ in users}:
                continue  # every document using it also uses the majority: spelling-variant's
            first_doc, first = users[0]
            start, end = first.occurrences[0]
            for index, spelling in others:
                s, e = spelling.occurrences[0]
                args = {"variant": other, "spelling": text, "documents": len({i for i, _ in users})}
                related = ((start, end, f"spelled '{text}' here", docs[first_doc]),)
                hits.setdefault(index, []).append(Hit(s, e, args, related=related))
    for index, found in sorted(hits.items()):
        for hit in outermost(found):  # "Sergei Lavrov", not also "Sergei"
            yield index, hit
