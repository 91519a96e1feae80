"""The shipped rule packs, lexicons and tables (YAML data); this file only makes them importable
and says where they are."""

import functools
from pathlib import Path


@functools.cache
def folder() -> Path:
    """This folder, wherever the package is installed (cheaper than importlib.resources, which
    costs ~7 ms of start-up in a pre-commit run). Resolved once: a run asks ~60 times, and
    each resolve walks every component of the path."""
    return Path(__file__).resolve().parent
