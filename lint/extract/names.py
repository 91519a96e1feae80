"""Proper names as a story spells them, and the keys that tell spellings of one name apart.

A name is a run of capitalised words, with lower-case particles inside ("Deir ez-Zor", "Bashar
al-Assad"). Each spelling is compared through two keys:

- `fold`: lower case, diacritics dropped, the Arabic article's forms ("al", "el", "ez"…) and
  every space, hyphen and apostrophe removed — "Deir ez-Zour" → "deirzour", "Malmö" → "malmo";
- `skeleton`: the fold without vowels (y counts as one), doubled letters made single, and c, g,
  k, q written alike — "Hizbollah" and "Hizballah" → "hzblh", "Qaddafi" and "Gaddafi" → "kdf",
  "Sergey" and "Sergei" → "srk".

Two spellings are variants when their skeletons match and their folds are within a small
edit distance. Particles, aliases and non-names are data: rules/tables/names.yaml.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from .. import patterns
from ..records import Record
from . import cached, tables, words

_VOWELS = str.maketrans("", "", "aeiouy")
_HARD_K = str.maketrans("cqg", "kkk")  # Qaddafi, Gaddafi, Kadhafi


class NameForm(Record):
    start: int
    end: int
    text: str  # as written, whitespace normalised
    sentence_start: bool  # the run starts a sentence (a capital there proves nothing)


class _Grammar(Record):
    run: re.Pattern
    articles: re.Pattern
    aliases: dict[str, int]  # folded alias -> group number
    not_names: frozenset[str]
    common: frozenset[str]
    endings: tuple[str, ...]


_CAPITAL = "[A-ZÀ-ÖØ-Þ]"


@functools.cache
def grammar() -> _Grammar:
    t = "names"
    particles = tables.alternation(tables.words(t, "particles"))
    word = rf"{_CAPITAL}[\w'’]*(?:-[A-Za-zÀ-ÿ][\w'’]*)*"
    run = rf"{word}(?:[ \t]+(?:(?:{particles})[- ])?{word}|(?:[ \t]+|-)(?:{particles})-{word})*"
    articles = tables.alternation(tables.words(t, "articles"))
    aliases = {}
    for group, forms in enumerate(tables.load(t)["aliases"]):
        for form in forms:
            aliases[fold(str(form), keep_articles=True)] = group
    return _Grammar(
        # the capital first, then what may not stand before it: re skips to the next capital
        run=patterns.compile(rf"{_CAPITAL}(?<![\w'’-].){run[len(_CAPITAL) :]}(?![\w'’])"),
        articles=patterns.compile(rf"(?:^|(?<=[\s-]))(?:{articles})[- ](?=\w)", re.I),
        aliases=aliases,
        not_names=frozenset(tables.words(t, "not-names")),
        common=frozenset(tables.words(t, "common-words")),
        endings=tables.words(t, "derived-endings"),
    )


_NOT_LETTER = patterns.compile(r"[^a-z0-9]")
_DOUBLED = patterns.compile(r"(.)\1+")


def _strip_accents(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 16)  # names repeat within and across stories
def fold(text: str, keep_articles: bool = False) -> str:
    """Lower case, no diacritics, no Arabic article, no spaces, hyphens or apostrophes."""
    text = _strip_accents(text)
    if not keep_articles:
        text = grammar().articles.sub("", text)
    return _NOT_LETTER.sub("", text.lower())


@functools.lru_cache(maxsize=1 << 16)
def skeleton(text: str) -> str:
    """The consonant outline of a name: "Hizballah" and "Hizbollah" → "hzblh"."""
    outline = fold(text).translate(_HARD_K).translate(_VOWELS)
    if _DOUBLED.search(outline) is None:
        return outline
    # `_DOUBLED.sub(r"\1", …)`, which costs a call into Python's re module for its template:
    # a folded name is letters and digits only, so its runs are groupby's groups
    return "".join(char for char, _ in itertools.groupby(outline))


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, stopping early once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def damerau_one(a: str, b: str) -> bool:
    """Exactly one edit apart: a letter dropped, added or changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]  # one letter added (or doubled)
    if a[i + 1 :] == b[i + 1 :]:
        return True  # one letter changed
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]


def derived_from(word: str, name: str) -> bool:
    """`word` is `name` plus an ending that makes a related word: "Rwandan" from "Rwanda",
    "Iraqi" from "Iraq" (but "Nigera" is not from "Nigeria", nor "Nigeriia")."""
    fw, fn = fold(word), fold(name)
    return fw != fn and fw.startswith(fn) and fw[len(fn) :] in grammar().endings


