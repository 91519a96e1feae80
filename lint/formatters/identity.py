"""A finding's identity across runs: what a review tool tracks an alert by.

The rule, the file and the message with its line numbers left out ("(line 3)" becomes
"(line #)"), and which occurrence of that it is in the file. Inserting a paragraph above a
finding moves its line but not its identity, so GitHub and GitLab keep the alert open instead
of closing it and opening a new one.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

_LINE_NUMBER = re.compile(r"\b(lines?) \d+(?:[-–]\d+)?")


def stable_message(message: str) -> str:
    """The message without its line numbers, which change when a paragraph is inserted."""
    return _LINE_NUMBER.sub(r"\1 #", message)


def fingerprints(findings) -> list[str]:
    """One 32-hex-digit fingerprint per finding, in order; distinct within one report."""
    seen: Counter = Counter()
    out = []
    for f in findings:
        key = f"{f.code}\0{f.path}\0{stable_message(f.message)}"
        seen[key] += 1
        out.append(hashlib.sha256(f"{key}\0{seen[key]}".encode()).hexdigest()[:32])
    return out
