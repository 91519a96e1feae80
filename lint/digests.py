"""Digests and the signature check without OpenSSL.

`hashlib` and `hmac` import `_hashlib`, which loads and initialises OpenSSL: about 2 ms of a
one-story run, for digests newslint takes with BLAKE2 alone. BLAKE2 is built into CPython
(`_blake2`, the module hashlib itself takes `blake2b` from), and so is the constant-time
comparison that `hmac.compare_digest` is when OpenSSL is absent. Another Python gets both from
hashlib and hmac, which give the same results.

Keyed BLAKE2b is a message authentication code in its own right (RFC 7693, section 2.9), so
signing with it needs no HMAC construction around it.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # not CPython
    from hashlib import blake2b

try:
    from _operator import _compare_digest as same_digest
except ImportError:  # not CPython
    from hmac import compare_digest as same_digest

__all__ = ["blake2b", "same_digest"]
