"""The `newslint` command's entry point (also `python -m newslint`).

Start-up creates ~33,000 objects that the garbage collector tracks and that live as long as
the process: modules, classes, rules, the extractors' tables. With the collector running,
Python walks them again and again while they are being made (about 50 collections in a
one-story run), and once more in a full collection as the interpreter exits. None of it is
garbage. So the collector is paused while the command's modules are imported, those objects
are then moved out of its reach (`gc.freeze`), and it runs as usual for the stories. It is
paused again on the way out, where a last full collection would only delay the exit. One story
`--no-cache` takes about 10 ms less.

Linting a story makes tens of thousands of short-lived objects (matches, spans, facts) that
reference counting frees; at the default threshold (700 allocations) the collector still runs
every few hundred of them and walks the story's live facts each time. Its youngest generation
is collected every `_YOUNG` allocations instead: about 8 % of a corpus run, and the memory held
waiting stays a few megabytes. Workers forked for `--jobs` inherit the setting.

Before anything is imported, the standard-library modules that pathlib and click import but a
run never uses are deferred (`newslint.deferred`), inspect and platform among them.
"""

from __future__ import annotations

import gc

_YOUNG = 10_000  # allocations between collections of the youngest generation (default 700)
_OLDER = (50, 100)  # collections of the one below before an older generation's (10, 10)


def run() -> None:
    gc.disable()
    try:
        from . import deferred

        deferred.defer()
        from .cli import main
    finally:
        gc.freeze()
        gc.set_threshold(_YOUNG, *_OLDER)
        gc.enable()
    try:
        main()
    finally:
        gc.disable()


if __name__ == "__main__":
    run()
