"""newslint audit on a local multi-process Dask cluster: the same findings as newslint check."""

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from click.testing import CliRunner

from newslint import audit as auditing
from newslint.audit import read_findings
from newslint.cli import main
from newslint.runner import Overrides, lint_paths

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _key(row: dict) -> tuple:
    return (row["path"], row["line"], row["column"], row["code"], row["message"])


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """Three hundred and fifteen stories: the examples 45 times over, each copy made distinct."""
    root = tmp_path_factory.mktemp("archive")
    for copy in range(45):
        folder = root / "stories" / f"{copy:02d}"
        folder.mkdir(parents=True)
        for example in EXAMPLES.iterdir():
            text = example.read_text(encoding="utf-8")
            if copy % 3 == 0:
                text += f"\nShare this story!\n\nCopy {copy} of this story.\n"
            shutil.copy(example, folder / example.name)
            (folder / example.name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("limit", "where"),
    [(2000, "locally"), (100, "local cluster")],
    ids=["small archive: in this process", "large archive: local cluster"],
)
def test_folder_audit_equals_check(archive, monkeypatch, limit, where):
    """315 stories, with the limit above them, are linted in this process without Dask; with
    the limit lowered, on a local cluster. Same rows either way."""
    monkeypatch.chdir(archive)
    monkeypatch.setattr(auditing, "LOCAL_LIMIT", limit)
    expected = lint_paths(["stories"], Overrides(jobs=1, keep_texts=False))
    assert len(expected.files) == 315 and expected.findings
    out = f"out-{limit}"
    result = CliRunner().invoke(
        main, ["audit", "stories", "-o", out, "--workers", "2", "--partitions", "8"]
    )
    assert result.exit_code == 0, result.output
    assert "315 articles" in result.output and where in result.output
    rows = read_findings(archive / out)
    assert sorted(map(_key, rows)) == sorted(_key(f.to_dict()) for f in expected.findings)


def test_jsonl_audit_uses_each_articles_date(archive, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    story = "The derby was played on Wednesday, Jan. 7, and drew a record crowd.\n"
    lines = [
        {"id": "a-2018", "text": story, "date": "2018-01-09"},  # Jan. 7, 2018 was a Sunday
        {"id": "a-2015", "text": story, "date": "2015-01-09"},  # Jan. 7, 2015 was a Wednesday
        {"id": "web", "text": "The vote passed.\n\nShare this story!\n"},
    ]
    (tmp_path / "articles.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    result = CliRunner().invoke(
        main, ["audit", "articles.jsonl", "-o", "out", "--format", "jsonl", "--workers", "2"]
    )
    assert result.exit_code == 0, result.output
    found = {(r["id"], r["code"]) for r in read_findings(tmp_path / "out")}
    assert ("a-2018", "NL201") in found and ("a-2015", "NL201") not in found
    assert ("web", "NL401") in found


def test_unknown_archive_kind_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "articles.csv").write_text("id,text\n")
    result = CliRunner().invoke(main, ["audit", "articles.csv", "-o", "out", "--workers", "1"])
    assert result.exit_code == 2
    assert "give a folder, a .jsonl or a .parquet file" in result.output


@pytest.mark.parametrize("limit", [2000, 0], ids=["in this process", "on dask"])
def test_parquet_archive_gives_the_same_rows_either_way(tmp_path, monkeypatch, limit):
    import pyarrow as pa
    import pyarrow.parquet as pq

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(auditing, "LOCAL_LIMIT", limit)
    story = "The derby was played on Wednesday, Jan. 7, and drew a record crowd.\n"
    table = pa.table(
        {
            "id": ["a", "b"],
            "text": [story, "Body.\n\nShare this story!\n"],
            "date": ["2018-01-09", None],
        }
    )
    pq.write_table(table, tmp_path / "articles.parquet")
    result = CliRunner().invoke(main, ["audit", "articles.parquet", "-o", "out", "--workers", "1"])
    assert result.exit_code == 0, result.output
    found = {(r["id"], r["code"]) for r in read_findings(tmp_path / "out")}
    assert found == {("a", "NL201"), ("b", "NL401")}
