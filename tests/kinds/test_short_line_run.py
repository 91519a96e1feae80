from tests.conftest import spots


def test_a_run_of_short_lines_is_one_finding():
    text = "Home\nWorld\nBusiness\nSport\nWeather\n\nThe council met on Monday to vote.\n"
    assert spots(text, "NL417") == [(1, 1, "NL417")]


def test_a_spaced_out_run_needs_menu_labels():
    menu = "Sections\n\nPolitics\nElection 2024\n\nOpinion\nEditorials\n\nThe council met today.\n"
    assert spots(menu, "NL417") == [(1, 1, "NL417")]


def test_a_blank_line_ends_a_run_of_unknown_labels():
    text = "Rovers v United\nCity Park\n\nTuesday 1 March\nWINNERS (twice)\n\nThe council met.\n"
    assert spots(text, "NL417") == []


def test_list_items_headings_and_prose_break_runs():
    text = "# Harbour\n\n- Ferries\n- Buses\n- Trains\n- Taxis\n\nThe council met.\n"
    assert spots(text, "NL417", path="s.md") == []
    prose = "One.\nTwo words\nThe council met on Monday.\nThree\nFour\n"
    assert spots(prose, "NL417") == []
