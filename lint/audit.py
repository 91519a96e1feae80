"""`newslint audit`: lint an archive on a Dask cluster (the optional `newslint[dask]` extra).

An archive is a folder tree of stories, or a JSON Lines or Parquet file of articles with `id`,
`text` and optionally `date` (YYYY-MM-DD, the publication date). Dask does the distribution:
the articles become partitions of a Dask bag, each partition is linted by a worker with the same
engine and rules as `newslint check`, and the findings are written by the workers as Parquet or
JSON Lines part files in the output folder, one row per finding:
`id, path, line, column, end_line, end_column, code, rule, pack, severity, message`.
A local cluster is started by default; `--scheduler tcp://host:8786` uses a running one (the
archive must then be readable by its workers at the same path, as for any Dask job on files).
An archive of fewer than LOCAL_LIMIT articles is linted in this process without Dask (its fixed
cost is larger than the work), with the same rows.
Articles that cannot be linted become rows with code `ERROR` and the reason as the message.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path


class ArchiveError(ValueError):
    """An archive newslint cannot read as articles."""


COLUMNS = (
    "id",
    "path",
    "line",
    "column",
    "end_line",
    "end_column",
    "code",
    "rule",
    "pack",
    "severity",
    "message",
)
NUMBERS = frozenset({"line", "column", "end_line", "end_column"})  # the int64 columns


def _rows(records: list[dict], overrides) -> list[dict]:
    """Lint one partition of article records: {id, path} for files or {id, text, date}."""
    from .runner import _Item, _Session

    session = _Session(overrides)
    rows = []
    for record in records:
        if "path" in record:
            item = _Item(Path(record["path"]), record["id"])
        else:
            data = str(record.get("text") or "").encode("utf-8")
            item = _Item(None, str(record["id"]), data, _date(record.get("date")))
        result = session.run(item)
        for finding in result.findings:
            row = finding.to_dict()
            del row["related"]
            rows.append({"id": item.name, **row})
        for error in result.errors:
            rows.append(
                {
                    "id": item.name,
                    "path": item.name,
                    **dict.fromkeys(("line", "column", "end_line", "end_column"), 0),
                    "code": "ERROR",
                    "rule": "",
                    "pack": "",
                    "severity": "error",
                    "message": error.message,
                }
            )
    return rows


def _date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _articles(source: Path, partitions: int):
    """A Dask bag of article records."""
    import dask.bag as db

    if source.is_dir():
        from . import discover
        from .config import discover as settings_for
        from .runner import display_path

        paths = list(discover.walk(source, settings_for(source)))
        records = [{"id": display_path(p), "path": str(p.resolve())} for p in paths]
        return db.from_sequence(records, npartitions=max(1, min(partitions, len(records))))
    suffix = source.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return db.read_text(str(source), blocksize="8MiB").filter(str.strip).map(json.loads)
    if suffix == ".parquet":
        import dask.dataframe as dd

        frame = dd.read_parquet(str(source))
        wanted = [c for c in ("id", "text", "date") if c in frame.columns]
        return frame[wanted].to_bag(format="dict")
    raise ArchiveError(f"{source}: give a folder, a .jsonl or a .parquet file")


def audit(
    source: Path,
    output: Path,
    overrides,
    scheduler: str | None = None,
    workers: int | None = None,
    fmt: str = "parquet",
    partitions: int = 64,
) -> dict:
    """Lint `source` and write the findings to `output`; returns counts, time and where it ran.

    Dask's fixed cost is the import of dask, distributed and pyarrow (~1.5 s on 2 cores) and
    the local cluster's start (~1 s more; bench/results/speed.md). An archive of fewer than
    LOCAL_LIMIT articles, with no `--scheduler`, is therefore linted in this process without
    Dask, and its rows written the same way (one part file)."""
    import time

    started = time.perf_counter()
    if not scheduler and size_of(source) < LOCAL_LIMIT:
        total, findings = _audit_here(source, output, overrides, fmt)
        seconds = time.perf_counter() - started
        return {"articles": total, "findings": findings, "seconds": seconds, "where": "locally"}
    from distributed import Client

    cluster = None
    if scheduler:
        client, where = Client(scheduler), scheduler
    else:
        from distributed import LocalCluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
        client, where = Client(cluster), "local cluster"
    try:
        articles = _articles(source, partitions)
        counted = articles.map_partitions(lambda part: [len(list(part))]).sum()
        rows = articles.map_partitions(_rows, overrides)
        output.mkdir(parents=True, exist_ok=True)
        if fmt == "jsonl":
            write = rows.map(json.dumps).to_textfiles(str(output / "part-*.jsonl"), compute=False)
        else:
            import pandas as pd

            meta = pd.DataFrame(
                {c: pd.Series(dtype="int64" if c in NUMBERS else "string") for c in COLUMNS}
            )
            frame = rows.to_dataframe(meta=meta)
            write = frame.to_parquet(
                str(output), write_index=False, schema=_schema(), compute=False
            )
        import dask

        dask.compute(write)
        total = counted.compute()  # reads the archive again, but lints nothing
        findings = _count_rows(output, fmt)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    seconds = time.perf_counter() - started
    return {"articles": int(total), "findings": findings, "seconds": seconds, "where": where}


def _schema():
    import pyarrow as pa

    return pa.schema([(c, pa.int64() if c in NUMBERS else pa.string()) for c in COLUMNS])


def _records(source: Path) -> list[dict]:
    """The articles of a small archive, read here (what `_articles` makes a Dask bag of)."""
    if source.is_dir():
        from . import discover
        from .config import discover as settings_for
        from .runner import display_path

        paths = discover.walk(source, settings_for(source))
        return [{"id": display_path(p), "path": str(p.resolve())} for p in paths]
    suffix = source.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with source.open(encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(source)
        wanted = [c for c in ("id", "text", "date") if c in table.column_names]
        return table.select(wanted).to_pylist()
    raise ArchiveError(f"{source}: give a folder, a .jsonl or a .parquet file")


def _audit_here(source: Path, output: Path, overrides, fmt: str) -> tuple[int, int]:
    records = _records(source)
    rows = _rows(records, overrides)
    output.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        with (output / "part-0.jsonl").open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(row) + "\n" for row in rows)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        columns = {c: [row[c] for row in rows] for c in COLUMNS}
        pq.write_table(pa.table(columns, schema=_schema()), output / "part-0.parquet")
    return len(records), len(rows)


LOCAL_LIMIT = 300  # articles: below it, linting them here beats starting Dask


def size_of(source: Path) -> int:
    """How many articles `source` holds, counted without linting (or LOCAL_LIMIT once it is
    clear there are at least that many)."""
    if source.is_dir():
        from . import discover
        from .config import discover as settings_for

        count = 0
        for _ in discover.walk(source, settings_for(source)):
            count += 1
            if count >= LOCAL_LIMIT:
                break
        return count
    suffix = source.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        files = [source] if source.is_file() else sorted(source.glob("*.parquet"))
        return sum(pq.ParquetFile(f).metadata.num_rows for f in files)
    if suffix in (".jsonl", ".ndjson"):
        count = 0
        with source.open("rb") as lines:
            for line in lines:
                count += bool(line.strip())
                if count >= LOCAL_LIMIT:
                    break
        return count
    return 0  # not an archive: _articles says so


def _count_rows(output: Path, fmt: str) -> int:
    if fmt == "jsonl":
        return sum(
            1 for part in output.glob("part-*.jsonl") for line in part.open() if line.strip()
        )
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(part).metadata.num_rows for part in output.glob("*.parquet"))


def read_findings(output: Path) -> list[dict]:
    """Every row an audit wrote (Parquet or JSON Lines), for tests and follow-up scripts."""
    rows = []
    for part in sorted(output.glob("part-*.jsonl")):
        rows += [json.loads(line) for line in part.open() if line.strip()]
    if any(output.glob("*.parquet")):
        import pandas as pd

        rows += pd.read_parquet(output).to_dict(orient="records")
    return rows
