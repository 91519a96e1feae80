"""Word-list patterns run only at word starts (newslint.wordstarts, issue 19): the candidates
are found in the story written with every word capitalised, and each is confirmed by the whole
pattern, so the matches must be exactly the pattern's own."""

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import wordstarts
from newslint.extract import attribution, casualties, dates, tables
from tests.strategies import EXAMPLES, news_text, stories


def test_initials_capitalise_each_word_and_keep_offsets():
    assert wordstarts.initials("MR WHITE said, o'clock x-ray 3rd") == (
        "Mr White Said, O'Clock X-Ray 3Rd"
    )
    text = "“Reported” — killed…"
    assert wordstarts.initials(text) == "“Reported” — Killed…"


@pytest.mark.parametrize(
    "text",
    [
        "İzmir said",  # lower-casing makes "İ" two characters
        "\u24b6said",  # a circled letter is cased but no part of a word: "said" starts a word
        "\U0001f130said",  # a squared letter, the same
        "x\u0345said",  # the combining iota subscript, the same
    ],
)
def test_initials_give_up_where_a_word_could_start_unmarked(text):
    assert wordstarts.initials(text) is None
    found = tables.word_list(("said",))
    assert [m.span() for m in found.finditer(text)] == [
        m.span() for m in found.compiled.finditer(text)
    ]


def test_a_list_that_is_not_plain_ascii_runs_as_written():
    compiled = re.compile(r"(?:café|said)\b")
    assert wordstarts.opening(compiled, ("café", "said")) is compiled
    assert wordstarts.opening(compiled, ("#tag",)) is compiled


def test_matches_are_the_patterns_own_at_awkward_word_edges():
    """Candidates after a digit, an underscore, an apostrophe or a hyphen are not word starts
    to the pattern; a long s and the Kelvin sign still match under IGNORECASE."""
    said = tables.word_list(("said", "says", "ask"), fold=True)
    text = "3said _said don'tsaid x-said Said SAID \u017faid \u017fay\u017f as\u212a \u00e9said saids ask."
    got = [m.span() for m in said.finditer(text)]
    assert got == [m.span() for m in said.compiled.finditer(text)]
    assert len(got) == 7  # x-said, Said, SAID, two with long s, the Kelvin k, ask; not "saids"


def _shipped_lists() -> list:
    a, c, d = attribution.cues(), casualties.grammar(), dates.grammar()
    lists = [
        a.cue, a.hedge, a.forecast, a.passive, a.vague, a.role, a.titled,
        *a.surname_speaker.patterns, *a.pronoun_speaker.patterns,
        c.outcome, c.any_outcome, c.group, c.updates, c.update_verbs, c.earlier,
        c.cumulative, c.other_story,
        d.future, d.past, d.present, d.not_a_day, d.story_notes, d.captions,
    ]  # fmt: skip
    return [p for p in lists if isinstance(p, wordstarts.Opening)]


SHIPPED = _shipped_lists()


def test_the_shipped_word_lists_run_at_word_starts():
    assert len(SHIPPED) >= 10


def _agree(pattern: wordstarts.Opening, text: str, pos: int = 0, endpos: int = sys.maxsize):
    plain = pattern.compiled
    spans = [(m.span(), m.groups()) for m in pattern.finditer(text, pos, endpos)]
    assert spans == [(m.span(), m.groups()) for m in plain.finditer(text, pos, endpos)]
    first, expected = pattern.search(text, pos, endpos), plain.search(text, pos, endpos)
    assert (first and first.span()) == (expected and expected.span())


_EDGES = st.sampled_from(["", " ", "3", "_", "'", "’", "-", ".", "\n", "é", "\u24b6", "(", "“"])


@st.composite
def _planted(draw) -> str:
    """Copy with phrases from the shipped lists dropped in, in any case, at any edge."""
    pieces = []
    for _ in range(draw(st.integers(1, 12))):
        pattern = draw(st.sampled_from(SHIPPED))
        word = draw(st.sampled_from(sorted(pattern.phrases)))
        word = draw(st.sampled_from([word, word.upper(), word.title(), word.lower()]))
        tail = draw(st.sampled_from(["", " White", " he", " Mr Veale,", "s", " 12 people"]))
        pieces.append(draw(_EDGES) + word + tail + draw(_EDGES))
        pieces.append(draw(news_text(6)))
    return " ".join(pieces)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_planted(), news_text(), stories(), st.text(max_size=120)), data=st.data())
def test_matches_agree_with_the_pattern_on_random_copy(text, data):
    pattern = data.draw(st.sampled_from(SHIPPED))
    _agree(pattern, text)
    pos = data.draw(st.integers(0, len(text)))
    _agree(pattern, text, pos, data.draw(st.integers(pos, len(text) + 1)))


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_matches_agree_with_the_pattern_on_the_examples(index):
    for pattern in SHIPPED:
        _agree(pattern, EXAMPLES[index])
        _agree(pattern, EXAMPLES[index].lower())


