"""Output formats: one module each with a pure `render(report, options) -> str`."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("text", "json", "sarif", "github", "html")


@dataclass(frozen=True)
class Options:
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    root: Path = Path(".")  # SARIF URIs are relative to this folder


def render(name: str, report, options: Options) -> str:
    module = importlib.import_module(f"{__name__}.{name}")
    return module.render(report, options)
