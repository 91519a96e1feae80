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


def _lines_found(text: str, pattern: str) -> list[int]:
    import re

    from newslint.document import Document
    from newslint.kinds import line_pattern
    from newslint.params import Pattern

    compiled = Pattern(pattern)
    compiled.compiled = re.compile(pattern)
    doc = Document(text, "story.txt")
    return [
        doc.position(h.start)[0] for h in line_pattern.check(doc, line_pattern.Params(compiled))
    ]


def test_a_story_with_no_match_anywhere_is_searched_once():
    """A shipped pattern with no look-around is first searched over the whole story, its ^
    and $ at every line's edges: lines that match alone still match, and a story with none is
    left at once. A pattern that could see past a line's edge is searched line by line."""
    import re

    from newslint.kinds import line_pattern

    text = "Body of the story.\n\n  www.example.com/page  \n\nMore copy here.\n[AP] [Reuters]\n"
    assert _lines_found(text, r"^\s*<?(?:https?://|www\.)\S+>?\s*$") == [3]
    assert _lines_found(text, r"^\s*(?:\[[^\[\]\n]{1,80}\]\s*){2,}$") == [6]
    assert _lines_found(text, r"^More copy here\.$") == [5]
    assert _lines_found(text, r"\bcopy\b") == [5]
    assert _lines_found("Nothing to see.\nAt all.\n", r"^\s*www\.\S+$") == []
    # (?<!\s) at a line's start sees nothing in the line, but the newline in the story
    assert line_pattern._story_search(re.compile(r"(?<!\s)More")) is None
    assert _lines_found(text, r"(?<!\s)More") == [5]
    assert line_pattern._story_search(re.compile(r"^Body")) is not None
