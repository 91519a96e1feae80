"""newslint: a rule-based contradiction detector and pre-publication linter for news copy.

>>> from newslint import lint_text
>>> [f.code for f in lint_text("The vote passed.\\n\\nShare this story!")]
['NL401']
"""

from .version import __version__

# Imported on first use (PEP 562), so `newslint --version` or a run answered from the result
# cache does not pay for the engine.
_LAZY = {
    **dict.fromkeys(["Finding", "InputError", "Location", "Related", "Severity"], "finding"),
    **dict.fromkeys(["Overrides", "Report", "lint_paths", "lint_text"], "runner"),
}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'newslint' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


__all__ = [
    "Finding",
    "InputError",
    "Location",
    "Overrides",
    "Related",
    "Report",
    "Severity",
    "__version__",
    "lint_paths",
    "lint_text",
]
