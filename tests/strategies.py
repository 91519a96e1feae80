"""Hypothesis strategies for news copy: random text built from what stories contain, and real
stories (the examples) mutated. Shared by tests/test_properties.py and bench/fuzz.py."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = tuple(p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").iterdir()))

# Pieces of copy the extractors look for, and the characters that trip up text handling.
# fmt: off
TOKENS = (
    "more than 100", "about 100", "at least 40", "a death toll of 37", "were killed",
    "killed", "wounded", "dead", "no immediate reports of casualties", "civilians",
    "Wednesday", "Thursday night", "Feb. 7", "Jan. 7-8", "7 February 2018", "2018", "last week",
    "on Monday", "said", "told reporters", "according to officials", "reportedly",
    "sources say", "likely", "Deir ez-Zor", "Deir Ezzor", "Demascus", "Damascus",
    "five miles", "eight kilometers", "3 km", "40%", "$5 million", "1,000", "12.5", "½",
    "Share this story!", "READ MORE:", "Comments are closed.", "Advertisement",
    "icon closeicon mailicon fbicon twicon", "Home", "TK", "[INSERT QUOTE]", "{{name}}",
    "---\n", "title: x\n", "date: 2018-02-08\n", "sources: [a.md]\n", "# ", "> ", "- ",
    "```\n", "<!-- newslint: disable NL401 -->", "<!-- newslint: disable-next-line -->",
    "[link](http://x)", "\u201c", "\u201d", "\u2018", "\u2019", '"', "'", "«", "»", "—", "–",
    "\u00a0", "\u200b", "\u200d", "\u202e", "\u2066", "\u2069", "\ufeff", "\u0301", "🙂",
    "\r\n", "\r", "\n", "\n\n", "\t", ". ", "? ", "! ", ", ", ": ", " ", "\x0b", "\x0c",
    "\u2028", "\u0085",
)
# fmt: on

_NEWS_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00")


def news_text(max_pieces: int = 60) -> st.SearchStrategy[str]:
    """Text assembled from news tokens, words and arbitrary characters."""
    piece = st.one_of(
        st.sampled_from(TOKENS),
        st.sampled_from(TOKENS),
        st.text(alphabet="abcdefghij ABCDEF.,\n", min_size=1, max_size=12),
        st.text(alphabet=_NEWS_CHARS, max_size=6),
    )
    return st.lists(piece, max_size=max_pieces).map("".join)


@st.composite
def mutated_story(draw, stories: tuple[str, ...] = EXAMPLES) -> str:
    """A real story with a few random edits: spans deleted, duplicated or swapped for tokens,
    lines repeated, line endings changed."""
    text = draw(st.sampled_from(stories))
    for _ in range(draw(st.integers(0, 6))):
        if not text:
            break
        start = draw(st.integers(0, len(text)))
        end = min(len(text), start + draw(st.integers(0, 80)))
        action = draw(st.sampled_from(("delete", "insert", "duplicate", "replace", "endings")))
        if action == "delete":
            text = text[:start] + text[end:]
        elif action == "insert":
            text = text[:start] + draw(news_text(4)) + text[start:]
        elif action == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        elif action == "replace":
            text = text[:start] + draw(st.sampled_from(TOKENS)) + text[end:]
        else:
            text = text.replace("\n", draw(st.sampled_from(("\r\n", "\r", "\n"))))
    return text


def stories() -> st.SearchStrategy[str]:
    return st.one_of(news_text(), mutated_story())


def line_endings(text: str, newline: str) -> str:
    """`text` with every line ending made `newline` (as Document splits lines: CRLF, CR, LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", newline)
