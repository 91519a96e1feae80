import pytest

from newslint.kinds import house_style
from newslint.params import Lexicon
from tests.conftest import spots


def test_sheet_entries_become_findings():
    assert spots("Hizbollah fighters crossed.\n", "NL503") == [(1, 1, "NL503")]
    assert spots("Hezbollah fighters crossed.\n", "NL503") == []


def test_malformed_sheet_entry_is_refused():
    with pytest.raises(ValueError, match="variant => house form"):
        house_style.Params(sheet=Lexicon(["Hizbollah Hezbollah"])).validate()
