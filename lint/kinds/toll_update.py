"""toll-update: a toll given, then updated ("rose to", "as of Friday", "later") to another figure.

A story may follow a toll as it changes; readers then need to know which figure is current.
Reads the claim model (newslint.extract.claims): a claim marked as an update, of the same event,
measure and group as an earlier claim, with a figure the earlier one does not allow. One
finding per update, on it, pointing at the earlier figure.

Example (fail): `A fire killed 12 people on Wednesday.` … `By Friday the toll had risen to 15.`
Example (pass): `A fire killed 12 people.` … `The toll of 12 was confirmed on Friday.`
"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..extract import claims
from ..finding import Hit, drift
from ..records import Record

KIND = "toll-update"
ARGS = ("figure", "other", "other_line", "line", "what")


class Params(Record):
    pass


def check(doc: Document, params: Params) -> Iterator[Hit]:
    for later, candidates in claims.with_earlier(claims.claims(doc)):
        earlier = next((c for c in candidates if claims.updated(c, later)), None)
        if earlier is not None:
            args = {
                "line": doc.position(later.start)[0],
                "what": claims.describe_event(earlier, later),
            }
            yield drift(doc, later, earlier, "first given as '{}' here", None, **args)
