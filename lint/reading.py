"""Reading a story: which paths are stories, and how their bytes become text.

A story is a regular file no larger than `max-file-size` (10 MB unless configured): a FIFO or
device would block the run, and a 50 MB "story" is an export, not copy (linting one takes
~20x its size in memory). Bytes are decoded as UTF-8 (with or without a BOM), UTF-16 or UTF-32
when a BOM says so, and otherwise as Windows-1252 with a warning: the encoding of most newsroom
archives that are not UTF-8. Windows-1252 is one byte per character, so line numbers stay right
even when the guess is wrong, and its five unassigned bytes fall back to Latin-1, so
`decode` then `Decoded.encode` gives back the very same bytes (which is what lets `--fix` write
such a file without changing anything it did not mean to).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .finding import InputError
from .records import Record

DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

# Longest BOM first: UTF-32-LE's BOM starts with UTF-16-LE's.
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_KINDS = {
    stat.S_ISDIR: "a folder",
    stat.S_ISFIFO: "a named pipe",
    stat.S_ISCHR: "a character device",
    stat.S_ISBLK: "a block device",
    stat.S_ISSOCK: "a socket",
}


class Decoded(Record):
    text: str  # without the BOM
    encoding: str  # a Python codec name
    bom: bytes  # b"" when the file had none
    warning: InputError | None = None  # set when the encoding was a guess

    def encode(self, text: str) -> bytes:
        """`text` as bytes the way the file was written: same encoding, same BOM."""
        if self.encoding == "cp1252":
            return _encode_cp1252(text)
        return self.bom + text.encode(self.encoding)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    return f"{size / 1024:.0f} KB"


def read(path: Path, name: str, max_size: int = DEFAULT_MAX_FILE_SIZE) -> bytes:
    """The bytes of the story at `path`, or an InputError saying why it is not read."""
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(name, _reason(exc)) from None
    for test, what in _KINDS.items():
        if test(info.st_mode):
            raise InputError(name, f"{what}, not a file; skipped")
    if max_size and info.st_size > max_size:
        raise InputError(
            name,
            f"{size_text(info.st_size)}, larger than max-file-size ({size_text(max_size)}); "
            "skipped",
        )
    try:
        with open(path, "rb") as handle:
            # The file may have grown since stat(): read what it said, and a byte more.
            return read_stream(handle, name, max_size, expected=info.st_size)
    except OSError as exc:
        raise InputError(name, _reason(exc)) from None


_CHUNK = 64 * 1024  # below the C library's memory-mapping threshold: read from the heap


def read_stream(stream, name: str, max_size: int = DEFAULT_MAX_FILE_SIZE, expected=None) -> bytes:
    """All of a binary stream (a file, stdin), refusing more than `max_size` bytes.

    It reads in chunks no larger than needed: `read(max_size + 1)` would allocate 10 MB for
    every story, a fresh memory mapping each time, and a run over 100,000 files held that many
    mappings and died ("failed to map segment")."""
    limit = max_size + 1 if max_size else None
    chunks = []
    total = 0
    size = _CHUNK if expected is None else expected + 1
    if limit is not None:
        size = min(size, limit)
    while True:
        chunk = stream.read(size if limit is None else min(size, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if limit is not None and total >= limit:
            break
        if expected is not None and len(chunk) < size:
            break  # a short read of a regular file: its end
        size = _CHUNK
    data = b"".join(chunks)
    if max_size and len(data) > max_size:
        raise InputError(name, f"larger than max-file-size ({size_text(max_size)}); skipped")
    return data


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop; skipped"
    if exc.errno == errno.ENOENT:
        return "no such file or directory"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied; skipped"
    return f"cannot read: {(exc.strerror or str(exc)).lower()}"


def missing_reason(raw: str) -> str:
    """Why a path that does not exist does not: a dangling or looping link, or nothing there."""
    try:
        os.stat(raw)
    except OSError as exc:
        if os.path.islink(raw) and exc.errno == errno.ENOENT:
            return f"broken symbolic link (to {os.readlink(raw)!r})"
        return _reason(exc)
    return "no such file or directory"


def decode(data: bytes, name: str) -> Decoded:
    """Text from a story's bytes; raises InputError for binary files."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                where = _line(data, exc.start, encoding)
                raise InputError(name, f"invalid {encoding.upper()} after its BOM", where) from None
    if b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes); skipped")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError as exc:
        line = _line(data, exc.start, "utf-8")
        byte = data[exc.start]
    text = _decode_cp1252(data)
    warning = InputError(
        name,
        f"not UTF-8 (byte 0x{byte:02x}); read as Windows-1252. Save the file as UTF-8",
        line,
    )
    return Decoded(text, "cp1252", b"", warning)


def _line(data: bytes, offset: int, encoding: str) -> int:
    newline = "\n".encode(encoding)
    return data.count(newline, 0, offset) + 1


def _decode_cp1252(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d: unassigned; Latin-1 maps them
        return "".join(
            chunk.decode("cp1252") if i % 2 == 0 else chunk.decode("latin-1")
            for i, chunk in enumerate(_split_unassigned(data))
        )


_UNASSIGNED = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _split_unassigned(data: bytes) -> list[bytes]:
    """Alternating runs: cp1252-decodable, unassigned, decodable, ..."""
    chunks, start, inside = [], 0, False
    for index, byte in enumerate(data):
        if (byte in _UNASSIGNED) != inside:
            chunks.append(data[start:index])
            start, inside = index, not inside
    chunks.append(data[start:])
    return chunks


def _encode_cp1252(text: str) -> bytes:
    try:
        return text.encode("cp1252")
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for char in text:
        code = ord(char)
        if code in _UNASSIGNED:
            out.append(code)
        else:
            out += char.encode("cp1252")
    return bytes(out)