def related_words(a: str, b: str) -> bool:
    """Different words that look alike: a name and its derived form ("Iraq", "Iraqi"), or two
    names that differ in a common word ("Russian Ministry", "Russian Minister")."""
    g = grammar()
    if _compound_of(a, b) or _compound_of(b, a):
        return True  # "Turkey-EU" and "Turkey", "U-Carmen" and "Carmen"
    fa, fb = fold(a), fold(b)
    shared = next(
        (i for i, (x, y) in enumerate(zip(fa, fb, strict=False)) if x != y), min(len(fa), len(fb))
    )
    endings = (*g.endings, "")
    if fa != fb and shared >= 4 and fa[shared:] in endings and fb[shared:] in endings:
        return True  # "Iraq"/"Iraqi", "Germany"/"German", "Ukraine"/"Ukrainian"
    words_a, words_b = a.lower().split(), b.lower().split()
    differing = [(x, y) for x, y in zip(words_a, words_b, strict=False) if x != y]
    if any(min(len(x), len(y)) <= 2 for x, y in differing):
        return True  # "H Luscombe"/"Hal Luscombe", "Ma Bergamasco"/"Mi Bergamasco": initials
    if len(words_a) > 1 and all(
        words.is_ordinary(x) and words.is_ordinary(y) for x, y in differing
    ):
        return True  # "Air India"/"Aero India": two words of English, two names
    return any(x in g.common or y in g.common for x, y in differing)


def close(a: str, b: str) -> bool:
    """Folded spellings near enough to be one name: one letter apart up to six letters, two up
    to eight, three beyond ("Deir Ezzor"/"Deir ez-Zour"); more than one only when they start
    alike ("Qaddafi"/"Gaddafi" yes, "Roland"/"Ireland" no)."""
    fa, fb = fold(a), fold(b)
    if damerau_one(fa, fb):
        return True  # one letter dropped, added, changed, or two swapped ("Lisobn"/"Lisbon")
    longest = max(len(fa), len(fb))
    limit = 1 if longest <= 6 else 2 if longest <= 8 else 3
    distance = edit_distance(fa, fb, limit)
    return distance <= limit and (distance <= 1 or fa[:1] == fb[:1])


_PIECE_BREAK = patterns.compile(r"[-\s]")
_NUMERAL = patterns.compile(r"[- ][IVX]+")  # "Kim Jong-un", "Elizabeth II"


def _compound_of(whole: str, part: str) -> bool:
    pieces = _PIECE_BREAK.split(whole)
    return (len(pieces) > 1 and part in pieces) or (
        whole.startswith(part) and _NUMERAL.fullmatch(whole, len(part)) is not None
    )


def same_letters(a: str, b: str) -> bool:
    """Spellings that differ only in case or apostrophes ("HOUSTON", "New Years"): typography,
    not spelling. Diacritics ("Malmö", "Malmo") are a spelling difference."""
    return re.sub(r"['’]", "", a.lower()) == re.sub(r"['’]", "", b.lower())


def variants(a: Spelling, b: Spelling, min_length: int, established: int) -> bool:
    """Whether two spellings in use are one name written two ways (see the module docstring);
    aliases, derived words, typography-only differences, two people (different neighbours),
    two established names and two real places (Niger, Nigeria) are not."""
    fa, fb = a.folded, b.folded
    if min(len(fa), len(fb)) < min_length or aliases_of(a.text, b.text):
        return False
    if len(a.text.split()) != len(b.text.split()) or related_words(a.text, b.text):
        return False  # "SE Syria" and "Syria"; "Iraq" and "Iraqi"; "Minister" and "Ministry"
    if same_letters(a.text, b.text) or a.text.isupper() or b.text.isupper():
        return False  # "HOUSTON" and "Houston", "New Years" and "New Year's": typography
    if fa == fb:  # diacritics or the article differ: "Malmö"/"Malmo" yes, "al-Assad"/"Assad" no
        return fold(a.text, True) == fold(b.text, True)
    if not close(a.text, b.text):
        return False
    if a.neighbours and b.neighbours and not a.neighbours & b.neighbours:
        return False  # "Mario Ancic" and "Maria Sharapova": two people
    if min(len(a.occurrences), len(b.occurrences)) >= established:
        return False
    from . import gazetteer  # loaded only when a pair gets this far

    known = gazetteer.known()
    if fa in known and fb in known:
        return False  # two real places: Niger and Nigeria
    place = fa in known or fb in known
    both_names = name_like(a, known) and name_like(b, known)
    ordinary = words.is_ordinary(a.text) or words.is_ordinary(b.text)
    if not both_names and (not place or ordinary):
        return False  # "Dating"/"Dahaka": not two names; but a place's typo may start a sentence
    return place or not (
        (words.well_known_name(a.text) or words.well_known_name(b.text))
        and not (a.neighbours & b.neighbours)
        and edit_distance(fa, fb, 2) >= 2
    )  # "Ronaldo" beside "Rinaldi": a famous name two letters off a rarer one is another name


def name_like(spelling: Spelling, known) -> bool:
    """A spelling that is surely a name: a place the gazetteer knows, or a word written with a
    capital mid-sentence that is not an ordinary English word ("Later", "Foundation")."""
    if spelling.folded in known:
        return True
    return spelling.mid_sentence and not words.is_ordinary(spelling.text)


