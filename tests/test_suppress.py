from newslint import lint_text

CHROME = "Share this story!"


def codes(text: str, select=("NL401", "NL001", "NL002")) -> list[tuple[int, str]]:
    return [(f.location.line, f.code) for f in lint_text(text, "s.md", select=list(select))]


def test_disable_and_enable_region():
    text = f"Body.\n\n<!-- newslint: disable NL401 -->\n{CHROME}\n<!-- newslint: enable -->\n{CHROME}\n"
    assert codes(text) == [(6, "NL401")]


def test_disable_by_name_pack_or_tag():
    for selector in ("boilerplate/share-prompt", "boilerplate", "web-chrome"):
        text = f"Body.\n\n<!-- newslint: disable {selector} -->\n{CHROME}\n"
        assert codes(text) == [], selector


def test_disable_next_line_skips_blank_lines_and_only_that_line():
    text = f"Body.\n\n<!-- newslint: disable-next-line NL401 -->\n\n{CHROME}\n{CHROME}\n"
    assert codes(text) == [(6, "NL401")]


def test_disable_line_and_disable_file():
    assert codes(f"Body.\n\n{CHROME} <!-- newslint: disable-line -->\n") == []
    assert codes(f"<!-- newslint: disable-file NL401 -->\nBody.\n\n{CHROME}\n{CHROME}\n") == []


def test_directive_for_another_rule_does_not_suppress():
    text = f"Body.\n\n<!-- newslint: disable-next-line NL405 -->\n{CHROME}\n"
    assert codes(text, select=["NL401"]) == [(4, "NL401")]


def test_unused_and_unknown_directives_are_reported():
    text = "<!-- newslint: disable-next-line NL401 -->\nThe council met.\n"
    assert codes(text) == [(1, "NL001")]
    assert codes("<!-- newslint: disable NL9999 -->\nBody.\n") == [(1, "NL002")]


def test_unused_directive_is_off_by_default():
    text = "<!-- newslint: disable-next-line NL401 -->\nThe council met.\n"
    assert lint_text(text, "s.md") == []


def test_directives_work_in_plain_text_too():
    text = f"Body.\n\n<!-- newslint: disable-next-line -->\n{CHROME}\n"
    assert [f.code for f in lint_text(text, "s.txt", select=["NL401"])] == []
