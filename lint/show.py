"""`--show-settings` and `--show-files`: what a run would use, for debugging a config.

`--show-settings` prints the settings that govern the first path (the config file found, or
none, every setting with command-line options applied, the project root) and the rules that
would run on it, one per line with severity. `--show-files` prints every file a run would
lint, in the order it would lint them, one per line. Neither lints anything.
"""

from __future__ import annotations

from pathlib import Path


def _session(overrides):
    from .runner import _Session

    return _Session(overrides)


def files(paths: list[str], overrides) -> str:
    session = _session(overrides)
    names = [item.name for item in session.items(paths)]
    problems = [str(e) for e in session.report.errors]
    return "".join(f"{name}\n" for name in [*names, *(f"error: {p}" for p in problems)])


def settings(paths: list[str], overrides) -> str:
    from . import trust

    session = _session(overrides)
    first = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
    folder = first if first.is_dir() else first.parent
    chosen = session.settings_for(folder.absolute())
    _, rules = session.rules_for(_item(first))
    lines = [f"config: {chosen.source or '(none: defaults)'}"]
    lines.append(f"root: {trust.root_for(first, chosen.root, overrides.root)}")
    for name, value in chosen._asdict().items():
        if name in ("root", "source"):
            continue
        shown = [(k, str(v)) for k, v in value] if name == "severity" else value
        lines.append(f"{name.replace('_', '-')}: {shown}")
    fail_on = overrides.fail_on or chosen.fail_on or "error"
    lines.append(f"fail-on (in effect): {fail_on}")
    lines.append(f"rules ({len(rules)}):")
    lines += [f"  {r.code} {r.name} [{r.severity}]" for r in rules]
    return "\n".join(lines) + "\n"


def _item(path: Path):
    from .runner import _Item, display_path

    file = path if path.is_file() else path / "story.md"  # a folder: the rules of a story in it
    return _Item(file.absolute(), display_path(file))
