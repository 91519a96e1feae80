"""newslint: a rule-based contradiction detector and pre-publication linter for news copy.

>>> from newslint import lint_text
>>> [f.code for f in lint_text("The vote passed.\\n\\nShare this story!")]
['NL401']
"""

from .finding import Finding, InputError, Location, Related, Severity
from .runner import Overrides, Report, lint_paths, lint_text
from .version import __version__

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
