"""The shipped rule packs, lexicons and tables (YAML data); this file only makes them importable
and says where they are."""

from pathlib import Path


def folder() -> Path:
    """This folder, wherever the package is installed (cheaper than importlib.resources, which
    costs ~7 ms of start-up in a pre-commit run)."""
    return Path(__file__).resolve().parent
