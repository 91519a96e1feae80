from newslint import lint_text
from tests.conftest import spots


def test_minority_spelling_points_at_majority():
    text = "Troops massed near Deir Ezzor.\n\nDeir Ezzor was quiet.\n\nShelling hit Deir ez-Zour overnight.\n"
    (finding,) = lint_text(text, "s.txt", select=["NL501"])
    assert (finding.location.line, finding.location.column) == (5, 14)
    assert finding.related[0].location.line == 1
    assert "Deir Ezzor" in finding.message


def test_variant_classes():
    fail = [
        "Hizballah fighters crossed.\n\nA Hizbollah commander spoke.\n",
        "Talks were in Malmö.\n\nDelegates left Malmo on Tuesday, and Malmö was quiet.\n",
        "The UN met in Damascus.\n\nDemascus lodged a complaint with Damascus allies.\n",
        "Aides said Qaddafi spoke.\n\nGaddafi left on Tuesday, and aides said Qaddafi returned.\n",
    ]
    for text in fail:
        assert [c for _, _, c in spots(text, "NL501")] == ["NL501"], text


def test_never_flags_different_names_aliases_and_typography():
    quiet = [
        "Officials from Niger and Nigeria met.\n",
        "Ministers from Austria and Australia met.\n",
        "Iran and Iraq signed.\n",
        "Sudan and South Sudan signed.\n",
        "Georgia said Georgian troops left.\n",
        "Jon Smith and John Brown ran the shop.\n",
        "Islamic State claimed it. ISIS fighters and Daesh media agreed.\n",
        "The U.S. and the USA are one country.\n",
        "Iraq said Iraqi troops left.\n",
        "HOUSTON\n\nHouston won the game.\n",
        "Mario Ancic beat Maria Sharapova's brother.\n",
    ]
    for text in quiet:
        assert spots(text, "NL501") == [], text
