"""The claim model: every count a story states, as a journalist would name its parts, extracted
once per document and shared by every numbers check (in-story and across sources).

A count claim is:

- a quantity as an interval (`low`–`high`) with its qualifier: exact, "at least", "more than",
  "about", "up to", "nearly", ranges, spelled numbers, vague amounts ("dozens");
- a measure: `killed` (killed, dead, died, deaths, death toll, fatalities, victims, bodies),
  `wounded` (injured, wounded, hurt), `missing`, or `casualties` (killed or wounded);
- a group ("people", "children", "police officers" = "officers", "fighters", an animal) with
  its side words ("Syrian", "American"), and a scope: the `total`, or a `subset` of a total
  named beside it ("including 10 children", "two of the dead");
- an event: None for the story's own event, or what sets it apart ("year 2016", "last year",
  "previous", "cumulative"); and whether it is an `update` ("rose to", "as of Friday", "later");
- its source (who says so), and where it sits: `title` (front matter), `headline`, `lede`
  (the first two paragraphs of copy), `body`, `quote` or `caption`.

Zero claims ("no one was hurt", "no immediate reports of casualties") are claims with the
interval 0–0. Counts come from the casualty extractor (newslint.extract.casualties); this
module turns them into claims, adds the title's, and answers the questions the checks ask:
which claims conflict, which tell one figure with qualifiers that say different things, and
which update an earlier toll. Vocabulary: rules/tables/casualties.yaml, numbers.yaml.
"""

from __future__ import annotations

import functools
import re

from .. import patterns
from ..records import Record
from . import attribution, cached, casualties, dates, numbers, tables

_LEDE_PARAGRAPHS = 2


class Claim(Record):
    start: int  # offsets into Document.text (a title claim points into the front matter)
    end: int
    text: str
    low: float
    high: float
    value: float
    qualifier: str
    measure: str  # killed, wounded, missing, casualties
    group: casualties.Group
    scope: str  # total, subset
    event: str | None
    update: bool
    source: attribution.Source | None
    where: str  # title, headline, lede, body, quote, caption
    sentence: int  # index into Document.sentences (-1 for the title)
    hedged: bool = False
    event_noun: str | None = None  # "fire", "strike": what the story calls the event

    @property
    def quoted(self) -> bool:
        return self.where == "quote"

    @property
    def zero(self) -> bool:
        return self.high == 0

    def __str__(self) -> str:
        group = self.group.cls or "people"
        sides = "/".join(sorted(self.group.sides))
        return f"'{self.text}' {self.measure} ({sides + ' ' if sides else ''}{group})"


# -- building claims --------------------------------------------------------------------------


def claims(doc) -> list[Claim]:
    """Every count claim of the document, the title's first, then in order."""
    return cached(doc, "claims", lambda: _build(doc))


def _build(doc) -> list[Claim]:
    lede_end = _lede_end(doc)
    captions: dict[int, bool] = {}  # line index -> a caption line (each line read once)
    out = [_claim(doc, m, _where(doc, m, lede_end, captions)) for m in casualties.mentions(doc)]
    return _title_claims(doc) + out


def _lede_end(doc) -> int:
    """Offset where the lede ends: after the first two paragraphs of copy (not headlines)."""
    copy = [p for p in doc.paragraphs if not p.is_headline and doc.prose[p.start : p.end].strip()]
    if not copy:
        return 0
    return copy[min(_LEDE_PARAGRAPHS, len(copy)) - 1].end


def _where(doc, m: casualties.Mention, lede_end: int, captions: dict[int, bool]) -> str:
    if m.quoted:
        return "quote"
    if doc.in_headline(m.start):
        return "headline"
    if dates.on_caption_line(doc, m.start, captions):
        return "caption"
    return "lede" if m.start < lede_end else "body"


def _claim(doc, m: casualties.Mention, where: str, shift: int = 0) -> Claim:
    return Claim(
        start=m.start + shift,
        end=m.end + shift,
        text=" ".join(m.text.split()),
        low=m.low,
        high=m.high,
        value=m.value,
        qualifier=m.qualifier,
        measure=m.outcome,
        group=m.group,
        scope="subset" if m.part else "total",
        event=m.event,
        update=m.update,
        source=m.source,
        where=where,
        sentence=m.sentence if shift == 0 else -1,
        hedged=m.hedged,
        event_noun=_event_noun(doc, m) if shift == 0 else None,
    )


@functools.cache
def _event_words() -> re.Pattern:
    return patterns.compile(rf"\b(?:{tables.alternation(tables.words('dates', 'events'))})\b", re.I)


def _event_noun(doc, m: casualties.Mention) -> str | None:
    sentence = doc.sentences[m.sentence] if 0 <= m.sentence < len(doc.sentences) else None
    if sentence is None:
        return None
    found = _event_words().search(doc.prose, sentence.start, sentence.end)
    return found.group(0).lower() if found else None


def _title_claims(doc) -> list[Claim]:
    """The front-matter title's claims, pointing at the title in the file."""
    title = doc.title
    if not title or doc.front_matter is None:
        return []
    from ..document import Document

    at = doc.text.find(title, 0, doc.front_matter.end)
    if at == -1:
        return []
    sub = Document(title, doc.path)
    sub.reference_date = doc.date
    return [_claim(sub, m, "title", shift=at) for m in casualties.mentions(sub)]


# -- questions the checks ask -----------------------------------------------------------------