def test_remembered_texts_stay_bounded():
    """The texts kept for the next word list are capped in number and in characters, so a
    run over many long stories does not hold them all."""
    for n in range(wordstarts._RECENT * 2):
        wordstarts.initials(f"story {n} " * 2000)
    assert len(wordstarts._recent) <= wordstarts._RECENT
    assert sum(map(len, wordstarts._recent)) <= wordstarts._RECENT_CHARS
    huge = "word " * (wordstarts._RECENT_CHARS // 4)
    assert wordstarts.initials(huge) == huge.title()
    assert huge not in wordstarts._recent


# Look-alike letters (Greek capitals, the long s) are the point of these texts.
PIECE_TEXTS = [
    "Mr White said. Officials said 12 people were killed.",
    "ΑΝΑΣΤΑΣΙΟΣ ΣΑΣ είπε. Ο ΟΔΗΓΟΣ",  # noqa: RUF001 - the final and the middle sigma at a piece's edges
    "Straße ßig über ǆungla Ǆ ﬁnal ﬁ",  # letters that title-case to two, or to a digraph
    "İstanbul İ",  # lower-casing changes the length: no initials to read from
    "x-ray o'clock 3rd ſeven Ⓐpple",  # noqa: RUF001 - the long s; a circled letter (a cased non-letter)
]


@pytest.mark.parametrize("text", PIECE_TEXTS)
def test_a_piece_has_the_initials_it_would_have_on_its_own(text):
    """Read off the whole text's initials, a piece's are exactly those it would be given
    alone, whatever it starts with; lower-cased pieces too."""
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            for piece in (text[start:end], text[start:end].lower()):
                if len(piece) != end - start:
                    continue
                wordstarts._recent.clear()
                wordstarts.remember_piece(piece, text, start)
                assert wordstarts.initials(piece) == wordstarts._marked(piece), (piece, start)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_text(), st.data())
def test_sliced_pieces_of_news_copy_keep_their_initials(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    wordstarts._recent.clear()
    piece = wordstarts.sliced(text, start, end)
    assert piece == text[start:end]
    assert wordstarts.initials(piece) == wordstarts._marked(piece)


def _blank(text: str, spans) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


BLANKED_TEXTS = [
    *PIECE_TEXTS,
    "\"We are safe,\" she said. 'No,' said he. «Oui»Non",  # quote marks end the blanks
    "Xy quoted textAfter",  # a blank that ends after a letter: the next letter starts a word
]


@pytest.mark.parametrize("text", BLANKED_TEXTS)
def test_a_blanked_text_has_the_initials_it_would_have_on_its_own(text):
    """Read off the text's own initials, those of the text with spans blanked to spaces are
    exactly those it would be given alone: for one span anywhere, and two that overlap."""
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            for spans in ([(start, end)], [(start, end), (max(0, start - 2), start + 1)]):
                out = _blank(text, spans)
                wordstarts._recent.clear()
                assert wordstarts.blanked(out, text, spans) is out
                assert wordstarts.initials(out) == wordstarts._marked(out), (out, spans)


def test_a_blank_after_a_letter_is_left_to_initials():
    """The letter after such a blank starts a word only in the blanked text: nothing is
    remembered, and `initials` writes the text out itself."""
    text = "abc def"
    out = _blank(text, [(1, 3)])
    wordstarts._recent.clear()
    wordstarts.blanked(out, text, [(1, 3)])
    assert out not in wordstarts._recent
    wordstarts.blanked(_blank(text, [(3, 4)]), text, [(3, 4)])  # a blank space: read off
    assert wordstarts._recent[_blank(text, [(3, 4)])] == "Abc Def"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_text(), st.data())
def test_blanked_news_copy_keeps_its_initials(text, data):
    bounds = st.integers(0, len(text))
    spans = [tuple(sorted(data.draw(st.tuples(bounds, bounds)))) for _ in range(3)]
    out = _blank(text, spans)
    wordstarts._recent.clear()
    wordstarts.blanked(out, text, spans)
    assert wordstarts.initials(out) == wordstarts._marked(out)


def test_a_storys_unquoted_pieces_are_cut_once():
    """The sentences and paragraphs the checks ask for again are the same strings, and the
    story's unquoted initials come from its prose's, with no second pass over the story."""
    from newslint.document import Document

    doc = Document('Officials said 12 died. "It was awful," Ms Lee said.\n\nNo one else spoke.\n')
    first = attribution.blank_quotes(doc, 0, 60)
    assert attribution.blank_quotes(doc, 0, 60) is first
    assert first == doc.unquoted[0:60]
    assert wordstarts.initials(doc.unquoted) == wordstarts._marked(doc.unquoted)


class _Span:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def _outcome_alone(text: str, start: int, end: int) -> bool:
    """What the casualty scan asks of a sentence, searched as a text of its own."""
    piece = text[start:end].lower()
    return len(piece) != end - start or bool(
        casualties.grammar().any_outcome.compiled.search(piece)
    )


OUTCOME_TEXTS = [
    "Two were killed. Officials said 12 people died.\n\nNo one was hurt",
    "unkilled.Killed x-killed killedx (died) “dead” 5dead dead_end",  # words glued at the ends
    "İstanbul: three killed",  # lower-casing changes the length
]


@pytest.mark.parametrize("text", OUTCOME_TEXTS)
def test_the_story_wide_outcome_search_agrees_with_each_sentence_alone(text):
    """Searching the lower-cased story between a sentence's ends, and passing over a sentence
    without any of the story's outcome words, answer as the sentence cut out would, at every
    pair of ends (mid-word ones included)."""
    g = casualties.grammar()
    lowered = text.lower()
    lowered = lowered if len(lowered) == len(text) else None
    starts = casualties._word_starts(g.any_outcome, lowered) if lowered is not None else []
    for start in range(len(text)):
        for end in range(start + 1, len(text) + 1):
            got = casualties._may_mention(g.any_outcome, text, lowered, starts, _Span(start, end))
            assert got == _outcome_alone(text, start, end), (text[start:end], start)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(_planted(), news_text()), data=st.data())
def test_the_story_wide_outcome_search_agrees_on_random_copy(text, data):
    g = casualties.grammar()
    lowered = text.lower()
    lowered = lowered if len(lowered) == len(text) else None
    starts = casualties._word_starts(g.any_outcome, lowered) if lowered is not None else []
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    got = casualties._may_mention(g.any_outcome, text, lowered, starts, _Span(start, end))
    assert got == _outcome_alone(text, start, end)
