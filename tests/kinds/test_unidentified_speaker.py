from tests.conftest import spots


def test_surname_never_introduced():
    text = 'The bridge reopened on Monday.\n\n"It is safe now," White said.\n'
    assert spots(text, "NL305") == [(3, 19, "NL305")]
    text = 'The bridge reopened on Monday.\n\n"It is safe now," said White.\n'
    assert spots(text, "NL305") == [(3, 24, "NL305")]


def test_pronoun_with_nobody_before():
    assert spots('"It is safe now," she said.\n', "NL305") == [(1, 19, "NL305")]
    assert spots('"It is safe now," said she.\n', "NL305") == [(1, 24, "NL305")]


def test_introduced_institutions_and_names_are_quiet():
    quiet = [
        'Engineer Ann White inspected the bridge.\n\n"It is safe now," White said.\n',
        'Col. Thomas F. Veale spoke.\n\n"It is safe now," Veale said.\n',
        'President Bashar al-Assad spoke.\n\n"It is safe," Assad said.\n',
        'The bridge reopened.\n\n"It is safe now," Reuters reported.\n',
        "The Russian Ministry of Defense said the strike was illegal.\n",
        "Analysts said the figure was likely to rise.\n",
        "Officials said Thursday that the bridge was safe.\n",
        # any word of a full name: a double surname, a surname written first
        'President Luis Guillermo Solis Rivera came. "It is safe," Solis said.\n',
        'Director Wong Kar-Wai was honoured. "It is an honour," said Wong.\n',
        # organisations by the first word of their name, a joined name, an initial
        "Contrack International leads the group. Contrack said it would withdraw.\n",
        "Highfields Capital made the bid. Highfield said it would wait.\n",
        "Ernst & Young said the forecast was too high.\n",
        "B. Satyanarayana said he expected a deal.\n",
        # places and clubs that speak, ordinary words that start a sentence
        "Portugal confirmed the squad on Monday.\n",
        "Early estimates put the damage at $5bn.\n",
        # a name readers know, a company by the start of its name, a nickname inside a name
        "Tarantino says the crash is the biggest regret of his life.\n",
        "GlaxoSmithKline makes the pills. Glaxo said the dye was safe.\n",
        "Guitarist Brian 'Head' Welch told a radio station he was leaving.\n",
        # bodies that speak in prose, not in quotes
        "Willowfield claimed the team title on Sunday.\n",
        'Millions of children will go hungry, Oxfam says in a report. "We must act," it adds.\n',
        'Merriam-Webster said "blog" topped its list.\n',
    ]
    for text in quiet:
        assert spots(text, "NL305") == [], text


def test_pronouns_with_someone_to_point_to_are_quiet():
    quiet = [
        'A council engineer inspected it. "It is safe now," she said.\n',
        "A viewer who says he was disgusted is suing the network.\n",
        "The rapper has said he will leave the label.\n",
        'Lee Hale opened the shop in May. "It is busy," he said.\n',
        # anyone mentioned before: "a user" needs no role list to be someone
        "Apple sued\n\nA user of the music service is suing the firm.\n\nHe says the rules are unfair.\n",
    ]
    for text in quiet:
        assert spots(text, "NL305") == [], text
