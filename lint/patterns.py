"""Regular expressions compiled once per machine, not once per run.

newslint's extractors build long alternations from their word tables ("killed|died|dead|…",
every unit spelling, every reporting verb). The stdlib `re` turns a pattern into a program for
its matching engine in pure Python, and for these patterns that took ~80 ms of every run:
over half of a pre-commit check on one story. The program is plain data (a list of integers
plus the group names), so it is kept in the user cache (newslint.usercache: signed JSON, checked
for shape when read) and handed straight to the engine next time, which is what `re.compile`
itself does after building it; the engine validates the code it is given.

The stored programs are keyed on the exact Python build and the engine's version (`_sre.MAGIC`),
so a Python upgrade is a fresh cache. If anything here fails — an unknown Python, a corrupt
cache — `compile` is just `re.compile`. Use it for patterns compiled on every run; a pattern
from a user's rule pack goes through it too, so their cost is paid once as well.
"""

from __future__ import annotations

import atexit
import os
import re
import sys

from .digests import blake2b

try:  # the internals `re.compile` itself uses; absent or changed means: no program cache
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other Python implementations
    _sre = None

_MAX_ENTRIES = 4000  # a cache grown past this (a user's ever-changing patterns) starts over
_programs: dict | None = None
_shipped_programs: dict | None = None
misses = 0  # programs built in this process (bench/ and tests read it)
_compiled: dict[tuple[str, int], re.Pattern] = {}
_dirty = False


def _store_name() -> str:
    from . import usercache

    stamp = usercache.fingerprint([], sys.version, getattr(_sre, "MAGIC", 0))
    return f"patterns-{stamp}.json"


def _valid(entry) -> bool:
    """A stored [pattern, flags, program] of the right shape. The opcodes themselves are not
    walked here: the engine validates the code it is handed and raises on anything wrong, and
    `compile` then falls back to building the program afresh."""
    if not (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str)):
        return False
    flags, program = entry[1], entry[2]
    if not (isinstance(flags, int) and isinstance(program, list) and len(program) == 5):
        return False
    p_flags, code, groups, groupindex, indexgroup = program
    return (
        isinstance(p_flags, int)
        and isinstance(code, list)
        and type(groups) is int
        and isinstance(groupindex, dict)
        and all(isinstance(k, str) and type(v) is int for k, v in groupindex.items())
        and isinstance(indexgroup, list)
        and all(g is None or isinstance(g, str) for g in indexgroup)
    )


def _entries(found) -> dict:
    out = {}
    if isinstance(found, list) and len(found) <= _MAX_ENTRIES:
        for entry in found:
            if _valid(entry):
                pattern, flags, (p_flags, code, groups, groupindex, indexgroup) = entry
                out[(pattern, flags)] = (p_flags, code, groups, groupindex, tuple(indexgroup))
    return out


def _load() -> dict:
    global _programs
    if _programs is None:
        from . import usercache

        _programs = _entries(usercache.read_json(_store_name()))
    return _programs


def _shipped_stamp() -> list:
    """The Python, engine and word layout the shipped programs were made for."""
    import array

    return [
        sys.implementation.name,  # not `platform`: importing it costs more than the look-up
        ".".join(map(str, sys.version_info[:3])),
        getattr(_sre, "MAGIC", 0),
        sys.byteorder,
        array.array("I").itemsize,
    ]


def _shipped() -> dict:
    """Programs for the shipped packs' patterns, made by `make derived` under one Python
    (lint/derived/patterns.json). Used only under that very Python and engine: a first run
    on a fresh machine then compiles nothing. Any other Python builds and caches as before."""
    global _shipped_programs
    if _shipped_programs is None:
        from . import derived

        found = derived.data("patterns")
        _shipped_programs = {}
        if os.environ.get("NEWSLINT_NO_SHIPPED"):
            return _shipped_programs  # `make derived` collecting them afresh
        if isinstance(found, dict) and found.get("python") == _shipped_stamp():
            for entry in found.get("programs") or ():
                if isinstance(entry, list) and len(entry) == 8 and isinstance(entry[0], str):
                    _shipped_programs[(entry[0], entry[1])] = entry
    return _shipped_programs


