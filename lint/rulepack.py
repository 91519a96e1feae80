"""Rules and rule packs: YAML data, validated strictly, every error naming its file and line.

A pack file has `pack` (its name), an optional `description`, optional inline `lexicons`, and
`rules`, each with: code, name, kind, severity, message, params, docs {what, why}, examples
{fail, pass}, and optionally tags, aliases (old names kept after a rename), enabled (false
for rules that are off unless selected) and fix (`delete-line`: `newslint check --fix` may
delete the lines the rule marks; only for kinds whose findings are whole lines of chrome).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

from . import derived, kinds, lexicon, params
from . import rules as shipped
from .finding import InputError, Severity
from .records import Record
from .yamlio import LinedDict, load_yaml

# re.compile, not patterns.compile: a result-cache hit loads rules but no shipped program
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
_CODE = re.compile(r"[A-Z]{1,4}[0-9]{3,4}")
_PACK_KEYS = {"pack", "description", "lexicons", "rules"}
_RULE_KEYS = {
    "code",
    "name",
    "kind",
    "severity",
    "message",
    "params",
    "docs",
    "examples",
    "tags",
    "aliases",
    "enabled",
    "fix",
}
FIXES = ("delete-line",)
_REQUIRED = ("code", "name", "kind", "severity", "message", "docs")


class Rule(Record):
    code: str
    name: str  # "pack/rule-name"
    kind: str
    severity: Severity
    message: str
    params: object
    raw_params: dict
    what: str
    why: str
    fail_examples: tuple[str, ...]
    pass_examples: tuple[str, ...]
    tags: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    enabled: bool = True
    fix: str | None = None  # "delete-line": --fix deletes the finding's lines
    source: str = ""
    line: int = 0

    @property
    def pack(self) -> str:
        return self.name.split("/", 1)[0]

    @property
    def short_name(self) -> str:
        return self.name.split("/", 1)[1]


def builtin_pack_paths() -> list[Path]:
    root = shipped.folder()
    return sorted(root.glob("*.yaml"))


def _text(value, what: str, fail) -> str:
    if not isinstance(value, str) or not value.strip():
        fail(f"{what} must be non-empty text")
    return value.strip()


def _texts(value, what: str, fail) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        fail(f"{what} must be a list of text")
    return tuple(value)


_CONTROL = ("Cc", "Cf")  # control and invisible formatting characters


def _template_fields(message: str, fail) -> set[str]:
    """The fields a message template uses. Only plain `{field}` is allowed: a format spec or
    a conversion (`{match:>400000000}`, `{match!r}`) could make one finding gigabytes long,
    and control characters in a message would be obeyed by the terminal that prints it."""
    import string  # validating a pack's messages; a run reads the validated registry

    if any(unicodedata.category(char) in _CONTROL for char in message):
        fail("message has a control or invisible formatting character")
    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as exc:
        fail(f"message template: {exc}")
    fields = set()
    for _, field, spec, conversion in parsed:
        if field is None:
            continue
        if spec or conversion:
            fail(f"message template: write {{{field}}} with no format spec or conversion")
        if not field:
            fail("message template: {} needs a field name")
        fields.add(field)
    return fields


def _rule(entry, pack: str, path: str, lexicons: dict) -> Rule:
    line = entry.line if isinstance(entry, LinedDict) else 0

    def fail(message: str, key: str | None = None):
        where = entry.line_of(key) if key and isinstance(entry, LinedDict) else line
        raise InputError(path, message, where)

    if not isinstance(entry, dict):
        fail("each rule must be a mapping")
    unknown = sorted(set(map(str, entry)) - _RULE_KEYS)
    if unknown:
        fail(
            f"unknown key {unknown[0]!r} in rule (known: {', '.join(sorted(_RULE_KEYS))})",
            unknown[0],
        )
    for key in _REQUIRED:
        if key not in entry:
            fail(f"rule is missing {key!r}")
    code = str(entry["code"])
    if not _CODE.fullmatch(code):
        fail(f"code {code!r} must look like NL101 (letters then three or four digits)", "code")
    name = str(entry["name"])
    if not _NAME.fullmatch(name):
        fail(f"rule name {name!r} must be kebab-case, like share-prompt", "name")
    kind = str(entry["kind"])
    if kind != kinds.ENGINE and kind not in kinds.names():
        import difflib

        close = difflib.get_close_matches(kind, kinds.names(), n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"known: {', '.join(kinds.names())}"
        fail(f"unknown kind {kind!r} ({hint})", "kind")
    try:
        severity = Severity.parse(str(entry["severity"]))
    except ValueError as exc:
        fail(str(exc), "severity")
    message = _text(entry["message"], "message", lambda m: fail(m, "message"))
    raw_params = entry.get("params") or {}
    if not isinstance(raw_params, dict):
        fail("params must be a mapping", "params")
    built = None
    if kind != kinds.ENGINE:
        module = kinds.load(kind)
        try:
            built = params.build(module.Params, raw_params, lexicons)
        except params.ParamError as exc:
            where = raw_params.line_of(exc.key) if isinstance(raw_params, LinedDict) else line
            raise InputError(path, f"rule {code}: {exc}", where) from None
        fields = _template_fields(message, lambda m: fail(m, "message"))
        extra = sorted(fields - set(module.ARGS))
        if extra:
            fail(
                f"message uses {{{extra[0]}}}, which kind {kind} does not provide "
                f"(it provides: {', '.join(module.ARGS)})",
                "message",
            )
    docs = entry["docs"]
    if not isinstance(docs, dict) or set(docs) - {"what", "why"}:
        fail("docs must have `what` and `why`", "docs")
    examples = entry.get("examples") or {}
    if not isinstance(examples, dict) or set(examples) - {"fail", "pass"}:
        fail("examples must have `fail` and `pass` lists", "examples")
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        fail("enabled must be true or false", "enabled")
    fix = entry.get("fix")
    if fix is not None:
        if fix not in FIXES:
            fail(f"fix must be one of: {', '.join(FIXES)}", "fix")
        fix_problem = getattr(kinds.load(kind), "fix_problem", None) if built else None
        problem = fix_problem(built) if fix_problem else f"kind {kind} cannot fix its findings"
        if problem:
            fail(f"fix {fix!r}: {problem}", "fix")
    return Rule(
        code=code,
        name=f"{pack}/{name}",
        kind=kind,
        severity=severity,
        message=message,
        params=built,
        raw_params=dict(raw_params),
        what=_text(docs.get("what"), "docs.what", lambda m: fail(m, "docs")),
        why=_text(docs.get("why"), "docs.why", lambda m: fail(m, "docs")),
        fail_examples=_texts(examples.get("fail"), "examples.fail", fail),
        pass_examples=_texts(examples.get("pass"), "examples.pass", fail),
        tags=_texts(entry.get("tags"), "tags", lambda m: fail(m, "tags")),
        aliases=tuple(f"{pack}/{a}" for a in _texts(entry.get("aliases"), "aliases", fail)),
        enabled=enabled,
        fix=fix,
        source=path,
        line=line,
    )


class Pack(Record):
    name: str
    description: str
    path: str
    rules: tuple[Rule, ...]


def _read_pack_header(path: Path, data=None):
    data = load_yaml(path) if data is None else data
    where = str(path)
    if not isinstance(data, dict):
        raise InputError(where, "a rule pack is a mapping with `pack` and `rules`", 1)
    unknown = sorted(set(map(str, data)) - _PACK_KEYS)
    if unknown:
        raise InputError(where, f"unknown key {unknown[0]!r} in pack", data.line_of(unknown[0]))
    name = data.get("pack")
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise InputError(where, "`pack` must be a kebab-case name", data.line_of("pack"))
    return data


def _inline_lexicons(data, path: str) -> dict[str, tuple[str, ...]]:
    raw = data.get("lexicons") or LinedDict()
    if not isinstance(raw, dict):
        raise InputError(path, "`lexicons` must map names to lists", data.line_of("lexicons"))
    return lexicon.read_mapping(raw, path)


def load_packs(
    paths: list[Path],
    extend_lexicons: dict[str, tuple[str, ...]],
    parsed: dict | None = None,
    checked: dict[str, tuple[Rule, ...]] | None = None,
) -> tuple[list[Pack], dict[str, tuple[str, ...]]]:
    """Load pack files; lexicons = shipped + every pack's inline ones + config extensions.
    `parsed` maps a path to its YAML already parsed (the shipped packs' derived data);
    `checked` maps a shipped pack's file name to its rules as validated when the package was
    made (their params are built on first use: Registry.params_of)."""
    parsed = parsed or {}
    headers = [(path, _read_pack_header(path, parsed.get(path))) for path in paths]
    lexicons = dict(lexicon.builtin())
    for path, data in headers:
        for key, entries in _inline_lexicons(data, str(path)).items():
            if key in lexicons:
                raise InputError(str(path), f"lexicon {key!r} is already defined", 0)
            lexicons[key] = entries
    for key, entries in extend_lexicons.items():
        if key not in lexicons:
            raise InputError("<config>", f"extend-lexicons: unknown lexicon {key!r}")
        lexicons[key] = lexicons[key] + tuple(entries)
    packs = []
    checked = checked or {}
    for path, data in headers:
        rules_raw = data.get("rules") or []
        if not isinstance(rules_raw, list):
            raise InputError(str(path), "`rules` must be a list", data.line_of("rules"))
        if path.name in checked and str(path) == str(shipped.folder() / path.name):
            rules = checked[path.name]  # validated when the package was made
        else:
            rules = tuple(_rule(entry, data["pack"], str(path), lexicons) for entry in rules_raw)
        description = data.get("description") or ""
        packs.append(Pack(data["pack"], str(description).strip(), str(path), rules))
    return packs, lexicons


class Registry:
    """Every loaded rule, addressable by code, name, alias, pack or tag."""

    def __init__(self, packs: list[Pack], lexicons: dict[str, tuple[str, ...]] | None = None):
        self.packs = packs
        self.lexicons = lexicons if lexicons is not None else dict(lexicon.builtin())
        self._params: dict[str, object] = {}
        self.rules: list[Rule] = []
        self.by_key: dict[str, Rule] = {}
        for pack in packs:
            for rule in pack.rules:
                for key in (rule.code, rule.name, *rule.aliases):
                    other = self.by_key.get(key)
                    if other is not None:
                        raise InputError(
                            rule.source,
                            f"{key} is already used by {other.source}:{other.line}",
                            rule.line,
                        )
                    self.by_key[key] = rule
                self.rules.append(rule)
        self.rules.sort(key=lambda r: r.code)

        self.pack_names = {pack.name for pack in packs}

    def get(self, key: str) -> Rule | None:
        return self.by_key.get(key)

    def params_of(self, rule: Rule):
        """The rule's built params. Shipped rules carry only their raw params (validated when
        the package was made); they are built here, once, when the rule first runs, so a run
        imports and builds only the kinds it uses."""
        if rule.params is not None or rule.kind == kinds.ENGINE:
            return rule.params
        built = self._params.get(rule.code)
        if built is None:
            module = kinds.load(rule.kind)
            built = params.build(module.Params, rule.raw_params, self.lexicons, shipped=True)
            self._params[rule.code] = built
        return built

    def resolve(self, selector: str) -> set[str] | None:
        """Codes for a selector, or None when it names nothing newslint knows."""
        found = self.select(selector)
        if found or selector in self.pack_names:
            return found
        return None

    def suggest(self, selector: str) -> str:
        import difflib

        typed = selector.upper().replace("O", "0")  # NL4O1: a letter O typed for a zero
        if typed in self.by_key:
            return f" (did you mean {typed!r}?)"
        close = difflib.get_close_matches(selector, self.selectors(), n=1, cutoff=0.6)
        return f" (did you mean {close[0]!r}?)" if close else ""

    def select(self, selector: str) -> set[str]:
        """Codes matched by a selector: ALL, a code or code prefix, a name, a pack or a tag."""
        if selector == "ALL":
            return {r.code for r in self.rules}
        rule = self.by_key.get(selector)
        if rule is not None:
            return {rule.code}
        found = {r.code for r in self.rules if r.pack == selector or selector in r.tags}
        if not found and re.fullmatch(r"[A-Z]{1,4}[0-9]{0,3}", selector):
            found = {r.code for r in self.rules if r.code.startswith(selector)}
        return found

    def selectors(self) -> list[str]:
        packs = set(self.pack_names)
        tags = {t for r in self.rules for t in r.tags}
        return sorted(set(self.by_key) | packs | tags)


@functools.cache
def load_registry(
    extra_packs: tuple[str, ...] = (), extend_lexicons: tuple[tuple[str, tuple[str, ...]], ...] = ()
) -> Registry:
    """Every rule, from the shipped packs and `extra_packs`. The shipped packs come validated
    from the package's derived data (newslint.derived: made by `make derived`, shipped inside
    the package like its code), so a run neither parses their YAML nor imports a kind it does
    not run. A user's packs are read and validated on every run, like anything in the
    repository."""
    shipped_paths = builtin_pack_paths()
    checked = checked_rules()
    headers = checked_headers() if checked else {}
    if all(path.name in headers for path in shipped_paths):
        parsed = {path: headers[path.name] for path in shipped_paths}  # no rules to read
    else:
        by_name = derived.parsed_yaml("packs", load_yaml)
        parsed = {path: by_name[path.name] for path in shipped_paths if path.name in by_name}
    paths = shipped_paths + [Path(p) for p in extra_packs]
    packs, lexicons = load_packs(paths, dict(extend_lexicons), parsed, checked)
    return Registry(packs, lexicons)


def _registry_sources() -> list[Path]:
    files = derived.yaml_files()
    return files["packs"] + files["lexicons"]


@functools.cache
def _registry_file() -> dict | None:
    """lint/derived/registry.json when it was made from the shipped packs and lexicons as they
    are now, else None."""
    found = derived.read("registry")
    if found is None or found.get("digest") != derived.digest(_registry_sources()):
        return None
    return found


@functools.cache
def checked_headers() -> dict[str, LinedDict]:
    """Each shipped pack's YAML without its rules (name, description, inline lexicons), by
    file name, as registry.json keeps it: with checked_rules, a run reads no pack's YAML."""
    found = _registry_file()
    headers = found.get("headers") if found else None
    if not isinstance(headers, dict):
        return {}
    out = {}
    for file, header in headers.items():
        value = derived.from_json(header)
        if isinstance(value, LinedDict):
            out[file] = value
    return out


