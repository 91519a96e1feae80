"""phrase-line: a line of the story that is web-page chrome, matched against a phrase lexicon.

Two modes. `whole`: the line is made only of lexicon phrases and decoration ("Share this story!",
"Think your friends would be interested? Share this story!", "No comments:"), so copy that merely
uses the words ("He urged followers to share the story") never matches. `prefix`: the line opens
with a lexicon phrase and a separator, then a short link text ("READ MORE: Floods close schools",
"More news: ..."); `max_words` keeps real paragraphs out.

Example (fail): `Share this story!` on a line of its own.
Example (pass): `She asked readers to share this story with friends.`
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import identity
from ..document import Document
from ..finding import Hit
from ..params import Lexicon
from ..phrases import prefix_matcher, whole_line_matcher
from ..records import Record

KIND = "phrase-line"
ARGS = ("line",)


class Params(Record):
    lexicon: Lexicon
    mode: str = "whole"  # "whole" or "prefix"
    max_words: int = 30
    skip_headlines: bool = False

    def validate(self) -> None:
        if self.mode not in ("whole", "prefix"):
            raise ValueError("mode must be 'whole' or 'prefix'")


def check(doc: Document, params: Params) -> Iterator[Hit]:
    if not params.lexicon:
        return
    matcher = _matcher(params)
    skip = doc.headline_lines if params.skip_headlines else frozenset()
    for line in doc.lines:
        if not line.words or line.words > params.max_words or line.index in skip:
            continue
        if matcher.match(line.core):
            yield Hit(line.core_start, line.core_end, {"line": line.core})


@identity.by_identity()
def _matcher(params: Params) -> re.Pattern:
    """The rule's line matcher, looked up once per rule rather than by its phrases for every
    story (hashing a lexicon of hundreds of phrases costs more than the lookup saves)."""
    phrases = tuple(params.lexicon)
    return whole_line_matcher(phrases) if params.mode == "whole" else prefix_matcher(phrases)


def fix_problem(params: Params) -> str | None:
    """Why `fix: delete-line` would be unsafe for these params (None: it is safe): every
    finding of this kind is a whole line."""
    return None