def shipped_key(pattern: str, flags: int) -> tuple[str, int]:
    """How patterns.json names a pattern: a digest of its text (some shipped patterns are
    tens of kilobytes once `\\p{L}` is written out, and the JSON stays small to parse)."""
    data = pattern.encode("utf-8", "surrogatepass")
    return blake2b(data, digest_size=16).hexdigest(), int(flags)


_code_words: bytes | None = None


def _unpack(entry: list) -> tuple:
    """A shipped program. Its code, 32-bit words, is a slice of lint/derived/patterns.bin,
    read once and only when a program is used (patterns.json holds where each one is, so
    parsing it does not read a megabyte of code)."""
    import array

    global _code_words
    if _code_words is None:
        from . import derived

        _code_words = (derived.FOLDER / "patterns.bin").read_bytes()
    _, _, p_flags, offset, length, groups, groupindex, indexgroup = entry
    ops = array.array("I")
    if not (isinstance(offset, int) and isinstance(length, int) and offset >= 0 < length):
        raise ValueError("a shipped program's place in patterns.bin is not two counts")
    start, end = offset * ops.itemsize, (offset + length) * ops.itemsize
    if end > len(_code_words):
        raise ValueError("patterns.bin is shorter than patterns.json says")
    ops.frombytes(_code_words[start:end])
    return (p_flags, ops.tolist(), groups, dict(groupindex), tuple(indexgroup))


def _program(pattern: str, flags: int) -> tuple:
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """`re.compile(pattern, flags)`, with the compiled program remembered across runs."""
    global _dirty
    key = (pattern, int(flags))
    found = _compiled.get(key)
    if found is not None:
        return found
    if _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    global misses
    shipped_as = shipped_key(pattern, key[1])
    shipped = _shipped().get(shipped_as)
    program = None
    programs = None
    if shipped is not None:
        try:
            program = _unpack(shipped)
        except Exception:
            program = None
    if program is None:
        programs = _load()
        program = programs.get(key)
    try:
        if program is None:
            program = _program(pattern, key[1])
            programs[key] = program
            misses += 1
            _dirty = True
        compiled = _sre.compile(pattern, *program)
    except re.error:
        raise
    except Exception:  # an internal that moved, or a damaged program: behave like re.compile
        _shipped().pop(shipped_as, None)
        if programs is not None:
            programs.pop(key, None)
        compiled = re.compile(pattern, flags)
    _compiled[key] = compiled
    return compiled


_ASCII_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def folded(source: str, flags: int = 0) -> re.Pattern:
    """A case-insensitive pattern as a case-sensitive one, to run over lower-cased text.

    re skips an alternative by its first character only when it matches with case, so a long
    word list scans ~3x faster this way than with re.IGNORECASE, with the same matches. The
    caller lower-cases the text and must fall back to the re.IGNORECASE form when `lower()`
    changes its length ("İ" becomes two characters), since offsets would no longer agree.
    """
    if any(part[:1] in _ASCII_CAPITALS for part in source.split("\\")[1:]):  # "\\A", "\\B"
        raise ValueError(f"folded patterns cannot use upper-case escapes: {source[:60]!r}")
    lowered = source.lower().replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    return compile(lowered, flags & ~re.IGNORECASE)


class Alternatives:
    """`A|B|…` run as separate patterns, so re can skip through each on its own: an
    alternation whose branches open differently (a capital in one, a verb in the other) is
    tried at every position of the text. `finditer` gives exactly the alternation's matches:
    the leftmost next, the earlier alternative at a tie, scanning on from its end. No
    alternative may match the empty string. A match only has its own alternative's groups."""

    def __init__(self, *compiled: re.Pattern):
        self.patterns = compiled

    def finditer(self, text: str):
        upcoming = [p.search(text) for p in self.patterns]
        while True:
            best = None
            for index, m in enumerate(upcoming):
                if m is not None and (best is None or m.start() < upcoming[best].start()):
                    best = index
            if best is None:
                return
            found = upcoming[best]
            if found.end() == found.start():
                raise ValueError(f"an alternative matched the empty string: {found.re.pattern!r}")
            yield found
            for index, m in enumerate(upcoming):  # what the match covered is not searched again
                if m is not None and m.start() < found.end():
                    upcoming[index] = self.patterns[index].search(text, found.end())