@functools.cache
def shipped_scopes() -> dict[str, str]:
    """Each shipped kind's scope ("set" or "document") as registry.json records it; empty when
    the file is stale (kinds.is_set_kind then imports the kind to ask it)."""
    found = _registry_file()
    scopes = found.get("scopes") if found else None
    if not isinstance(scopes, dict):
        return {}
    return {k: v for k, v in scopes.items() if v in ("set", "document")}


def clear_checked() -> None:
    """Forget registry.json as read (after `make derived` writes it anew)."""
    for cached in (_registry_file, checked_headers, checked_rules, shipped_scopes):
        cached.cache_clear()


def _header(data: LinedDict) -> LinedDict:
    out = LinedDict({k: v for k, v in data.items() if k != "rules"})
    out.line = data.line
    out.key_lines = {k: data.line_of(k) for k in out}
    return out


@functools.cache
def checked_rules() -> dict[str, tuple[Rule, ...]]:
    """The shipped packs' rules as validated by `make derived` (lint/derived/registry.json),
    by pack file name; empty when the packs or lexicons changed since (they are then
    validated as any pack is)."""
    found = _registry_file()
    if found is None:
        return {}
    try:
        return {
            file: tuple(_from_record(record, str(shipped.folder() / file)) for record in rules)
            for file, rules in found["data"].items()
        }
    except (KeyError, TypeError, ValueError):
        return {}


