"""The user's cache folder ($XDG_CACHE_HOME/newslint or ~/.cache/newslint), and signed JSON.

newslint keeps two things across runs: compiled pattern programs here, and each project's result
cache (newslint.resultcache). Both are JSON, so reading them can never run code, and both are
signed with keyed BLAKE2b (a MAC: newslint.digests) under a key made at random for this user
and kept only here (`key`, mode 0600). A file newslint did not write for this user — committed
to a repository, copied from another machine, edited, truncated — fails the signature and is
ignored, so it can neither run code nor change a finding. Nothing here is required: an
unwritable folder or a damaged file only means the work is redone.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

from .digests import blake2b, same_digest

_MAGIC = b"newslint-signed-v2 "  # v1 was HMAC-SHA256


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newslint"


def fingerprint(paths: Iterable[Path], *extra: object) -> str:
    """A short digest of newslint's version, the Python version, the files' bytes and `extra`.
    A file that cannot be read counts as its path alone (the loader will report it)."""
    from .version import __version__

    digest = blake2b(digest_size=12)
    digest.update(f"{__version__}|{sys.version}|{extra!r}".encode())
    for path in paths:
        digest.update(str(path).encode() + b"\0")
        with contextlib.suppress(OSError):
            digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def _key(where: str) -> bytes | None:
    """This user's signing key, made on first use; None when the folder cannot hold one."""
    path = Path(where) / "key"
    try:
        data = path.read_bytes()
        if len(data) == 64 and os.stat(path).st_mode & 0o077 == 0:
            return bytes.fromhex(data.decode("ascii"))
    except (OSError, ValueError):
        pass
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = os.urandom(32)
        temp = path.with_name(f".key.{os.getpid()}.tmp")
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(fresh.hex().encode("ascii"))
        os.replace(temp, path)
        return fresh
    except OSError:
        return None


def key() -> bytes | None:
    return _key(str(folder()))


def _mac(secret: bytes, payload: bytes) -> bytes:
    return blake2b(payload, key=secret, digest_size=32).hexdigest().encode("ascii")


def sign(payload: bytes) -> bytes | None:
    secret = key()
    if secret is None:
        return None
    mac = _mac(secret, payload)
    return _MAGIC + mac + b"\n" + payload


def verify(blob: bytes) -> bytes | None:
    """The payload of a signed blob, or None when it was not signed by this user's key."""
    secret = key()
    if secret is None or not blob.startswith(_MAGIC):
        return None
    header, _, payload = blob.partition(b"\n")
    expected = _mac(secret, payload)
    return payload if same_digest(header[len(_MAGIC) :], expected) else None


def read_signed_json(path: Path):
    """(value, problem): the JSON in a signed file, or None and why not ("missing", "foreign")."""
    try:
        blob = path.read_bytes()
    except OSError:
        return None, "missing"
    payload = verify(blob)
    if payload is None:
        return None, "foreign"
    try:
        return json.loads(payload), None
    except ValueError:
        return None, "foreign"


def write_signed_json(path: Path, value) -> bool:
    """Replace `path` atomically with `value` as signed JSON; False when it cannot be written."""
    import tempfile  # ~4 ms; only a run that writes pays for it

    blob = sign(json.dumps(value, separators=(",", ":")).encode("utf-8"))
    if blob is None:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False, suffix=".tmp") as tmp:
            tmp.write(blob)
        os.replace(tmp.name, path)
    except OSError:
        with contextlib.suppress(OSError, NameError):
            os.unlink(tmp.name)
        return False
    return True


def read_json(name: str):
    """A value this user's newslint stored under `name`, or None."""
    return read_signed_json(folder() / name)[0]


def write_json(name: str, value, replaces: str | None = None) -> None:
    """Store `value` under `name`; with `replaces`, other entries whose names start with it are
    removed (an older fingerprint of the same thing, which no run will ask for again)."""
    path = folder() / name
    if write_signed_json(path, value) and replaces:
        for old in path.parent.glob(f"{replaces}*"):
            if old != path:
                old.unlink(missing_ok=True)