class Needing:
    """A compiled pattern none of whose matches can exist unless the text holds one of
    `literals` (anywhere: a look-behind may read before the match), searched only then.

    A regex search walks the whole text even when nothing in it can match (about 5 ns a
    character); testing a few literals with `in` costs a fraction of that. The caller states
    the literals next to the pattern; a test runs both on text that holds them.

    Example: `Needing(re.compile(r"(?<=\\bsince )\\d{4}"), ("since ",))`."""

    __slots__ = ("compiled", "literals")

    def __init__(self, compiled: re.Pattern, literals: tuple[str, ...]):
        self.compiled, self.literals = compiled, literals

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def search(self, text: str, pos: int = 0):
        if not any(literal in text for literal in self.literals):
            return None
        return self.compiled.search(text, pos)


class AsciiTwin:
    """A pattern that tests Unicode classes (`\\w`, `[^\\W_]`) at every character it reads,
    with a twin that finds the same matches in ASCII text using ranges (`[A-Za-z0-9_]`), which
    re tests directly: about a fifth faster over a story's lines. `str.isascii()` is a flag
    CPython keeps, so the choice costs nothing; any other text gets the Unicode pattern. A
    test runs both on generated ASCII text.

    Example: `AsciiTwin(r"\\w+", r"[A-Za-z0-9_]+").findall("naïve tea")` is the Unicode
    pattern's answer, `.findall("plain tea")` the twin's, and they agree."""

    __slots__ = ("ascii", "compiled")

    def __init__(self, source: str, ascii_source: str):
        self.compiled, self.ascii = compile(source), compile(ascii_source)

    def findall(self, text: str) -> list:
        return (self.ascii if text.isascii() else self.compiled).findall(text)


# -- Unicode categories in `re` ---------------------------------------------------------------

CATEGORIES = ("L", "Lu", "Ll", "N")  # the `\p{…}` classes shipped packs use
_PROPERTY = re.compile(r"\\(?:\\|p\{(\w+)\}|.)|\[\^?\]?|\]|[^\\\[\]]+", re.S)
_ASTRAL = "(?=[\\U00010000-\\U0010ffff])"  # one range check before the long list


def portable(pattern: str) -> str | None:
    r"""`pattern` with each `\p{L}`, `\p{Lu}`, `\p{Ll}` and `\p{N}` (alone or in a `[…]`
    class) written as the characters `regex` gives that category, so `re` can run it; None
    when there is none to translate or the pattern uses other `regex` syntax. Shipped packs
    use these (`(?<![\p{L}\p{N}])TK`); `re` then runs them from shipped programs, with no
    `regex` import and no compile.

    A class becomes `(?:[BMP characters]|(?=astral)[astral characters])`: re tests the first
    part in one step, and a character outside the Basic Multilingual Plane, which needs the
    long list, is one range check away. The characters come from lint/derived/unicode.json,
    made from the `regex` module by `make derived` (tests/test_patterns.py checks them against
    the installed `regex` over every code point)."""
    if "\\p{" not in pattern:
        return None
    classes = unicode_classes()
    out: list[str] = []
    members: list[str] | None = None  # inside a [...] class: its other members
    names: list[str] = []
    negated = False
    for m in _PROPERTY.finditer(pattern):
        token, name = m.group(0), m.group(1)
        if name is not None and name not in classes:
            return None
        if members is None:
            if name is not None:
                out.append(_class([], [name], False, classes))
            elif token.startswith("["):
                members, names, negated = [], [], token.startswith("[^")
                if token.endswith("]"):
                    members.append("\\]")  # "[]…]": a ']' first is a member
            else:
                out.append(token)
        elif name is not None:
            names.append(name)
        elif token.startswith("["):
            return None  # a nested or set-operation class: regex syntax `re` does not share
        elif token == "]":
            if names:
                out.append(_class(members, names, negated, classes))
            else:
                out.append(("[^" if negated else "[") + "".join(members) + "]")
            members = None
        else:
            members.append(token)
    return None if members is not None else "".join(out)


def _class(members: list[str], names: list[str], negated: bool, classes: dict) -> str:
    bmp = "".join(members) + "".join(classes[n]["bmp"] for n in names)
    astral = "".join(classes[n]["astral"] for n in names)
    inner = f"[{bmp}]" + (f"|{_ASTRAL}[{astral}]" if astral else "")
    return f"(?:(?!{inner})[\\s\\S])" if negated else f"(?:{inner})"


