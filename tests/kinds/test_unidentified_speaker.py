from tests.conftest import spots


def test_surname_never_introduced():
    text = 'The bridge reopened on Monday.\n\n"It is safe now," White said.\n'
    assert spots(text, "NL305") == [(3, 19, "NL305")]
    text = 'The bridge reopened on Monday.\n\n"It is safe now," said White.\n'
    assert spots(text, "NL305") == [(3, 24, "NL305")]


def test_introduced_institutions_and_names_are_quiet():
    quiet = [
        'Engineer Ann White inspected the bridge.\n\n"It is safe now," White said.\n',
        'Col. Thomas F. Veale spoke.\n\n"It is safe now," Veale said.\n',
        'President Bashar al-Assad spoke.\n\n"It is safe," Assad said.\n',
        'The bridge reopened.\n\n"It is safe now," Reuters reported.\n',
        "The Russian Ministry of Defense said the strike was illegal.\n",
        "Analysts said the figure was likely to rise.\n",
        "Officials said Thursday that the bridge was safe.\n",
    ]
    for text in quiet:
        assert spots(text, "NL305") == [], text
