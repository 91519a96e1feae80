"""YAML loading that remembers the line of every mapping key, so errors can name it, and that a
stranger's file cannot turn into a bomb.

Front matter, config and rule packs can all come from a pull request, so every YAML document is
bounded before it is built into Python objects: no anchors and aliases (a "billion laughs"
document is a few lines of aliases whose expansion, printed or walked, never ends), at most
`MAX_NODES` nodes and `MAX_DEPTH` levels of nesting, and dates that exist (`2018-02-31` is an
error naming its line, not a crash). Callers also cap the text's size before parsing.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .finding import InputError

MAX_DEPTH = 64
MAX_NODES = 200_000


class LinedDict(dict):
    """A dict from YAML that knows the 1-based line of itself and of each of its keys."""

    line: int = 0
    key_lines: dict

    def line_of(self, key) -> int:
        return self.key_lines.get(key, self.line)


def _bounded(node, yaml) -> None:
    """Refuse aliases, deep nesting and huge documents before anything is constructed."""
    seen: set[int] = set()
    stack = [(node, 1)]
    while stack:
        item, depth = stack.pop()
        if id(item) in seen:
            raise yaml.constructor.ConstructorError(
                None, None, "anchors and aliases (&name, *name) are not allowed", item.start_mark
            )
        seen.add(id(item))
        if len(seen) > MAX_NODES:
            raise yaml.constructor.ConstructorError(
                None, None, f"more than {MAX_NODES:,} values", item.start_mark
            )
        if depth > MAX_DEPTH:
            raise yaml.constructor.ConstructorError(
                None, None, f"nested more than {MAX_DEPTH} levels deep", item.start_mark
            )
        if isinstance(item, yaml.MappingNode):
            for key, value in item.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(item, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in item.value)


@functools.cache
def _loaders():
    """(lined loader, plain loader), built on first use: yaml costs ~13 ms to import, and a run
    whose packs come from the package's derived data never needs it."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Plain(base):  # type: ignore[misc, valid-type]
        def get_single_data(self):
            node = self.get_single_node()
            if node is None:
                return None
            _bounded(node, yaml)
            return self.construct_document(node)

        def construct_yaml_timestamp(self, node):
            try:
                return super().construct_yaml_timestamp(node)
            except ValueError as exc:  # 2018-02-31: the shape of a date, but no such day
                raise yaml.constructor.ConstructorError(
                    None, None, f"{node.value!r} is not a real date ({exc})", node.start_mark
                ) from None

    Plain.add_constructor("tag:yaml.org,2002:timestamp", Plain.construct_yaml_timestamp)

    class Lined(Plain):
        def construct_mapping(self, node, deep=False):
            mapping = LinedDict()
            mapping.line = node.start_mark.line + 1
            mapping.key_lines = {}
            for key_node, value_node in node.value:
                key = self.construct_object(key_node, deep=True)
                try:
                    hash(key)
                except TypeError:
                    raise yaml.constructor.ConstructorError(
                        None, None, "a key must be plain text", key_node.start_mark
                    ) from None
                if key in mapping:
                    raise yaml.constructor.ConstructorError(
                        None, None, f"duplicate key {key!r}", key_node.start_mark
                    )
                mapping[key] = self.construct_object(value_node, deep=True)
                mapping.key_lines[key] = key_node.start_mark.line + 1
            return mapping

    Lined.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, Lined.construct_mapping)
    return Lined, Plain


def load_yaml_text(text: str, path: str, *, lined: bool = True, line_offset: int = 0):
    """The YAML in `text`, bounded (see the module docstring); errors are InputErrors naming
    `path` and the line (plus `line_offset`, for YAML that starts further down a file)."""
    import yaml

    try:
        return yaml.load(text, Loader=_loaders()[0 if lined else 1])
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        line = (mark.line + 1 if mark else 1) + line_offset
        raise InputError(path, f"invalid YAML: {problem}", line) from None


def load_yaml(path: Path, max_size: int = 4 * 1024 * 1024):
    try:
        if path.stat().st_size > max_size:
            raise InputError(str(path), f"larger than {max_size // (1024 * 1024)} MB; not read")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    return load_yaml_text(text, str(path))
