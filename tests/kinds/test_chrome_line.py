"""chrome-line: interface text scored by the chrome model, both sides, and what --fix may do."""

from tests.conftest import spots

BODY = "The ferry resumed on Monday, the port authority said after a long meeting.\n\n"
END = "\n\nFares will rise in May, the operator said in a statement on Friday."


def test_sure_interface_lines_are_errors_and_name_their_signals():
    from newslint import lint_text

    story = BODY + "Follow our harbour desk on Instagram @harbourdesk" + END
    (finding,) = [f for f in lint_text(story, "s.txt") if f.code.startswith("NL42")]
    assert (finding.location.line, finding.code) == (3, "NL425")
    assert "call-to-action (follow … instagram)" in finding.message
    assert "social (instagram, @harbourdesk)" in finding.message


def test_likely_interface_lines_are_warnings():
    story = BODY + "Get the app for breaking news alerts on your phone" + END
    assert spots(story, "NL426") == [(3, 1, "NL426")]
    assert spots(story, "NL425") == []


def test_copy_with_the_same_words_is_quiet():
    for line in (
        "He declined to comment.",
        "She urged readers to download the council's new flood app, the mayor said.",
        "Police said the suspect followed the victim on Twitter and Instagram for months.",
        "A Reuters photographer saw the pier collapse at dawn on Tuesday.",
        "Silicon chips and the iconic silicon valleys of the region.",
    ):
        story = BODY + line + END
        assert spots(story, "chrome-model") == [], line


def test_quoted_prompts_are_speech():
    story = BODY + '"Sign up for our newsletter and never miss a story," she joked.' + END
    assert spots(story, "chrome-model") == []


def test_a_line_another_rule_reports_is_left_to_it():
    from newslint import lint_text

    story = BODY + "Share this story!" + END
    codes = [f.code for f in lint_text(story, "s.txt", select=["boilerplate"])]
    assert codes == ["NL401"]


def test_fix_deletes_sure_lines_only(cli):
    from pathlib import Path

    sure = "Please enable JavaScript and disable your ad blocker"
    likely = "Get the app for breaking news alerts on your phone"
    Path("s.txt").write_text(BODY + sure + "\n\n" + likely + END + "\n", encoding="utf-8")
    cli("check", "--fix", "s.txt")
    fixed = Path("s.txt").read_text(encoding="utf-8")
    assert sure not in fixed and likely in fixed
