"""newslint.reading: which paths are stories, and how their bytes become text (and back)."""

import os

import pytest

from newslint.finding import InputError
from newslint.reading import decode, missing_reason, read

STORY = "Harbour closes\n\nThe café’s owner said “more than 100” boats stayed in port.\n"


@pytest.mark.parametrize(
    ("data", "encoding", "bom"),
    [
        (STORY.encode("utf-8"), "utf-8", b""),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), "utf-8", b"\xef\xbb\xbf"),
        (b"\xff\xfe" + STORY.encode("utf-16-le"), "utf-16-le", b"\xff\xfe"),
        (b"\xfe\xff" + STORY.encode("utf-16-be"), "utf-16-be", b"\xfe\xff"),
        (b"\xff\xfe\x00\x00" + STORY.encode("utf-32-le"), "utf-32-le", b"\xff\xfe\x00\x00"),
    ],
)
def test_unicode_files_decode_exactly_and_encode_back_to_the_same_bytes(data, encoding, bom):
    decoded = decode(data, "s.txt")
    assert (decoded.text, decoded.encoding, decoded.bom) == (STORY, encoding, bom)
    assert decoded.warning is None
    assert decoded.encode(decoded.text) == data


def test_windows_1252_is_read_with_a_warning_naming_the_line():
    data = "Harbour closes\n\nThe café’s owner said “more than 100”.\n".encode("cp1252")
    decoded = decode(data, "archive/1998.txt")
    assert decoded.text == "Harbour closes\n\nThe café’s owner said “more than 100”.\n"
    assert decoded.encoding == "cp1252"
    assert str(decoded.warning) == (
        "archive/1998.txt:3: not UTF-8 (byte 0xe9); read as Windows-1252. Save the file as UTF-8"
    )
    assert decoded.encode(decoded.text) == data


def test_every_byte_but_nul_round_trips_through_the_fallback():
    data = bytes(range(1, 256)) + b"\n" + bytes(range(255, 0, -1))
    decoded = decode(data, "odd.txt")
    assert decoded.encoding == "cp1252" and decoded.warning is not None
    assert decoded.text.count("\n") == data.count(b"\n")  # one byte, one character: lines hold
    assert decoded.encode(decoded.text) == data


def test_nul_bytes_mean_binary():
    with pytest.raises(InputError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.txt")


def test_broken_utf16_after_its_bom_is_an_error_not_a_guess():
    with pytest.raises(InputError, match="invalid UTF-16-LE after its BOM"):
        decode(b"\xff\xfeH\x00\x00\xd8", "s.txt")  # a lone surrogate


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "wire.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="a named pipe, not a file; skipped"):
        read(fifo, "wire.txt")


def test_files_over_the_size_limit_are_skipped_unread(tmp_path):
    story = tmp_path / "export.txt"
    story.write_bytes(b"x" * 2048)
    with pytest.raises(InputError, match=r"2 KB, larger than max-file-size \(1 KB\); skipped"):
        read(story, "export.txt", max_size=1024)
    assert read(story, "export.txt", max_size=0) == b"x" * 2048  # 0: no limit


def test_links_that_loop_or_dangle_are_named_as_such(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    os.symlink("b.txt", "a.txt")
    os.symlink("a.txt", "b.txt")
    os.symlink("gone.txt", "dangling.txt")
    assert missing_reason("a.txt") == "symbolic link loop; skipped"
    assert missing_reason("dangling.txt") == "broken symbolic link (to 'gone.txt')"
    assert missing_reason("nothing.txt") == "no such file or directory"


def test_unreadable_file_is_named(tmp_path, monkeypatch):
    story = tmp_path / "locked.txt"
    story.write_text("x")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", denied)
    with pytest.raises(InputError, match="permission denied; skipped"):
        read(story, "locked.txt")
