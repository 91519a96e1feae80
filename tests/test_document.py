import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint.document import Document
from newslint.finding import InputError


def sentence_texts(text: str, path: str = "s.txt") -> list[str]:
    doc = Document(text, path)
    return [doc.prose[s.start : s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    "text",
    [
        "U.S. officials said the strike was defensive.",
        "The attack began on Jan. 7 and ended on Feb. 8, officials said.",
        "Sen. Tim Kaine (D-Va.) said he was gravely concerned.",
        "Col. Thomas F. Veale spoke at 10 a.m. on Thursday.",
        "Defense Sec. Jim Mattis denied it.",
        "Rep. Jane Doe, R-Texas, and Gov. John Roe met at No. 10 Downing St. in London.",
    ],
)
def test_abbreviations_do_not_end_sentences(text):
    assert sentence_texts(text) == [text]


def test_sentences_split_after_abbreviation_when_next_word_starts_a_sentence():
    text = "The talks were held in the U.S. The next round is in Geneva."
    assert sentence_texts(text) == [
        "The talks were held in the U.S.",
        "The next round is in Geneva.",
    ]


def test_sentences_split_after_closing_quote_and_question_mark():
    text = '"We will stay," he said. Was it enough? Nobody knew.'
    assert sentence_texts(text) == ['"We will stay," he said.', "Was it enough?", "Nobody knew."]


def test_question_inside_quote_followed_by_lowercase_does_not_split():
    assert len(sentence_texts('"Why now?" she asked.')) == 1


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_numbers_are_the_same_for_every_line_ending(newline):
    text = newline.join(["Headline here", "", "First para.", "Share this story!"])
    doc = Document(text, "s.txt")
    offset = doc.text.index("Share")
    assert doc.position(offset) == (4, 1)
    assert doc.newline == newline


def test_bom_is_removed_and_columns_count_code_points():
    doc = Document("\ufeffCafé «naïve» 🙂 ok", "s.txt")
    assert doc.had_bom
    assert doc.position(doc.text.index("ok")) == (1, 16)


def test_from_bytes_reads_windows_1252_with_a_warning_and_right_line_numbers():
    doc = Document.from_bytes("line one\nna\xefve caf\xe9\n".encode("cp1252"), "old.txt")
    assert doc.text == "line one\nna\xefve caf\xe9\n"
    warning = doc.decoded.warning
    assert warning.line == 2 and "not UTF-8" in warning.message and "Windows-1252" in str(warning)
    assert doc.position(doc.text.index("caf")) == (2, 7)


def test_from_bytes_rejects_binary():
    with pytest.raises(InputError):
        Document.from_bytes(b"abc\x00def", "x.txt")


def test_front_matter_is_parsed_and_not_linted():
    text = (
        "---\ntitle: Storm closes harbour\ndate: 2018-02-08\nsources: [wire.md]\nslug: x\n"
        "---\nBody.\n"
    )
    doc = Document(text, "s.md")
    assert doc.title == "Storm closes harbour"
    assert str(doc.date) == "2018-02-08"
    assert doc.front_matter.sources == ("wire.md",)
    assert "title" not in doc.prose and doc.prose.strip() == "Body."


def test_invalid_front_matter_names_its_line():
    with pytest.raises(InputError) as err:
        Document("---\ntitle: ok\ndate: [unclosed\n---\nBody.\n", "s.md")
    assert err.value.line >= 3


def test_front_matter_date_that_is_not_a_date_is_an_error_on_its_line():
    with pytest.raises(InputError) as err:
        Document("---\ntitle: ok\ndate: last Tuesday\n---\nBody.\n", "s.md")
    assert err.value.line == 3 and "date" in err.value.message


def test_markdown_code_comments_and_link_urls_are_masked():
    text = (
        "# Storm closes harbour\n\nSee [the report](https://example.com/share-this-story).\n\n"
        "```\nShare this story!\n```\n\n    Share this story!\n\n<!-- Share this story! -->\n"
    )
    doc = Document(text, "s.md")
    assert "Share" not in doc.prose
    assert "example.com" not in doc.prose
    assert "the report" in doc.prose
    assert doc.paragraphs[0].is_headline
    assert doc.prose.index("Storm") == text.index("Storm")


def test_plain_text_keeps_hash_lines_and_code_fences_as_copy():
    doc = Document("```\nShare this story!\n```\n", "s.txt")
    assert "Share" in doc.prose


def test_first_short_line_of_plain_text_is_the_headline():
    doc = Document("Storm closes harbour\n\nThe harbour closed.\n", "s.txt")
    assert [p.is_headline for p in doc.paragraphs] == [True, False]


def test_each_line_is_a_paragraph_unless_hard_wrapped():
    one_per_line = Document("First paragraph ends here.\nSecond one ends here.\n", "s.txt")
    assert len(one_per_line.paragraphs) == 2
    wrapped = Document(
        "The coalition said it struck the fighters after they launched an\n"
        "attack on a headquarters east of the river, officials said on\nThursday.\n",
        "s.txt",
    )
    assert len(wrapped.paragraphs) == 1


def test_quotes_straight_curly_and_across_sentences():
    text = 'He said: "We will stay. We will not leave." Then ‘calm’ returned. It’s Assad\'s move.'
    doc = Document(text, "s.txt")
    quoted = [doc.text[q.start : q.end] for q in doc.quotes]
    assert quoted == ['"We will stay. We will not leave."', "‘calm’"]
    assert doc.in_quote(text.index("not leave"))
    assert not doc.in_quote(text.index("Assad"))


def test_multi_paragraph_quote_is_continued():
    text = (
        "“The first part of the quote runs on.\n\n“And the second paragraph ends it,” she said.\n"
    )
    doc = Document(text, "s.txt")
    assert [(q.closed, q.continued) for q in doc.quotes] == [(False, False), (True, True)]


def test_lowered_prose_keeps_offsets_or_is_none():
    """The number and casualty scans read the lower-cased prose by offset; when lower-casing
    changes the length ("İ"), there is none to read and they fall back."""
    doc = Document("Mr White SAID 12 were killed.\n")
    assert doc.lowered == doc.prose.lower()
    assert Document("İstanbul: 12 killed.\n").lowered is None


# Every ASCII character, the separators and joiners most often: the twins must agree on all.
_ASCII_TEXT = st.lists(
    st.one_of(
        st.sampled_from(["ab", "Zq", "09", "_", "'", "’", ".", "-", " ", "\t", "\n"]),
        st.characters(min_codepoint=0, max_codepoint=127),
    ),
    max_size=20,
).map("".join)


@given(_ASCII_TEXT)
def test_ascii_words_are_the_unicode_words(text):
    """word_count reads ASCII text with ranges instead of Unicode classes; on ASCII text the
    two patterns find the same words ("’" is not ASCII, so such a text takes the Unicode one)."""
    from newslint import document

    assert document.word_count(text) == len(document._WORD.compiled.findall(text))
    if text.isascii():
        assert document._WORD.ascii.findall(text) == document._WORD.compiled.findall(text)


def _greedy(pattern: str) -> re.Pattern:
    """The pattern with its possessive quantifiers written greedy, as they were."""
    return re.compile(pattern.replace("++", "+").replace("*+", "*"))


@given(st.one_of(_ASCII_TEXT, st.text(max_size=20)))
def test_possessive_words_are_the_greedy_words(text):
    """Nothing follows a word in the pattern, so there is nothing to backtrack for: the
    possessive forms find exactly the words the greedy ones find."""
    from newslint import document

    for pattern in (document._WORD.compiled, document._WORD.ascii):
        assert "*+" in pattern.pattern
        assert pattern.findall(text) == _greedy(pattern.pattern).findall(text)


def test_word_count_of_ascii_and_other_text():
    from newslint.document import word_count

    assert word_count("U.S. officials said 3.5 people-ish don't _ count") == 7  # U.S is one
    assert word_count("Café owners’ union — 12 members") == 5
