"""unsourced-speculation: speculation or asserted certainty with nobody standing behind it.

A sentence outside any quote that guesses ("likely", "probably", "apparently", "is believed
to", "may have") or asserts certainty or motive ("clearly intended to", "undoubtedly") and
names no source in that sentence. The hedge list is data (rules/tables/attribution.yaml, a news
subset of Hyland's hedges and boosters). Forecasts ("is likely to rise") are left alone, as are
headlines, quotes and attributed sentences, in either order ("…, officials said").

Example (fail): `Regime forces were likely attempting to take the oilfield.`
Example (pass): `Regime forces were likely attempting to take the oilfield, a US official said.`
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..document import Document
from ..extract import attribution
from ..finding import Hit

KIND = "unsourced-speculation"
ARGS = ("hedge",)


class Params(NamedTuple):
    skip_headlines: bool = True


def check(doc: Document, params: Params) -> Iterator[Hit]:
    c = attribution.cues()
    for sentence in doc.sentences:
        if params.skip_headlines and doc.in_headline(sentence.start):
            continue
        text = attribution.blank_quotes(doc, sentence.start, sentence.end)
        hedge = c.hedge.search(text)
        if hedge is None or attribution.attributed(text):
            continue
        forecast = c.forecast.search(text, max(0, hedge.start() - 12))
        if forecast and forecast.start() <= hedge.start() + 1:
            continue  # "is likely to rise": a routine forecast
        start = sentence.start + hedge.start()
        yield Hit(start, sentence.start + hedge.end(), {"hedge": hedge.group(0)})