def unicode_classes() -> dict[str, dict[str, str]]:
    from . import derived

    found = derived.data("unicode")
    if not isinstance(found, dict):
        return {}
    return {
        k: v
        for k, v in found.items()
        if k in CATEGORIES
        and isinstance(v, dict)
        and all(isinstance(v.get(part), str) for part in ("bmp", "astral"))
    }


def derive_unicode() -> dict:
    """For each category in CATEGORIES, the body of an `re` character class of its characters
    in the Basic Multilingual Plane and of those beyond it, as `regex` (the module, the
    reference for pack patterns) matches the category over every code point."""
    import regex

    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    data = {}
    for name in CATEGORIES:
        points = sorted(ord(c) for c in regex.findall(rf"\p{{{name}}}", everything))
        data[name] = {
            "bmp": _ranges([p for p in points if p < 0x10000]),
            "astral": _ranges([p for p in points if p >= 0x10000]),
        }
    from . import derived

    return {"digest": derived.digest([], regex.__version__), "data": data}


def _ranges(points: list[int]) -> str:
    if not points:
        return ""
    ranges, start, last = [], points[0], points[0]
    for point in points[1:]:
        if point != last + 1:
            ranges.append((start, last))
            start = point
        last = point
    ranges.append((start, last))
    return "".join(_escape(a) if a == b else f"{_escape(a)}-{_escape(b)}" for a, b in ranges)


def _escape(point: int) -> str:
    if point < 0x100:
        return f"\\x{point:02x}"
    return f"\\u{point:04x}" if point < 0x10000 else f"\\U{point:08x}"


def derive() -> dict:
    """The programs of every pattern the shipped packs compile, as lint/derived/patterns.json
    holds them: collected by linting every rule's examples and the files in examples/ in a
    fresh process with an empty cache folder (newslint.derived runs this). Under
    "alternations", the pattern text built on the way (newslint.prebuilt)."""
    import json
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as cache:
        out = subprocess.run(
            [sys.executable, "-c", "from newslint import patterns; patterns._collect()"],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "XDG_CACHE_HOME": cache, "NEWSLINT_NO_SHIPPED": "1"},
        )
    data = json.loads(out.stdout)
    alternations = data.pop("alternations")
    import array
    import base64

    from . import derived

    code, programs = array.array("I"), []
    for pattern, flags, p_flags, encoded, groups, groupindex, indexgroup in data["programs"]:
        offset = len(code)
        code.frombytes(base64.b64decode(encoded))
        length = len(code) - offset
        name, flags = shipped_key(pattern, flags)
        programs.append([name, flags, p_flags, offset, length, groups, groupindex, indexgroup])
    data["programs"] = programs
    digest = derived.digest([], json.dumps(data["python"]))
    return {"digest": digest, "data": data, "code": code.tobytes(), "alternations": alternations}


def _collect() -> None:
    """Lint the shipped examples and print every program compiled (see derive)."""
    import json
    from pathlib import Path

    from . import prebuilt, runner
    from .rulepack import load_registry

    prebuilt.recorded = {}  # the pattern text built on the way ships too
    root = Path(__file__).resolve().parent.parent
    for rule in load_registry().rules:
        for example in (*rule.fail_examples, *rule.pass_examples):
            texts = example.split(runner.REPORT_SEPARATOR)
            if len(texts) > 1:
                runner.compare_texts(texts, select=[rule.code])
            runner.lint_text(example, "story.md", select=[rule.code])
    examples = root / "examples"
    if examples.is_dir():
        runner.lint_paths([str(examples)])
    import array
    import base64

    programs = [
        [p, f, prog[0], base64.b64encode(array.array("I", prog[1]).tobytes()).decode("ascii"),
         prog[2], prog[3], list(prog[4])]
        for (p, f), prog in sorted((_programs or {}).items())
    ]  # fmt: skip
    found = {"python": _shipped_stamp(), "programs": programs, "alternations": prebuilt.derive()}
    print(json.dumps(found))


@atexit.register
def save() -> None:
    """Write new programs to the cache (at exit, and by worker processes when they finish)."""
    global _dirty
    if not _dirty or _programs is None:
        return
    from . import usercache

    keep = _programs if len(_programs) <= _MAX_ENTRIES else {}
    entries = [
        [p, f, [prog[0], prog[1], prog[2], prog[3], list(prog[4])]] for (p, f), prog in keep.items()
    ]
    usercache.write_json(_store_name(), entries, replaces="patterns-")
    _dirty = False
