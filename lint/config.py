"""Configuration: `.newslint.yaml` or `[tool.newslint]` in pyproject.toml, found upward from a file.

The nearest folder holding either governs the files below it (`.newslint.yaml` wins when both are
there). Keys are validated strictly: an unknown key is an error that names it and suggests the
closest known one. Command-line options override what the file says.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from .finding import InputError, Severity
from .reading import DEFAULT_MAX_FILE_SIZE
from .records import Record
from .yamlio import LinedDict, load_yaml

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")
FAIL_ON = ("error", "warning", "info", "never")
DEFAULT_EXCLUDE = (
    ".git/",
    ".hg/",
    ".svn/",
    ".venv/",
    "venv/",
    "node_modules/",
    ".tox/",
    ".nox/",
    "__pycache__/",
    ".newslint_cache/",
    "build/",
    "dist/",
    "site-packages/",
)

KEYS = {
    "select": "list",
    "extend-select": "list",
    "ignore": "list",
    "per-file-ignores": "map-list",
    "severity": "map-str",
    "fail-on": "str",
    "packs": "list",
    "extend-lexicons": "map-list",
    "exclude": "list",
    "extend-exclude": "list",
    "respect-gitignore": "bool",
    "max-file-size": "size",
}
# re.compile, not patterns.compile: a result-cache hit reads the config but no shipped program
_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([KMG]?B)?", re.I)
_UNITS = {None: 1, "B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}


class Settings(Record):
    root: Path
    source: str | None = None  # the config file, for messages
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, Severity], ...] = ()
    fail_on: str | None = None
    packs: tuple[str, ...] = ()
    extend_lexicons: tuple[tuple[str, tuple[str, ...]], ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    respect_gitignore: bool = True
    max_file_size: int = DEFAULT_MAX_FILE_SIZE  # bytes; larger files are skipped (0: no limit)


def _line_in_toml(text: str, key: str) -> int:
    match = re.search(rf"^\s*\"?{re.escape(key)}\"?\s*=", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def _size(value) -> int | None:
    """Bytes from `20 MB`, `500 KB` or a plain number of bytes; None when it is not a size."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and value >= 0:
        return value
    match = _SIZE.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        return None
    unit = match.group(2).upper() if match.group(2) else None
    return int(float(match.group(1)) * _UNITS[unit])


def _packs(names: list[str], path: Path, line: int) -> tuple[str, ...]:
    """The config's `packs:` as absolute paths, each inside the config's project root (its git
    work tree, else its folder): a pack outside it could be any file on the machine, and an
    error about it would print a line of that file."""
    from . import trust

    root = trust.root_for(path, path.parent, None)
    found = []
    for name in names:
        target = (path.parent / name).resolve()
        if not trust.inside(target, root):
            raise InputError(
                str(path), f"pack {name!r} is outside the project root ({root}); not read", line
            )
        found.append(str(target))
    return tuple(found)


