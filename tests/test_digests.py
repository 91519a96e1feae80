"""newslint.digests gives what hashlib and hmac give, without loading OpenSSL."""

import hashlib
import hmac

from newslint import usercache
from newslint.digests import blake2b, same_digest


def test_blake2b_is_hashlibs():
    for data in (b"", b"newslint", bytes(range(256)) * 9):
        assert (
            blake2b(data, digest_size=12).hexdigest()
            == hashlib.blake2b(data, digest_size=12).hexdigest()
        )
        keyed = blake2b(data, key=b"k" * 32, digest_size=32).digest()
        assert keyed == hashlib.blake2b(data, key=b"k" * 32, digest_size=32).digest()


def test_same_digest_compares_like_hmac():
    for a, b in ((b"abc", b"abc"), (b"abc", b"abd"), (b"", b""), (b"ab", b"abc")):
        assert same_digest(a, b) == hmac.compare_digest(a, b)


def test_a_signature_fails_under_another_key(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "one"))
    signed = usercache.sign(b'{"a": 1}')
    assert usercache.verify(signed) == b'{"a": 1}'
    assert usercache.verify(signed.replace(b'"a"', b'"b"')) is None  # payload edited
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "two"))
    assert usercache.verify(signed) is None  # another user's key
