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
        "The Hizballah fighters crossed.\n\nA Hizbollah commander spoke.\n",
        "Talks were in Malmö.\n\nDelegates left Malmo on Tuesday, and Malmö was quiet.\n",
        "The UN met in Damascus.\n\nDemascus lodged a complaint with Damascus allies.\n",
        "Aides said Qaddafi spoke.\n\nThen Gaddafi left, and aides said Qaddafi returned.\n",
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


def test_direction_comes_from_the_gazetteer_then_the_counts():
    # the typo is the majority, but the gazetteer knows the right spelling
    text = "Talks in Pyongang began.\n\nEnvoys left Pyongang and flew to Pyongyang.\n"
    found = lint_text(text, "s.txt", select=["NL501"])
    assert found and all(f.message.startswith("'Pyongang' is spelled 'Pyongyang'") for f in found)
    # a pair leans on its words' counts ("Reconaissance" once, "Reconnaissance" twice)
    text = (
        "The Mars Reconaissance Orbiter flew.\n\nThe Mars Reconnaissance craft landed.\n\n"
        "Its Reconnaissance Imager worked.\n"
    )
    assert all(
        "is spelled 'Mars Reconnaissance'" in f.message or "'Reconaissance'" in f.message
        for f in lint_text(text, "s.txt", select=["NL501"])
    )


def test_things_that_are_not_two_spellings_of_one_name():
    quiet = [
        # ordinary words that start sentences are not names
        "Dating apps grew.\n\nDahaka is the game's villain, and Dahaka returns.\n",
        "Protesters marched.\n\nThe Protestors Union met; Protestors Union staff spoke.\n",
        # a famous name beside a rarer one: two people
        "Rinaldi said the striker would stay. Rinaldi told reporters the offer was low, "
        "and Rinaldi left. The club wants Ronaldo.\n",
        # two people in a list of names, each beside a different name
        "The girls are Maryam Basheer, Mary Usman, Maryamu Lawan, Glory Dama and Asabe Goni.\n",
        # a possessive and a demonym of one name
        "The army said Pakistan's border was shut, and Pakistani troops moved.\n",
        "Officials said Israel's envoy met Israeli ministers.\n",
        # a company beside a person's surname
        "The deal was struck by Ford.\n\nMr Forde, the union leader, said it was fair.\n",
        # a team sheet
        "Replacements: Dowson, Haughton, Monye, Roques, Sanderson.\n\nMatt Dawson starts.\n",
    ]
    for text in quiet:
        assert spots(text, "NL501") == [], text


def test_a_byline_surname_is_not_a_variant_of_a_word_in_the_copy():
    text = "By Ann Storey\n\nThe Story of the year came from Leeds.\n"
    assert spots(text, "NL501") == []
