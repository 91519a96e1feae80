"""Output formats: one module each with a pure `render(report, options) -> str`."""

from __future__ import annotations

import importlib
from pathlib import Path

from ..records import Record

FORMATS = ("text", "json", "sarif", "github", "gitlab", "junit", "rdjson", "html")


class Options(Record):
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    root: Path = Path(".")  # SARIF URIs are relative to this folder


def render(name: str, report, options: Options) -> str:
    module = importlib.import_module(f"{__name__}.{name}")
    return module.render(report, options)
