from tests.conftest import spots


def test_each_match_is_reported_at_its_column():
    text = "The storm killed TK people, and TK more were missing.\n"
    assert spots(text, "NL419") == [(1, 18, "NL419"), (1, 33, "NL419")]


def test_min_count_reports_the_line_once():
    line = "icon bookmarkicon cameraicon checkicon closeicon mailicon"
    assert spots("Body.\n\n" + line + "\n", "NL412") == [(3, 1, "NL412")]
    assert spots("Body.\n\nThe icon of an icon-maker.\n", "NL412") == []


def test_whole_line_patterns_need_the_whole_line():
    assert spots("Body.\n\n[AP] [Reuters]\n", "NL414") == [(3, 1, "NL414")]
    assert spots('The ministry said [the strike] was "a mistake".\n', "NL414") == []


def test_outside_quotes_skips_quoted_speech():
    quoted = 'Body.\n\n"All rights reserved," the label said of the songs.\n'
    assert spots(quoted, "NL410") == []
    assert spots("Body.\n\nAll rights reserved.\n", "NL410") == [(3, 1, "NL410")]


def test_lines_in_markdown_code_are_not_seen():
    assert spots("Body.\n\n```\n{{name}}\n```\n", "NL420", path="s.md") == []
    assert spots("Body.\n\n{{name}}\n", "NL420", path="s.md") == [(3, 1, "NL420")]
