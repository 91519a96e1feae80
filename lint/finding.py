"""Severity, locations and the one frozen Finding that every formatter reads through to_dict()."""

from __future__ import annotations

import enum

from .records import Record

# Bidi controls, and the zero-width characters a reader cannot tell are there.
_HIDDEN = "\u061c\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069"
_HIDDEN += "\ufeff"
_INVISIBLE = {
    **{code: chr(0x2400 + code) for code in range(32) if code != 9},  # C0 -> control pictures
    0x7F: "\u2421",
    **{code: f"<U+{code:04X}>" for code in range(0x80, 0xA0)},
    **{ord(char): f"<U+{ord(char):04X}>" for char in _HIDDEN},
}


def visible(text: str) -> str:
    """`text` with control and bidi-override characters shown, not obeyed: copy quoted in a
    message must not clear a terminal (ESC) or reverse the line it is printed on (U+202E)."""
    return text.translate(_INVISIBLE)


def neutral(line: str) -> str:
    """A line of human-readable output that a CI log cannot take for a command: GitHub Actions
    runs a line that starts with `::` (after spaces) as a workflow command, and `##[` anywhere
    in a line as an old-style one. Copy and file names can hold either."""
    if "##[" in line:
        line = line.replace("##[", "#\u200b#[")
    stripped = line.lstrip()
    if stripped.startswith("::"):
        line = line[: len(line) - len(stripped)] + "\u200b" + stripped
    return line


class Severity(enum.IntEnum):
    """Ordered so that `severity >= fail_on` decides the exit code."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


class Location(Record):
    """A 1-based span in one file; columns count Unicode code points, end_column is exclusive."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
        }


class Related(Record):
    """The other half of a contradiction or repetition: where, and what is there."""

    location: Location
    message: str

    def to_dict(self) -> dict:
        return {**self.location.to_dict(), "message": self.message}


class Finding(Record):
    location: Location
    code: str
    rule: str  # "pack/rule-name"
    severity: Severity
    message: str
    related: tuple[Related, ...] = ()

    @property
    def pack(self) -> str:
        return self.rule.split("/", 1)[0]

    @property
    def path(self) -> str:
        return self.location.path

    def sort_key(self) -> tuple:
        loc = self.location
        return (loc.path, loc.line, loc.column, self.code, loc.end_line, loc.end_column)

    def to_dict(self) -> dict:
        return {
            **self.location.to_dict(),
            "code": self.code,
            "rule": self.rule,
            "pack": self.pack,
            "severity": str(self.severity),
            "message": self.message,
            "related": [r.to_dict() for r in self.related],
        }


class Hit(Record):
    """What a check kind yields: character offsets into the document plus message arguments.

    The engine turns offsets into line/column (in one place, Document.location) and fills the
    rule's message template with `args`. `severity`, when set, caps the rule's severity for
    this one finding: the kind saw weaker evidence (two named sources that disagree).
    """

    start: int
    end: int
    args: dict
    # (start, end, message) in the same document, or (start, end, message, other_document)
    related: tuple[tuple, ...] = ()
    severity: Severity | None = None


def drift(doc, later, earlier, related: str, severity: Severity | None = None, **args) -> Hit:
    """A Hit on the `later` figure for disagreeing with the `earlier` one (both with start, end
    and text): message args `figure`, `other`, `other_line` and `args`; related to the earlier
    figure with `related`, whose `{}` is its text ("told as '{}' here")."""
    return Hit(
        later.start,
        later.end,
        {
            "figure": later.text,
            "other": earlier.text,
            "other_line": doc.position(earlier.start)[0],
            **args,
        },
        related=((earlier.start, earlier.end, related.format(earlier.text)),),
        severity=severity,
    )


def outermost(hits: list[Hit]) -> list[Hit]:
    """One hit per place: of hits that overlap, the one that starts first and reaches furthest
    ("Deir ez-Zour" rather than also its "ez-Zour")."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


class InputError(Exception):
    """A file (or pack, or config) that cannot be read; reported as one line, never a traceback."""

    def __init__(self, path: str, message: str, line: int | None = None):
        super().__init__(message)
        self.path = path
        self.line = line
        self.message = message

    def __reduce__(self):  # so an error found in a worker process travels back intact
        return (type(self), (self.path, self.message, self.line))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class InternalError(InputError):
    """A bug in newslint met while linting one file: reported on that file (the others are
    still linted), and the run exits with EXIT_INTERNAL so CI can tell it from findings."""
