from newslint import lint_text
from tests.conftest import spots


def test_conflict_toll_nobody_stands_behind():
    text = (
        "Clashes in the east\n\nThe strike killed more than 100 fighters.\n\nRoads were closed.\n"
    )
    assert spots(text, "NL302") == [(3, 19, "NL302")]
    text = "Shelling resumes\n\nArtillery fire killed 14 civilians in the old town.\n"
    assert spots(text, "NL302") == [(3, 23, "NL302")]
    text = "Night raid\n\nAbout 30 militants died in the raid, and the town fell.\n"
    assert spots(text, "NL302") == [(3, 1, "NL302")]


def test_a_source_in_reach_makes_it_quiet():
    quiet = [
        # the sentence, the paragraph, the next sentence pointing back, a quote's speaker
        "Clashes\n\nThe strike killed more than 100 fighters, a US official said.\n",
        "Clashes\n\nThe strike killed 12 fighters. The figure came from the coalition, which said more may be dead.\n",
        "Clashes\n\nThe strike killed 12 fighters.\n\nThat figure was given by the coalition, which said more may be dead.\n",
        'Clashes\n\nThe strike killed 12 fighters. "We hit them hard," the colonel said.\n',
        # a wire credit: dateline, end of paragraph, credit line for the whole story
        "Clashes\n\nBEIRUT (Reuters) - The strike killed 12 fighters on Tuesday.\n",
        "Clashes\n\nThe strike killed 12 fighters on Tuesday. (AFP)\n",
        "Clashes\n\nThe strike killed 12 fighters on Tuesday.\n\nReporting by Ann Lee; editing by Tom Hale\n",
        # the same toll attributed elsewhere in the story (a lede, sourced further down)
        "Clashes\n\nThe strike killed more than 100 fighters.\n\nRoads were closed.\n\nMore than 100 fighters died, the coalition said.\n",
    ]
    for text in quiet:
        assert spots(text, "NL302") == [], text


def test_out_of_scope_counts_are_quiet():
    quiet = [
        "Strike kills 100 fighters\n\nRoads were closed on Monday.\n",  # the headline
        "Clashes\n\nAround 100 soldiers were killed in a similar strike in 2016.\n",  # history
        "Clashes\n\nOver 100 troops were reported killed.\n",  # passive: NL303's business
        "Tram crash\n\nSeven people died when the tram overturned.\n",  # an accident's toll
        "Obituary\n\nThe conductor has died in Germany at 50.\n",  # an age
        "Rugby\n\nSale are missing 14 players through injury.\n",  # not a toll
        'Clashes\n\n"We killed 40 fighters," the commander said.\n',  # a quote
        "Clashes\n\nThe strike killed 12 people, including 10 fighters, officials said.\n",
    ]
    for text in quiet:
        assert spots(text, "NL302") == [], text


def test_caption_lines_are_quiet():
    text = (
        "Clashes\n\nRoads were closed on Monday, the army said.\n\n"
        "Soldiers at the scene where 40 fighters died. Photo: Getty Images\n\n"
        "The town was quiet by noon, officials said.\n"
    )
    assert [f for f in lint_text(text, "s.txt", select=["NL302"])] == []


def test_a_sourced_count_backs_only_what_it_supports():
    backed = "Clashes\n\nDozens of fighters died in the raid.\n\nRoads were shut.\n\nThe army said 45 fighters died.\n"
    assert spots(backed, "NL302") == []
    beyond = "Clashes\n\nThe raid killed in excess of 100 fighters.\n\nRoads were shut.\n\nAbout 100 fighters died, the army said.\n"
    assert spots(beyond, "NL302") == [(3, 17, "NL302")]
