"""orphan-quote: a paragraph that is a direct quote with no speaker.

A paragraph made mostly of a quotation needs its speaker in the paragraph ("…," she said) or
in the paragraph before it, which introduces it ("The alliance said in a statement:", "He also
said the talks had failed."). A quote that carries on from the previous paragraph (left open,
reopened) belongs to that speaker.

Example (fail): `The council met on Monday.` … `"We will not be moved on this."`
Example (pass): `The council met on Monday.` … `"We will not be moved on this," the mayor said.`
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import attribution
from ..finding import Hit
from ..records import Record

KIND = "orphan-quote"
ARGS = ("quote",)


class Params(Record):
    pass


def check(doc: Document, params: Params) -> Iterator[Hit]:
    for index, quote in attribution.quote_paragraphs(doc):
        if (
            quote.continued
            or doc.paragraphs[index].is_headline
            or doc.paragraphs[index].end - doc.paragraphs[index].start < 40
        ):
            continue  # a short quoted line is a title or slogan ("REALITY, NOT A THREAT")
        if attribution.speaker_in_paragraph(doc, index) or attribution.introduced_before(
            doc, index
        ):
            continue
        text = doc.prose[quote.start : quote.end]
        yield Hit(quote.start, quote.end, {"quote": text})