def same_event(a: Claim, b: Claim) -> bool:
    """Both about one event, neither an update of a toll."""
    if a.event != b.event or a.update or b.update:
        return False
    # In one sentence, two figures are contrasted on purpose, except a part and its total
    # ("12 killed, including 15 children" is wrong however it is read).
    return a.sentence != b.sentence or -1 in (a.sentence, b.sentence) or a.scope != b.scope


def same_measure(a: Claim, b: Claim) -> bool:
    """The same count, or one that bounds the other ("casualties" are the killed and hurt)."""
    if a.measure == b.measure:
        return True
    return {a.measure, b.measure} in ({"casualties", "killed"}, {"casualties", "wounded"})


def conflict(a: Claim, b: Claim) -> bool:
    """Whether two claims of one event cannot both be true: same measure and group with
    intervals that do not meet, or a group's count larger than a total that contains it, or a
    killed or wounded count larger than the casualties. A subset beside its total never is."""
    if not same_measure(a, b):
        return False
    if a.scope == "subset" or b.scope == "subset":
        return _subset_conflict(a, b)
    if a.measure != b.measure:  # casualties bound the killed and the wounded
        bound, part = (a, b) if a.measure == "casualties" else (b, a)
        return bound.group.contains(part.group) and part.low > bound.high
    if a.group.same_as(b.group) and a.group.generic == b.group.generic:
        return a.high < b.low or b.high < a.low
    return (a.group.contains(b.group) and b.low > a.high) or (
        b.group.contains(a.group) and a.low > b.high
    )


def _subset_conflict(a: Claim, b: Claim) -> bool:
    """A part of a total ("including 10 children", "five of the dead") conflicts only with a
    claim it cannot fit inside (a total smaller than the part), or with another part of the
    same named group that cannot be the same count."""
    if a.scope == b.scope == "subset":
        if a.group.generic or b.group.generic or not a.group.same_as(b.group):
            return False
        return a.measure == b.measure and (a.high < b.low or b.high < a.low)
    part, other = (a, b) if a.scope == "subset" else (b, a)
    if other.group.contains(part.group):
        return part.low > other.high
    return False


def close_enough(a: Claim, b: Claim, max_ratio: float) -> bool:
    """Near enough to be one figure told twice, not two different counts; a zero against any
    figure always is."""
    low, high = (a, b) if a.high < b.low else (b, a)
    return low.high == 0 or high.low <= max_ratio * low.high


_HEDGED = frozenset(["about", "above", "at-least", "nearly", "at-most", "below"])


def qualifier_drift(a: Claim, b: Claim) -> bool:
    """One figure told with qualifiers that say different things, its intervals still meeting
    (else it is a conflict): "more than 100" against "about 100" or "100", "about 100" against
    "at least 100", "at least 100" against "up to 100"."""
    sides = numbers.SIDES
    if a.value != b.value or a.qualifier not in sides or b.qualifier not in sides:
        return False
    if a.measure != b.measure or not related_groups(a, b):
        return False
    if not (a.low <= b.high and b.low <= a.high):
        return False
    first, second = sides[a.qualifier], sides[b.qualifier]
    if not first & second:
        return True
    return a.qualifier in _HEDGED and b.qualifier in _HEDGED and first != second


def related_groups(a: Claim, b: Claim) -> bool:
    """The same people, or one of them unnamed: "killed about 100" and "100 fighters"."""
    return a.group.generic or b.group.generic or a.group.same_as(b.group)


def sources_differ(a: Claim, b: Claim) -> bool:
    """Two different named sources, or a figure inside a direct quotation: a disagreement the
    story reports, not the writer's own contradiction."""
    if a.quoted != b.quoted:
        return True
    sa, sb = a.source, b.source
    return bool(sa and sb and sa.named and sb.named and sa.key != sb.key)


def updated(a: Claim, b: Claim) -> bool:
    """`b` updates `a`'s toll: the same measure and group of one event, `b` marked as an
    update ("rose to", "as of Friday"), and a different figure."""
    if a.event != b.event or not b.update or a.update or "subset" in (a.scope, b.scope):
        return False
    if a.measure != b.measure or not related_groups(a, b):
        return False
    return a.high < b.low or b.high < a.low


MAX_DISTINCT = 64  # earlier claims a later one is compared with: every distinct one, up to this


def with_earlier(found: list[Claim]):
    """Each claim with the earlier ones it should be compared with: one per distinct figure
    (interval, qualifier, measure, group, scope, event, source), at most MAX_DISTINCT of them.
    A story restating one toll forty times is compared forty times, not 1,600, and a hostile
    file of 100,000 figures stays linear."""
    kept: dict[tuple, list[Claim]] = {}
    for later in found:
        yield later, [c for group in kept.values() for c in group]
        key = (later.low, later.high, later.qualifier, later.measure, later.group, later.event)
        key += (later.where == "quote", later.source.key if later.source else None)
        key += (later.scope, later.update)
        same = kept.get(key)
        if same is None and len(kept) < MAX_DISTINCT:
            kept[key] = [later]
        elif same is not None and len(same) == 1 and same[0].sentence != later.sentence:
            same.append(later)  # a second sentence, for comparisons with the first's sentence


def describe_event(a: Claim, b: Claim) -> str:
    """ "the fire's dead", "the injured": what the two claims count, for a message."""
    measure = {"killed": "dead", "wounded": "injured", "missing": "missing"}.get(
        a.measure if a.measure == b.measure else "casualties", "casualties"
    )
    noun = a.event_noun or b.event_noun
    return f"the {noun}'s {measure}" if noun else f"the {measure}"
