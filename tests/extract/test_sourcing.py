"""newslint.extract.sourcing: a paragraph's trailing wire credit ("…, Reuters reported.")."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.extract import sourcing

PIECES = [
    "killed", ",", "-", "—", "(", ")", "(AP)", "Reuters", "the", "Associated", "Press",
    "reported", "said", ".", "AFP", "agence", "france-presse", "Agence France Presse", "x",
    "the canadian   press", ", Reuters reported.", "- AFP", "(Reuters)", "officials",
]  # fmt: skip


@pytest.mark.parametrize(
    "body, credit",
    [
        ("Two people died on Thursday. (Reuters)", "(Reuters)"),
        (
            "The ferry sank on Monday, the Associated Press reported.",
            ", the Associated Press reported.",
        ),
        ("The vote was delayed — AFP", "— AFP"),
        ("The vote was delayed, officials said.", None),
        ("Reuters reported the vote was delayed.", None),
    ],
)
def test_a_trailing_credit_is_found_at_the_paragraph_end(body, credit):
    found = sourcing._trailing(body, sourcing.grammar())
    assert (found.group(0).strip() if found else None) == credit


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["", " ", "  ", "\t", "\n"]))))
def test_the_last_chunks_find_what_the_whole_paragraph_search_finds(pieces):
    """Searching only the paragraph's last few chunks finds exactly the whole search's match."""
    body = "".join(word + blank for word, blank in pieces)
    g = sourcing.grammar()
    whole = g.trailing.search(body)
    found = sourcing._trailing(body, g)
    assert (found and found.span()) == (whole and whole.span())