def looks_right(spelling: Spelling, known=None) -> bool:
    """A spelling made of real words: a place the gazetteer knows, or English words ("Mars
    Reconnaissance"). A typo rarely is one, so between two variants this is the spelling to
    keep, whatever the counts say. (People's names are left to the counts: "Anderson" is as
    real a name as "Andersen".)"""
    if known is not None and spelling.folded in known:
        return True
    return words.is_ordinary(spelling.text)


def in_a_list(doc, spelling: Spelling) -> bool:
    """Team sheets and results tables ("Bell, Doherty; McMullen, Dickens; ...") list many
    people with similar names; a spelling used only in such lines (five items or more, most of
    them one to three words) is left alone."""
    for start, _ in spelling.occurrences:
        line = doc.lines[doc.position(start)[0] - 1]
        items = [i.split() for i in re.split(r"[,;]", line.text.strip().rstrip("."))]
        short = sum(1 for i in items if 0 < len(i) <= 3)
        if len(items) < 5 or short < 0.75 * len(items):
            return False
    return True


def aliases_of(a: str, b: str) -> bool:
    g = grammar()
    ga, gb = g.aliases.get(fold(a, True)), g.aliases.get(fold(b, True))
    return ga is not None and ga == gb


def forms(doc) -> list[NameForm]:
    """Every run of capitalised words in the story's prose, in order."""

    def build():
        g = grammar()
        text = doc.prose
        sentence_starts = {s.start for s in doc.sentences}
        out = []
        for m in g.run.finditer(text):
            words = m.group(0).split()
            start = m.start()
            while words and words[0] in g.not_names:  # "The Deir Ezzor ..." → "Deir Ezzor"
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
                words = words[1:]
            if not words:
                continue
            out.append(NameForm(start, m.end(), " ".join(words), start in sentence_starts))
        return out

    return cached(doc, "names", build)


# -- the spellings a story uses ----------------------------------------------------------------


class Spelling(Record):
    text: str
    occurrences: tuple[tuple[int, int], ...]  # spans, in order
    mid_sentence: bool  # written at least once away from a sentence start (so surely a name)
    alone: bool  # written at least once as a whole name, not only inside a longer one
    neighbours: frozenset[str] = frozenset()  # words it is written next to ("Mario" → "Ancic")

    @property
    def folded(self) -> str:
        return fold(self.text)


def spellings(doc) -> list[Spelling]:
    """Every name spelling in the story — whole runs, their single words and word pairs — with
    where each occurs. "Deir ez-Zor Governorate" yields "Deir ez-Zor Governorate", "Deir ez-Zor",
    "ez-Zor Governorate", "Deir", "ez-Zor" and "Governorate", so a spelling inside a longer
    name still meets the same name written alone."""

    def build():
        text = doc.prose
        found: dict[str, list] = {}
        g = grammar()
        not_names = g.not_names
        for form in forms(doc):
            if " " not in form.text:  # most names are one word: one unit, no neighbours
                unit = _without_possessive(form.text)
                if unit not in not_names:
                    entry = found.get(unit) or found.setdefault(unit, [[], False, False, set()])
                    entry[0].append((form.start, form.start + len(unit)))
                    entry[1] = entry[1] or not form.sentence_start
                    entry[2] = entry[2] or unit == form.text
                continue
            words = form.text.split()
            for unit, start, end in _units(text, form):
                if unit in not_names:
                    continue
                entry = found.get(unit) or found.setdefault(unit, [[], False, False, set()])
                entry[0].append((start, end))
                entry[1] = entry[1] or not (form.sentence_start and start == form.start)
                entry[2] = entry[2] or unit == form.text
                if " " not in unit and unit in words:  # the words beside it
                    at = words.index(unit)
                    entry[3].update(w for w in words[max(0, at - 1) : at + 2] if w != unit)
        return [
            Spelling(t, tuple(spans), mid, alone, frozenset(near))
            for t, (spans, mid, alone, near) in found.items()
        ]

    return cached(doc, "name-spellings", build)


_UNIT_WORD = patterns.compile(r"(?:(?:[a-z]{1,4})[- ])?[^\s]+")


def _units(text: str, form: NameForm) -> list[tuple[str, int, int]]:
    if " " not in form.text:  # most names are one word: no pairs to make
        word = _without_possessive(form.text)
        return [(word, form.start, form.start + len(word))]
    words = [
        (m.group(0), form.start + m.start())
        for m in _UNIT_WORD.finditer(text[form.start : form.end])
    ]
    bare = [_without_possessive(w) for w, _ in words]
    units = []
    for size in (1, 2, len(words)):
        if size > len(words):
            continue
        for i in range(len(words) - size + 1):
            end = words[i + size - 1][1] + len(bare[i + size - 1])  # the possessive left out
            units.append((" ".join(bare[i : i + size]), words[i][1], end))
    return list(dict.fromkeys(units))


def _without_possessive(word: str) -> str:
    """ "Assad's" → "Assad", "Reuters'" → "Reuters"."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word