def _validate(data: dict, path: Path, line_of) -> Settings:
    source = str(path)
    values: dict = {}
    for key, value in data.items():
        line = line_of(key)
        if key not in KEYS:
            import difflib

            close = difflib.get_close_matches(str(key), KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise InputError(source, f"unknown config key {key!r}{hint}", line)
        shape = KEYS[key]
        ok = {
            "list": isinstance(value, list) and all(isinstance(v, str) for v in value),
            "str": isinstance(value, str),
            "bool": isinstance(value, bool),
            "map-str": isinstance(value, dict) and all(isinstance(v, str) for v in value.values()),
            "size": _size(value) is not None,
            "map-list": isinstance(value, dict)
            and all(
                isinstance(v, list) and all(isinstance(i, str) for i in v) for v in value.values()
            ),
        }[shape]
        if not ok:
            wanted = {
                "list": "a list of text",
                "str": "text",
                "bool": "true or false",
                "map-str": "a table of text",
                "map-list": "a table of lists",
                "size": "a size such as 20 MB or 500 KB (0: no limit)",
            }[shape]
            raise InputError(source, f"config key {key!r} must be {wanted}", line)
        values[key] = value
    root = path.parent
    if "fail-on" in values and values["fail-on"] not in FAIL_ON:
        raise InputError(source, f"fail-on must be one of {', '.join(FAIL_ON)}", line_of("fail-on"))
    severity = []
    for selector, name in values.get("severity", {}).items():
        try:
            severity.append((selector, Severity.parse(name)))
        except ValueError as exc:
            message = f"severity of {selector!r}: {exc}"
            raise InputError(source, message, line_of("severity")) from None
    exclude = tuple(values.get("exclude", DEFAULT_EXCLUDE)) + tuple(
        values.get("extend-exclude", ())
    )
    select = values.get("select")
    return Settings(
        root=root,
        source=source,
        select=tuple(select) if select is not None else None,
        extend_select=tuple(values.get("extend-select", ())),
        ignore=tuple(values.get("ignore", ())),
        per_file_ignores=tuple(
            (k, tuple(v)) for k, v in values.get("per-file-ignores", {}).items()
        ),
        severity=tuple(severity),
        fail_on=values.get("fail-on"),
        packs=_packs(values.get("packs", ()), path, line_of("packs")),
        extend_lexicons=tuple((k, tuple(v)) for k, v in values.get("extend-lexicons", {}).items()),
        exclude=exclude,
        respect_gitignore=values.get("respect-gitignore", True),
        max_file_size=_size(values.get("max-file-size", DEFAULT_MAX_FILE_SIZE)),
    )


def load(path: Path) -> Settings | None:
    """Settings from one config file; None for a pyproject.toml without [tool.newslint]."""
    if path.name == "pyproject.toml":
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(path), f"cannot read: {exc}") from None
        if "newslint" not in text:
            return None  # most projects' pyproject.toml: no need to parse it (or import tomllib)
        import tomllib

        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            found = re.search(r"line (\d+)", str(exc))
            line = int(found.group(1)) if found else 0
            raise InputError(str(path), f"invalid TOML: {exc}", line) from None
        section = data.get("tool", {}).get("newslint")
        if section is None:
            return None
        if not isinstance(section, dict):
            raise InputError(str(path), "[tool.newslint] must be a table")
        return _validate(section, path, lambda key: _line_in_toml(text, key))
    data = load_yaml(path)
    if data is None:
        data = LinedDict()
    if not isinstance(data, dict):
        raise InputError(str(path), "config must be a mapping of keys to values", 1)
    return _validate(data, path, data.line_of if isinstance(data, LinedDict) else lambda k: 0)


def line_mentioning(source: str, word: str) -> int | None:
    """The first line of the config file `source` that names `word` (for an error about it),
    or None when `source` is not a file or does not name it."""
    try:
        text = Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    found = re.search(rf"(?<![\w/-]){re.escape(word)}(?![\w/-])", text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def discover(folder: Path) -> Settings:
    """The settings governing files in `folder`: the nearest config upward, else defaults.
    Remembered per real folder (and current folder, which a relative path and the defaults'
    root depend on) until `clear()`: a language server clears it when a config changes."""
    return _discover(folder.resolve(), Path.cwd())


def clear() -> None:
    _discover.cache_clear()


@functools.cache
def _discover(folder: Path, cwd: Path) -> Settings:
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            if (candidate / name).is_file():
                return load(candidate / name)
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file():
            settings = load(pyproject)
            if settings is not None:
                return settings
    return Settings(root=cwd)


def with_overrides(settings: Settings, **changes) -> Settings:
    """Command-line options on top of a file's settings (None means 'not given')."""
    given = {k: v for k, v in changes.items() if v is not None}
    if "ignore" in given:
        given["ignore"] = settings.ignore + tuple(given["ignore"])
    if "extend_select" in given:
        given["extend_select"] = settings.extend_select + tuple(given["extend_select"])
    return settings._replace(**given) if given else settings
