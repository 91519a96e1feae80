"""The `newslint` command: check | compare | rules | explain. Parses options and dispatches;
never formats."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from . import __version__

EXIT_USAGE = 2
EXIT_INTERNAL = 3  # newslint.runner.EXIT_INTERNAL: a bug in newslint


class _Group(click.Group):
    """The command group; an exception that escapes a command is a bug in newslint. It gets
    one line that says so, and its own exit code (3), so CI can tell a broken run from a story
    with findings (1) or bad input (2)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:  # `newslint check | head`: the reader went away
            sys.stderr.close()
            ctx.exit(1)
        except Exception as exc:
            from .runner import internal_message

            click.echo(f"newslint: error: {internal_message(exc)}", err=True)
            ctx.exit(EXIT_INTERNAL)


def _split(values: tuple[str, ...]) -> tuple[str, ...] | None:
    items = tuple(v.strip() for value in values for v in value.split(",") if v.strip())
    return items or None


def _date(ctx, param, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _repo_root() -> Path:
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def _emit(text: str, output_file: str | None, to_stderr: bool = False) -> None:
    # A file name that is not UTF-8 must never end a report in a traceback.
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if output_file:
        Path(output_file).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False, err=to_stderr)


def _report_options(func):
    """Options `check` and `compare` share: what to run, when to fail, how to print."""
    options = [
        click.option(
            "--format",
            "fmt",
            type=click.Choice(
                ["text", "json", "sarif", "github", "gitlab", "junit", "rdjson", "html"]
            ),
            default="text",
            show_default=True,
            help="Output format: sarif (GitHub code scanning), github (annotations), gitlab "
            "(Code Quality), junit (Jenkins and other CI test reports), rdjson (reviewdog).",
        ),
        click.option(
            "--select",
            multiple=True,
            help="Rules to run: codes, names, packs or tags (replaces the config's).",
        ),
        click.option("--ignore", multiple=True, help="Rules to skip: codes, names, packs or tags."),
        click.option(
            "--fail-on",
            type=click.Choice(["error", "warning", "info", "never"]),
            help="Lowest severity that makes the exit code 1 (default: error).",
        ),
        click.option(
            "--min-severity",
            type=click.Choice(["info", "warning", "error"]),
            help="Report only findings at or above this severity (Vale's --minAlertLevel); the "
            "exit code then follows --fail-on over what is reported.",
        ),
        click.option(
            "--date", callback=_date, help="Publication date (YYYY-MM-DD) for copy that has none."
        ),
        click.option("--output-file", "-o", help="Write the report to this file."),
        click.option("--quiet", "-q", is_flag=True, help="No summary line; findings only."),
        click.option(
            "--color/--no-color",
            default=None,
            help="Colour the text output (default: on a terminal).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _print_problems(report) -> None:
    """Input warnings and errors, one line each on stderr."""
    from .finding import neutral, visible

    for warning in report.warnings:
        click.echo(neutral(f"newslint: warning: {visible(str(warning))}"), err=True)
    for error in report.errors:
        click.echo(neutral(f"newslint: error: {visible(str(error))}"), err=True)


def _at_least(report, min_severity: str | None) -> None:
    """--min-severity: drop the findings below it from the report (and so from the exit code)."""
    if min_severity:
        from .finding import Severity

        floor = Severity.parse(min_severity)
        report.findings = [f for f in report.findings if f.severity >= floor]


def _print(report, fmt, output_file, quiet, color, statistics=False, to_stderr=False) -> None:
    from . import formatters

    _print_problems(report)
    if color is None:
        color = not output_file and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    options = formatters.Options(color=color, quiet=quiet, statistics=statistics, root=_repo_root())
    _emit(formatters.render(fmt, report, options), output_file, to_stderr)
    sys.exit(report.exit_code())


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """newslint: find contradictions and leftovers in news copy before it is published."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(readable=False))
@_report_options
@click.option("--extend-select", multiple=True, help="Rules to run in addition to the selection.")
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Use this config file instead of discovering one.",
)
@click.option(
    "--isolated",
    is_flag=True,
    help="Ignore every config file (.newslint.yaml, pyproject.toml); use defaults and options.",
)
@click.option("--stdin-filename", help="Name to report for copy read from '-' (stdin).")
@click.option(
    "--root",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Project root: stories, sources and links must stay inside it (default: the git work "
    "tree, else the config's folder).",
)
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply `exclude` to files named on the command line too (for pre-commit).",
)
@click.option("--statistics", is_flag=True, help="Count findings per rule instead of listing them.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    help="Worker processes (0: one per CPU). Default: one per CPU for more than a few files.",
)
@click.option(
    "--fix",
    is_flag=True,
    help="Delete the web-page chrome that rules can safely remove (share prompts, comment "
    "widgets, icon text, repeated lines); report what is left. Contradictions are never fixed.",
)
@click.option("--diff", is_flag=True, help="Show what --fix would change, without writing.")
@click.option(
    "--exit-non-zero-on-fix",
    is_flag=True,
    help="With --fix: exit 1 when a file was changed, even if nothing is left to report.",
)
@click.option(
    "--add-suppressions",
    is_flag=True,
    help="Write a disable-line directive for each finding (adopting newslint on an archive); "
    "atomically, as --fix writes.",
)
@click.option(
    "--diff-base",
    metavar="REF",
    help="Report only findings on lines changed since this git revision (and uncommitted "
    "changes); a contradiction counts when either half was touched.",
)
@click.option("--show-settings", is_flag=True, help="Print the settings for the first path; exit.")
@click.option("--show-files", is_flag=True, help="Print the files that would be linted; exit.")
@click.option("--no-cache", is_flag=True, help="Lint every file, ignoring the result cache.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="NEWSLINT_CACHE_DIR",
    default=".newslint_cache",
    show_default=True,
    help="Where the result cache lives (env NEWSLINT_CACHE_DIR).",
)
def check(
    paths,
    fmt,
    select,
    extend_select,
    ignore,
    fail_on,
    date,
    config_path,
    isolated,
    stdin_filename,
    root,
    force_exclude,
    output_file,
    statistics,
    jobs,
    fix,
    diff,
    exit_non_zero_on_fix,
    add_suppressions,
    diff_base,
    show_settings,
    show_files,
    no_cache,
    cache_dir,
    quiet,
    color,
    min_severity,
) -> None:
    """Lint stories (files, folders, or - for stdin).

    With --fix, a story read from stdin is written, fixed, to stdout and the report goes to
    stderr (for editors)."""
    from .finding import InputError
    from .progress import Bar
    from .runner import Overrides, lint_paths

    if config_path is not None and not config_path.is_file():
        raise click.BadParameter(f"{config_path} does not exist", param_hint="--config")
    overrides = Overrides(
        select=_split(select),
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        fail_on=fail_on,
        date=date,
        config=config_path,
        stdin_filename=stdin_filename,
        jobs=jobs,
        cache_dir=None if no_cache else cache_dir,
        keep_texts=fmt == "html",
        fix="diff" if diff else ("fix" if fix else None),
        root=root,
        force_exclude=force_exclude,
        isolated=isolated,
    )
    if exit_non_zero_on_fix and not fix:
        raise click.BadParameter("needs --fix", param_hint="--exit-non-zero-on-fix")
    if add_suppressions and (fix or diff or "-" in paths):
        raise click.BadParameter(
            "cannot be combined with --fix, --diff or stdin", param_hint="--add-suppressions"
        )
    if show_settings or show_files:
        from . import show

        try:
            text = (show.settings if show_settings else show.files)(list(paths) or ["."], overrides)
        except InputError as exc:
            click.echo(f"newslint: error: {exc}", err=True)
            sys.exit(EXIT_USAGE)
        _emit(text, output_file)
        sys.exit(0)
    bar = Bar()
    try:
        changes = None
        if diff_base:
            from . import changed

            changes = changed.since(diff_base)
        report = lint_paths(list(paths) or ["."], overrides, progress=bar)
    except InputError as exc:  # config or rule packs, or git: nothing can be linted
        click.echo(f"newslint: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    finally:
        bar.close()
    if changes is not None:
        report.findings = [f for f in report.findings if changes.keeps(f)]
    _at_least(report, min_severity)
    if add_suppressions:
        _add_suppressions(report, root)
    if diff:
        _print_diff(report)
    if fix:
        _print_fixes(report)
        if exit_non_zero_on_fix and report.changes and report.exit_code() == 0:
            _print_problems(report)
            sys.exit(1)
    # With --fix, a story from stdin goes back on stdout, so the report goes to stderr.
    to_stderr = fix and "-" in paths
    _print(report, fmt, output_file, quiet, color, statistics, to_stderr)


def _add_suppressions(report, root) -> None:
    """--add-suppressions: write the directives, say how many, exit (2 if a file refused)."""
    from . import suppressions
    from .formatters.text import plural

    added = suppressions.add(report.findings, root)
    report.errors.extend(added.errors)
    _print_problems(report)
    click.echo(
        f"Added {plural(added.directives, 'suppression')} to {plural(added.files, 'file')}.",
        err=True,
    )
    sys.exit(2 if report.errors else 0)


def _print_diff(report) -> None:
    """--diff: the changes as a unified diff on stdout, a count on stderr; exit 1 when any."""
    from . import fix
    from .formatters.text import plural

    for change in report.changes:
        click.echo(fix.diff(change), nl=False)
    fixed = sum(c.fixed for c in report.changes)
    files = len(report.changes)
    _print_problems(report)
    if files:
        click.echo(f"Would fix {plural(fixed, 'problem')} in {plural(files, 'file')}.", err=True)
    else:
        click.echo("No fixes to make.", err=True)
    sys.exit(2 if report.errors else (1 if files else 0))


def _print_fixes(report) -> None:
    """--fix: the fixed story on stdout when it came from stdin; how much was fixed."""
    from .formatters.text import plural

    for change in report.changes:
        if change.path is None:
            sys.stdout.buffer.write(change.after)
            sys.stdout.buffer.flush()
    fixed = sum(c.fixed for c in report.changes)
    if fixed:
        files = len(report.changes)
        click.echo(f"Fixed {plural(fixed, 'problem')} in {plural(files, 'file')}.", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))
@_report_options
@click.option(
    "--root",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    help="Project root: reports and links must stay inside it (default: the git work tree).",
)
def compare(
    paths, fmt, select, ignore, fail_on, date, output_file, quiet, color, root, min_severity
) -> None:
    """Compare reports of one event: cross-document contradictions and a claims table."""
    from .finding import InputError
    from .runner import Overrides, compare_paths

    overrides = Overrides(
        select=_split(select), ignore=_split(ignore), fail_on=fail_on, date=date, root=root
    )
    try:
        report = compare_paths(list(paths), overrides, own=fmt == "html")
    except InputError as exc:
        click.echo(f"newslint: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    _at_least(report, min_severity)
    _print(report, fmt, output_file, quiet, color)


@main.command()
@click.argument("source", type=click.Path(exists=True, path_type=Path))
@click.option(
    "--output",
    "-o",
    "output",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for the findings' part files.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["parquet", "jsonl"]),
    default="parquet",
    show_default=True,
)
@click.option(
    "--scheduler",
    help="A running Dask scheduler (default: a local cluster; an archive of fewer than 300 "
    "articles is linted in this process, where starting Dask would cost more).",
)
@click.option("--workers", type=click.IntRange(min=1), help="Local cluster size (default: CPUs).")
@click.option("--partitions", type=click.IntRange(min=1), default=64, show_default=True)
@click.option("--select", multiple=True, help="Rules to run: codes, names, packs or tags.")
@click.option("--ignore", multiple=True, help="Rules to skip: codes, names, packs or tags.")
@click.option("--date", callback=_date, help="Publication date for articles that have none.")
def audit(source, output, fmt, scheduler, workers, partitions, select, ignore, date) -> None:
    """Lint an archive on a Dask cluster: a folder tree, or a .jsonl / .parquet file of
    articles with id, text and optional date. Needs `pip install newslint[dask]`."""
    from .runner import Overrides

    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401

        from . import audit as auditing
    except ImportError:
        click.echo("newslint: error: audit needs Dask: pip install 'newslint[dask]'", err=True)
        sys.exit(EXIT_USAGE)
    overrides = Overrides(select=_split(select), ignore=_split(ignore), date=date, keep_texts=False)
    try:
        counts = auditing.audit(source, output, overrides, scheduler, workers, fmt, partitions)
    except auditing.ArchiveError as exc:
        click.echo(f"newslint: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    rate = counts["articles"] / counts["seconds"] if counts["seconds"] else 0.0
    click.echo(
        f"{counts['articles']} articles, {counts['findings']} findings in "
        f"{counts['seconds']:.1f} s ({rate:,.0f} articles/s, {counts['where']}); "
        f"written to {output}/",
        err=True,
    )


def _registry():
    from .finding import InputError
    from .rulepack import load_registry

    try:
        return load_registry()
    except InputError as exc:
        click.echo(f"newslint: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
)
def rules(fmt: str) -> None:
    """List every rule newslint has."""
    from . import ruledocs

    registry = _registry()
    if fmt == "markdown":
        click.echo(ruledocs.page(registry), nl=False)
    elif fmt == "json":
        click.echo(ruledocs.as_json(registry.rules), nl=False)
    else:
        click.echo(ruledocs.table(registry.rules), nl=False)


@main.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Explain a rule: what it catches, why, examples and params."""
    from . import ruledocs

    registry = _registry()
    found = registry.get(rule)
    if found is None:
        click.echo(f"newslint: error: no rule {rule!r}{registry.suggest(rule)}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(ruledocs.text(found))


@main.command()
def server() -> None:
    """Run the language server over stdio, for editors (needs `pip install newslint[server]`).
    Findings appear as diagnostics while you type; see docs/editors.md."""
    try:
        from .server import main as serve
    except ImportError as exc:
        click.echo(
            f"newslint: error: the language server needs pygls ({exc.name} is missing): "
            "pip install 'newslint[server]'",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    serve()