def _record(rule: Rule) -> dict:
    return {
        "code": rule.code, "name": rule.name, "kind": rule.kind,
        "severity": str(rule.severity), "message": rule.message,
        "params": derived.to_json(rule.raw_params), "what": rule.what, "why": rule.why,
        "fail": list(rule.fail_examples), "pass": list(rule.pass_examples),
        "tags": list(rule.tags), "aliases": list(rule.aliases), "enabled": rule.enabled,
        "fix": rule.fix, "line": rule.line,
    }  # fmt: skip


def _from_record(r: dict, source: str) -> Rule:
    raw = derived.from_json(r["params"])
    return Rule(
        code=r["code"], name=r["name"], kind=r["kind"], severity=Severity.parse(r["severity"]),
        message=r["message"], params=None, raw_params=raw if isinstance(raw, dict) else {},
        what=r["what"], why=r["why"], fail_examples=tuple(r["fail"]),
        pass_examples=tuple(r["pass"]), tags=tuple(r["tags"]), aliases=tuple(r["aliases"]),
        enabled=r["enabled"], fix=r["fix"], source=source, line=r["line"],
    )  # fmt: skip


def derive() -> dict:
    """lint/derived/registry.json: every shipped rule validated (newslint.derived)."""
    by_name = derived.parsed_yaml("packs", load_yaml)
    paths = builtin_pack_paths()
    packs, _ = load_packs(paths, {}, {p: by_name[p.name] for p in paths if p.name in by_name})
    data = {Path(pack.path).name: [_record(rule) for rule in pack.rules] for pack in packs}
    headers = {
        p.name: derived.to_json(_header(by_name[p.name])) for p in paths if p.name in by_name
    }
    scopes = {kind: kinds.scope(kind) for kind in kinds.names()}
    return {
        "digest": derived.digest(_registry_sources()),
        "data": data,
        "headers": headers,
        "scopes": scopes,
    }


def replace_severity(rule: Rule, severity: Severity) -> Rule:
    return rule._replace(severity=severity)
