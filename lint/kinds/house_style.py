"""house-style: a spelling the newsroom's style sheet replaces with its house form.

The style sheet is a lexicon of `variant => house form` entries ("Hizbollah => Hezbollah",
"Qaddafi => Gadhafi"), like Vale's substitution rules. The shipped sheet is an example; a
newsroom points the rule at its own (a pack in `packs:` with its own lexicon). Matching is
case-sensitive and whole-word.

Example (fail): `Hizbollah fighters crossed the border.`
Example (pass): `Hezbollah fighters crossed the border.`
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import patterns
from ..document import Document
from ..finding import Hit
from ..params import Lexicon
from ..records import Record

KIND = "house-style"
ARGS = ("variant", "house")


class Params(Record):
    sheet: Lexicon

    def validate(self) -> None:
        bad = [entry for entry in self.sheet if "=>" not in entry]
        if bad:
            raise ValueError(f"style sheet entry {bad[0]!r} must read 'variant => house form'")


def check(doc: Document, params: Params) -> Iterator[Hit]:
    sheet = {}
    for entry in params.sheet:
        variant, house = (part.strip() for part in entry.split("=>", 1))
        sheet[variant] = house
    if not sheet:
        return
    pattern = patterns.compile(rf"(?<![\w'’-])(?:{'|'.join(map(re.escape, sheet))})(?![\w'’])")
    for m in pattern.finditer(doc.prose):
        yield Hit(m.start(), m.end(), {"variant": m.group(0), "house": sheet[m.group(0)]})
