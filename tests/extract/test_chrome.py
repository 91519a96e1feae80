"""The chrome model, one table per signal: lines that must fire it, and copy that uses the same
words and must not. These sentences are written for the tests (not taken from any corpus)."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint.document import Document
from newslint.extract import chrome

G = chrome.grammar()

FIRES = {
    "call-to-action": [
        "Get the morning edition delivered to your inbox",
        "Turn on notifications for this topic",
        "Install our app to keep reading",
        "Please sign in to your account to comment",
        "Click here to download the podcast",
        "Want to know more? Subscribe to our newsletter",
    ],
    "social": [
        "Facebook Twitter LinkedIn",
        "WhatsApp | Telegram | Email",
        "Follow @ferrydesk",
        "Instagram @ferry_watch",
    ],
    "link": [
        "Read next: The tide tables explained",
        "[Watch: Divers inspect the sea wall]",
        "MORE NEWS » Lifeboat launched twice",
        "Related: Fares to rise again in spring",
    ],
    "separated": ["News | Sport | Weather | Travel", "Home • Coast • Ferries"],
    "counter": ["3 hours ago", "47 comments", "4 min read", "00:42 / 12:03", "Updated 2 days ago"],
    "player": ["Play video", "Slide 4 of 9", "Mute Fullscreen", "Closed captions"],
    "credit": [
        "Photo: Ana Ruiz/Getty Images",
        "(Picture credit: Alamy)",
        "Illustration by Kim Park",
        "Image courtesy of the port authority",
    ],
    "tags": ["Tags: Ferries, Weather", "Filed under: Coast", "Home › Local › Harbour"],
    "paywall": [
        "Already a member? Log in",
        "Subscribe to continue reading",
        "You have reached your limit of free articles",
    ],
    "syndication": [
        "This article originally appeared on Tideline",
        "© 2025 Coast Media. All rights reserved.",
        "Republished with permission",
    ],
    "notice": [
        "We use cookies to improve your experience",
        "Please enable JavaScript in your browser",
        "Your browser does not support HTML5 video",
    ],
    "navigation": ["World", "Sign in", "Opinion"],
}

QUIET = {
    "call-to-action": [
        "He declined to comment.",
        "The company said its app had been downloaded two million times.",
        "Residents were told to sign up for the council's flood warnings, the mayor said.",
        "A low tide leaves your boots wet.",
    ],
    "social": [
        "She posted the photographs on Facebook and Instagram the same evening.",
        "Police said the suspect had followed the victim on Twitter for several months.",
    ],
    "link": ["Read the report and you will see why, she said.", "More ferries were cancelled."],
    "counter": [
        "The ferry left two hours ago, the port said.",
        "The web looks very different today than it did 10 years ago.",
        "The vote drew 47 comments from residents over two weeks of consultation.",
    ],
    "player": ["The video, which lasts three minutes, shows the wall collapsing.", "78,000"],
    "credit": [
        "A photographer for Reuters captured the moment the pier gave way.",
        "The Simpsons (Twentieth Century Fox, BBC Two/Sky One/Channel 4)",
    ],
    "paywall": ["The trial began on Monday and is expected to last a month, the court said."],
    "syndication": ["Honda has won a copyright case in Beijing over the design of its car."],
    "notice": [
        "Like many of your readers, I agree with the minister on this point entirely.",
        "The browser maker said the update would ship in March.",
    ],
}


def _signals(line: str) -> set[str]:
    return {s.name for s in chrome.signals_of(line, G)}


@pytest.mark.parametrize(
    ("signal", "line"), [(s, line) for s, lines in FIRES.items() for line in lines]
)
def test_signal_fires_on_chrome(signal, line):
    assert signal in _signals(line)


@pytest.mark.parametrize(
    ("signal", "line"), [(s, line) for s, lines in QUIET.items() for line in lines]
)
def test_signal_is_quiet_on_copy_with_the_same_words(signal, line):
    assert signal not in _signals(line)


def test_whole_words_only():
    assert not chrome.signals_of("Silicon chips and silicon wafers: an iconic industry", G)
    assert "counter" not in _signals("The 47 comment-free minutes were reads of the law")


def test_sentences_and_prose():
    assert chrome.is_sentence("Police said.", G) and chrome.is_sentence("It did not happen.", G)
    assert chrome.is_sentence("The newly selected five are:", G)
    assert not chrome.is_sentence("Most read", G)
    long = "The harbour reopened on Monday after a storm closed it for three days, the port said."
    assert chrome.is_prose(long, G) and not chrome.is_prose("Harbour reopens", G)


@pytest.mark.parametrize(
    "line, ends",
    [
        ("Police said.", True),
        ("Police said.”", True),  # closing quotes and brackets may follow the mark
        ("(Police said.)", True),
        ("Is it over?'", True),
        ("Police said. )", False),  # a space between the mark and the bracket: not an ending
        ("Police said", False),
        ("3.5", False),
        ("", False),
    ],
)
def test_a_sentence_ends_with_its_mark_before_any_closers(line, ends):
    assert chrome._ends_a_sentence(line) is ends


def test_a_line_that_leads_in_to_a_list_needs_a_word_before_its_colon():
    assert chrome.is_sentence("The newly selected five are :", G)
    assert not chrome.is_sentence("The newly selected five are - :", G)
    assert not chrome.is_sentence("The five: are newly selected", G)


def _page(text: str) -> chrome.Page:
    return chrome.page(Document(text, "page.txt"))


BODY = (
    "The harbour reopened on Monday after a storm closed it for three days, the port said.\n\n"
    "Traders said the closure had cost them thousands of pounds in lost sales over the week.\n\n"
    "The council will discuss repairs to the sea wall at its meeting on Thursday evening.\n"
)


def test_headline_byline_dateline_and_quotes_are_guarded():
    text = (
        "Harbour reopens after storm\n\nBy Jane Smith and Tom Lee\n\n"
        "PORT ELLERY (Reuters) - " + BODY + '\n"Sign up for our newsletter," she joked.\n'
    )
    page = _page(text)
    guarded = {i for i, f in page.lines.items() if f.guarded}
    assert {0, 2, 4} <= guarded
    assert page.lines[10].signals == ()  # the prompt is inside the quotation marks


def test_embedded_posts_and_desk_notes_are_guarded():
    text = BODY + (
        "\nFerries are running again — Port Ellery (@portellery) March 3, 2025\n"
        "\nCorrection: An earlier version gave the wrong date.\n"
    )
    page = _page(text)
    assert page.lines[6].guarded and page.lines[8].guarded


def test_the_body_and_the_page_around_it():
    text = "Home\nWorld\nSign in\n\n" + BODY + "\nMost read\nFerry Fares Rise Again\nPier Shut\n"
    page = _page(text)
    assert page.body == (4, 8)
    assert page.lines[0].guarded  # a first short line may be the story's headline
    assert all(page.lines[i].has("outside") for i in (1, 2))
    assert page.lines[10].has("list") and page.lines[11].has("list")
    assert not any(page.lines[i].has("outside") for i in (4, 6, 8))


def test_page_title_is_the_headline_with_a_site_name():
    text = "Harbour reopens after storm - Coast Times\n\nHarbour reopens after storm\n\n" + BODY
    assert _page(text).lines[0].has("page-title")
    alone = "Harbour reopens - what we know\n\n" + BODY
    assert not _page(alone).lines[0].has("page-title")


def test_a_label_printed_again_and_again_is_repeated():
    teasers = "".join(f"Coast Life\nStory number {n} about the coast\n" for n in range(4))
    page = _page(BODY + "\n" + teasers)
    assert sum(f.has("repeated") for f in page.lines.values()) == 4


@given(
    st.lists(
        st.one_of(
            st.sampled_from(["ab", "Zq", "09", "_", "'", "’", ".", "-", " ", "\t", "\n"]),
            st.characters(min_codepoint=0, max_codepoint=127),
        ),
        max_size=20,
    ).map("".join)
)
def test_ascii_words_are_the_unicode_words(text):
    """A line's words come from ranges in ASCII text and from Unicode classes otherwise; on
    ASCII text both find the same words."""
    assert chrome._WORD.findall(text) == chrome._WORD.compiled.findall(text)
    if text.isascii():
        assert chrome._WORD.ascii.findall(text) == chrome._WORD.compiled.findall(text)
    for pattern in (chrome._WORD.compiled, chrome._WORD.ascii):  # possessive, as greedy
        greedy = re.compile(pattern.pattern.replace("++", "+").replace("*+", "*"))
        assert "*+" in pattern.pattern and pattern.findall(text) == greedy.findall(text)


def test_words_of_a_line_in_and_out_of_ascii():
    assert chrome._WORD.findall("share on x_feed o'neill 3.5-star") == [
        "share",
        "on",
        "x_feed",
        "o'neill",
        "3.5-star",
    ]
    assert chrome._WORD.findall("Ça va’ — l’été") == ["Ça", "va’", "l’été"]
