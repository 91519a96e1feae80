"""Report columns: code points (newslint) as UTF-16 code units (SARIF) or UTF-8 bytes (rdjson)."""

from newslint.formatters import columns


def test_utf16_and_utf8_columns_of_a_line_with_emoji_and_accents():
    lines = columns.FileLines({"s.md": "intro\n😀 Café kills 3\n"})
    # "😀 Café " is 7 code points: 8 UTF-16 units (the emoji is two), 11 UTF-8 bytes
    assert lines.column("s.md", 2, 8, columns.UTF16) == 9
    assert lines.column("s.md", 2, 8, columns.UTF8) == 12
    assert lines.column("s.md", 1, 3, columns.UTF16) == 3  # plain ASCII: the same column


def test_lines_are_numbered_as_newslint_numbers_them():
    """A form feed or a line separator inside a line does not start a new one; CR and CRLF
    end lines as LF does."""
    text = "a\x0cb\u2028c\r\nsecond é line\rthird"
    lines = columns.FileLines({"s.md": text})
    assert lines.column("s.md", 2, 10, columns.UTF8) == 11  # "second é " is 10 bytes
    assert lines.column("s.md", 3, 3, columns.UTF16) == 3
    assert lines.column("s.md", 1, 6, columns.UTF8) == 8  # "a\x0cb\u2028c": U+2028 is 3 bytes


def test_a_line_or_file_it_does_not_have_keeps_the_column(tmp_path):
    lines = columns.FileLines({"s.md": "one line"})
    assert lines.column("s.md", 5, 4, columns.UTF16) == 4
    assert lines.column(str(tmp_path / "gone.md"), 1, 7, columns.UTF8) == 7


def test_a_file_the_report_has_no_text_for_is_read_from_disk(tmp_path):
    story = tmp_path / "s.md"
    story.write_text("née 12\n", encoding="utf-8")
    assert columns.FileLines({}).column(str(story), 1, 5, columns.UTF8) == 6
