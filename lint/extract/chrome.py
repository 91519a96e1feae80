"""The chrome model: which lines of a story are web-page interface text, and why.

Chrome is open-ended: nobody can list every share prompt, app plug or credit line. What they
share are *signals*, each the kind of evidence an editor would point at:

- `call-to-action`: an imperative opening the line (or a prompt to "you") together with an
  interface object — "Download" … "app", "Turn on" … "notifications", "Get" … "inbox";
- `social`: network names (two or more, or one with a handle) and @handles;
- `link`: a link label introducing another page ("Read next:", "[Read: …]", "ALSO READ »"),
  or link arrows;
- `separated`: short items between `|` or `•`, the shape of a menu bar;
- `counter`: a relative time ("2 hours ago"), a player's time code, a count of comments,
  shares or views, "5 min read";
- `player`: media-player and gallery controls ("Play video", "Image 3 of 12");
- `credit`: a picture credit, or an agency or stock site beside a photo word;
- `tags`: tags, topics and categories labels, breadcrumbs ("Home › News › Local");
- `paywall`: membership and subscription notices;
- `syndication`: reprint, syndication and copyright notes;
- `notice`: script, browser, ad-blocker and cookie notices;
- `navigation`: a line that is only a website's section name ("World", "Sign in");
- `shape`: a short line with no sentence punctuation, mostly in title case;
- `list`: one of a run of short, headline-shaped lines under a list label ("Most read");
- `repeated`: a short line printed four times or more (a label over every teaser);
- `page-title`: a page's title line (the headline plus " - Site"), printed above the
  headline itself;
- `outside`: a line before the story's first paragraph or after its last one.

`sentence` is evidence the other way: a line that reads as a sentence of copy. Lines inside
quotation marks, the story's headline and subheads, and bylines and datelines a desk keeps are
never chrome: their signals are not even looked at. Words match whole words only.

The model says which signals fire on each line; a rule (kinds `chrome-line`, `chrome-region`)
weighs them. Vocabulary: rules/tables/chrome.yaml.
"""

from __future__ import annotations

import functools
import re

from .. import patterns
from ..records import Record
from . import cached, tables

# possessive: nothing follows a word to backtrack for (see newslint.document's _WORD)
_WORD = patterns.AsciiTwin(r"[\w'’]++(?:[-.][\w'’]+)*+", r"[A-Za-z0-9_']++(?:[-.][A-Za-z0-9_']+)*+")
_CLOSERS = "\"'”’)]"  # what may follow a sentence's last mark: "… said." she wrote.)
_LEADS_IN = patterns.compile(r"\w\s*:$")  # "The newly selected five are:" introduces a list
_SEPARATORS = patterns.compile(r"\s+[|•·]\s+")
_SEPARATOR_MARKS = ("|", "•", "·")  # splitting costs a try at every space; look first
_CLAUSE = patterns.compile(r"^\W*|[?!.:;|]\s+\W*")
_LINK_SEPARATOR = r"\s*(?::|»|›|\||–|—|-\s|…|\.\.\.)"


class Signal(Record):
    name: str
    evidence: str  # the words that made it fire, for the message


class LineFacts(Record):
    index: int  # 0-based line index
    signals: tuple[Signal, ...]
    sentence: bool  # reads as a sentence of copy
    prose: bool  # a paragraph of running text: part of the story's body
    guarded: bool  # headline, subhead, byline, dateline, or quoted: never chrome

    def has(self, name: str) -> bool:
        return any(s.name == name for s in self.signals)


class Page(Record):
    lines: dict[int, LineFacts]  # non-blank lines by index
    body: tuple[int, int] | None  # first and last line index of the story's body


class _Grammar(Record):
    action: re.Pattern
    reader: re.Pattern
    verb_anywhere: re.Pattern
    objects: re.Pattern
    networks: re.Pattern
    handle: re.Pattern
    link_label: re.Pattern
    link_line: re.Pattern
    link_marks: tuple[str, ...]
    relative_time: re.Pattern
    time_code: re.Pattern
    counter: re.Pattern
    update: re.Pattern
    player: re.Pattern
    gallery: re.Pattern
    credit_label: re.Pattern
    agencies: re.Pattern
    credit_words: re.Pattern
    tag_label: re.Pattern
    breadcrumb: re.Pattern
    paywall: re.Pattern
    paywall_words: re.Pattern
    syndication: re.Pattern
    syndication_words: re.Pattern
    copyright: re.Pattern
    notice: re.Pattern
    notice_words: re.Pattern
    navigation: frozenset[str]
    list_label: re.Pattern
    byline: re.Pattern
    dateline: re.Pattern
    story_credits: re.Pattern
    share_bar: re.Pattern
    stopwords: frozenset[str]


def _words(key: str) -> str:
    return tables.alternation(w.lower() for w in tables.words("chrome", key))


def _whole(*keys: str) -> str:
    """The phrases of these table keys as whole words: not inside a word, a name with an
    apostrophe or a hyphenated compound (see tables.alternation_at for why the look-behind
    sits after the first letter)."""
    phrases = [w.lower() for key in keys for w in tables.words("chrome", key)]
    return tables.alternation_at(phrases, _NOT_IN_A_WORD) + r"(?![\w'’-])"


_NOT_IN_A_WORD = r"(?<![\w'’-].)"  # after a phrase's first letter: nothing word-like before it


@functools.cache
def grammar() -> _Grammar:
    t = tables.load("chrome")
    compile_ = patterns.compile
    marks = "".join(re.escape(m) for m in tables.words("chrome", "breadcrumb-marks"))
    return _Grammar(
        action=compile_(
            rf"(?:(?:{_words('action-openers')})\s+)?(?P<verb>{_words('action-verbs')})"
            r"(?![\w'’-])"
        ),
        reader=compile_(_whole("reader-words")),
        verb_anywhere=compile_(_whole("action-verbs")),
        objects=compile_(_whole("interface-objects", "networks")),
        networks=compile_(_whole("networks")),
        handle=compile_(t["handle"]),
        link_label=compile_(rf"^\[?(?P<label>{_words('link-labels')}){_LINK_SEPARATOR}\s*\S"),
        link_line=compile_(rf"^\[?(?:{_words('link-labels')})\]?\s*[:.!»›]*$"),
        link_marks=tuple(tables.words("chrome", "link-marks")),
        relative_time=compile_(t["relative-time"]),
        time_code=compile_(t["time-code"]),
        counter=compile_(
            rf"^(?:\d[\d,.]*\s*[km]?\+?\s+(?:{_words('counter-nouns')})"
            rf"|(?:{_words('counter-nouns')})\s*[(:]\s*\d[\d,.]*[km]?\)?)$"
        ),
        update=compile_(rf"^(?:{_words('update-labels')})\b"),
        player=compile_(_whole("player-controls")),
        gallery=compile_(t["gallery-count"]),
        credit_label=compile_(
            rf"(?:^|\()\s*(?:{_words('credit-labels')})\s*(?::|\bby\b)|\bcourtesy of\b"
        ),
        agencies=compile_(_whole("picture-agencies")),
        credit_words=compile_(_whole("credit-labels")),
        tag_label=compile_(rf"^(?:{_words('tag-labels')})\s*:"),
        breadcrumb=compile_(rf"^[^{marks}]{{1,30}}(?:\s[{marks}]\s[^{marks}]{{1,30}}){{2,}}$"),
        paywall=compile_(_whole("paywall-phrases")),
        paywall_words=compile_(_whole("paywall-words")),
        syndication=compile_(_whole("syndication-phrases")),
        syndication_words=compile_(_whole("syndication-words")),
        copyright=compile_(t["copyright-mark"], re.I),
        notice=compile_(_whole("notice-phrases")),
        notice_words=compile_(_whole("notice-words")),
        navigation=frozenset(w.lower() for w in tables.words("chrome", "navigation-words")),
        list_label=compile_(rf"^(?:{_words('list-labels')})\s*:?$"),
        byline=compile_(t["byline"], re.I),
        dateline=compile_(t["dateline"]),
        story_credits=compile_(rf"^[(\[]?(?:{_words('story-credits')})\b"),
        share_bar=compile_(rf"(?:{_whole('networks')}[\s|,·•]*){{2,}}"),
        stopwords=frozenset(w.lower() for w in tables.words("chrome", "stopwords")),
    )


# -- one line ---------------------------------------------------------------------------------


def _distinct(pattern: re.Pattern, text: str) -> list[str]:
    return list(dict.fromkeys(" ".join(m.group(0).split()) for m in pattern.finditer(text)))


def _short(evidence: str) -> str:
    return evidence if len(evidence) <= 40 else evidence[:39] + "…"


def _slashed(low: str, agencies: list[str]) -> bool:
    """ "Lena Brandt/Getty Images", "Reuters / Ravi Menon": a name and an agency around a slash."""
    return any(
        re.search(rf"[\w.]\s*/\s*{re.escape(a)}\b|\b{re.escape(a)}\s*/\s*[a-z]", low)
        for a in agencies
    )


def signals_of(core: str, g: _Grammar, words: list[str] | None = None) -> list[Signal]:
    """Every signal that fires on one line's text (its core: decoration stripped). `words` are
    the line's lower-cased words when the caller has them already.

    Most signals fire only on a short line (a prompt, a credit, a notice is a few words), so
    their evidence is looked for only when the line is short enough for it to count: a
    paragraph of copy costs a handful of anchored matches."""
    low = core.lower()
    if words is None:
        words = _WORD.findall(low)
    count = len(words)
    found: list[Signal] = []

    def add(name: str, evidence: str) -> None:
        found.append(Signal(name, _short(evidence)))

    objects: list[str] = []
    reader = None
    if count <= 20:
        action = None
        for clause in _CLAUSE.finditer(low):  # "Want to know more? Subscribe to …"
            action = g.action.match(low, clause.end())
            if action:
                break
        objects = _distinct(g.objects, low)
        if action:
            after = [o for o in objects if low.find(o) >= action.end("verb")]
            if after:
                add("call-to-action", f"{action.group('verb')} … {after[0]}")
        if count <= 15:
            reader = g.reader.search(low)
            prompting = reader and objects and g.verb_anywhere.search(low)
            if not found and prompting:
                add("call-to-action", f"{reader.group(0)} … {objects[0]}")
    share_bar = g.share_bar.match(low)  # "Facebook Twitter …"
    if share_bar:
        add("social", " ".join(share_bar.group(0).split()))
    elif count <= 8:  # a sentence that mentions networks is copy; a prompt is short
        networks = _distinct(g.networks, low)
        handles = g.handle.findall(core)
        x_network = _X_NETWORK.search(low)
        if (
            len(networks) + bool(x_network) >= 2
            or (networks and handles)
            or (handles and count <= 6)
        ):
            add("social", ", ".join((networks + handles)[:3]))
        elif networks and count <= 3:
            add("social", networks[0])
    label = g.link_label.match(low)
    if label:
        add("link", label.group("label"))
    elif _BRACKET_LABEL.match(low):
        add("link", core[:30])
    elif g.link_line.match(low):
        add("navigation", core[:30])  # a link label alone on its line: a menu item
    elif core.startswith(g.link_marks) or core.endswith(g.link_marks):
        add("link", next(m for m in g.link_marks if core.startswith(m) or core.endswith(m)))
    items = _SEPARATORS.split(core) if any(m in core for m in _SEPARATOR_MARKS) else ()
    if len(items) >= 3 and all(0 < len(_WORD.findall(i)) <= 4 for i in items):
        add("separated", f"{len(items)} items")
    # A relative time counts on a short line, or opening the line, or after an update label;
    # the leftmost match opens the line exactly when there is a match at its start.
    updated = g.update.match(low)
    ago = g.relative_time.search(low) if count <= 6 or updated else g.relative_time.match(low)
    if ago:
        add("counter", ago.group(0))
    elif (
        g.time_code.match(low)
        or g.counter.match(low)
        or (updated and count <= 8 and _DIGIT.search(low))
    ):
        add("counter", core)
    if g.gallery.match(low):
        add("player", core)
    elif count <= 6 and words:
        controls = sum(len(m.group(0).split()) for m in g.player.finditer(low))
        covered = controls + sum(w.isdigit() for w in words)  # "Skip ad in 5"
        if controls and covered / count >= 0.6:
            add("player", " ".join(words))
    if count <= 20:
        agencies = _distinct(g.agencies, low)
        if g.credit_label.search(low):
            add("credit", (agencies or [core])[0])
        elif agencies and count <= 15 and (g.credit_words.search(low) or _slashed(low, agencies)):
            add("credit", agencies[0])
    if count <= 30 and g.tag_label.match(low):
        add("tags", core.split(":", 1)[0])
    elif count <= 12 and g.breadcrumb.match(core):
        add("tags", core)
    if count <= 25:
        paywall = _distinct(g.paywall, low)
        weak = _distinct(g.paywall_words, low)
        if paywall or (len(weak) >= 2 and (reader or objects) and count <= 15):
            add("paywall", ", ".join((paywall + weak)[:2]))
    syndication = _distinct(g.syndication, low) if count <= 30 else []
    if syndication:
        add("syndication", syndication[0])
    elif count <= 12:
        weak = _distinct(g.syndication_words, low)
        if weak or g.copyright.search(core):
            add("syndication", (weak or ["©"])[0])
    if count <= 40:
        notices = _distinct(g.notice, low)
        if notices:
            add("notice", ", ".join(notices[:2]))
        elif count <= 15:
            weak = _distinct(g.notice_words, low)
            if len(weak) >= 2 or (weak and any(s.name == "call-to-action" for s in found)):
                add("notice", ", ".join(weak[:2]))
    if 0 < count <= 4 and " ".join(words) in g.navigation:
        add("navigation", " ".join(words))
    return found


_X_NETWORK = patterns.compile(r"(?:\bon\s+x\b|(?<![\w-])x\s*(?:\(formerly twitter\))?$)")
_BRACKET_LABEL = patterns.compile(r"^\[[^\]]{2,40}:")
_DIGIT = patterns.compile(r"\d")


def reads_as(core: str, g: _Grammar, words: list[str] | None = None) -> tuple[bool, bool]:
    """(sentence, prose) for one line. A sentence reads as copy: it ends like a sentence (or
    leads in to a list) and is made of running words. Prose is a paragraph of running text,
    the stuff of a story's body. `words`: the line's lower-cased words, when the caller has
    them."""
    if words is None:
        words = _WORD.findall(core.lower())
    count = len(words)
    if not count:
        return False, False
    ends = _ends_a_sentence(core)
    share = _stopwords(words, g) / count if count > 3 else 0.0
    sentence = (ends or (count >= 4 and _leads_in(core))) and (count <= 3 or share >= 0.2)
    prose = count >= 15 and share >= 0.25 and (ends or count >= 25)
    return sentence, prose  # a sentence of three words or fewer: "Police said."


def is_sentence(core: str, g: _Grammar, words: list[str] | None = None) -> bool:
    """A line that reads as copy (see `reads_as`)."""
    return reads_as(core, g, words)[0]


def is_prose(core: str, g: _Grammar, words: list[str] | None = None) -> bool:
    """A paragraph of running text (see `reads_as`)."""
    return reads_as(core, g, words)[1]


def _stopwords(words: list[str], g: _Grammar) -> int:
    return sum(map(g.stopwords.__contains__, words))


def _ends_a_sentence(core: str) -> bool:
    """Whether the line's last mark, before closing quotes and brackets, ends a sentence."""
    return core.rstrip().rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def _leads_in(core: str) -> bool:
    """A word, then a colon that ends the line: "The newly selected five are:"."""
    return core.endswith(":") and bool(_LEADS_IN.search(core))


def is_shaped(core: str) -> bool:
    """Short, no sentence punctuation, mostly capitalised words: a label, a menu item, or a
    headline of another page."""
    words = _WORD.findall(core)
    if not words or len(words) > 14 or _ends_a_sentence(core):
        return False
    capital = sum(w[:1].isupper() or w[:1].isdigit() for w in words)
    return capital / len(words) >= 0.5


def _guarded(doc, line, g: _Grammar) -> bool:
    if line.index in doc.headline_lines or line.index in doc.heading_lines:
        return True
    core = line.core
    if g.byline.match(core) or g.dateline.match(core) or g.story_credits.match(core.lower()):
        return True
    if _STORY_NOTE.match(core):
        return True  # "Update: …", "Editor's note: …": a desk's own note on the story
    if ("(@" in core or "pic.twitter.com/" in core) and _EMBED_SIGNATURE.search(core):
        return True  # "… — Name (@handle) November 1, 2019": an embedded post, quoted whole
    quote = doc.quote_at(line.core_start)
    return quote is not None and quote.end >= line.core_end - 1


# -- the page ---------------------------------------------------------------------------------

_EMBED_SIGNATURE = patterns.compile(
    r"(?:^|\s)[—–-]\s*[^@\n]{1,60}\(@\w{1,30}\)\s+\w+\.?\s+\d{1,2},\s+\d{4}$|pic\.twitter\.com/"
)
_STORY_NOTE = patterns.compile(
    r"^[\[(]?(?:(?:update|updated|correction|clarification|editor['’]s note|editors['’] note"
    r"|note to readers)\s*:|(?:this|the) (?:story|article) (?:has been|was) (?:updated|corrected))",
    re.I,
)
_GAP = 4  # non-prose lines that may stand between two paragraphs of one body
_SHARE = 5  # a cluster at least 1/_SHARE the size of the biggest is part of the body too
_ABSORB = 8  # and so is one this close to it, whatever its size
_REACH = 20  # lines beside the body that are chrome only when a signal says so
_LIST_RUN = 3  # headline-shaped lines in a row that make a list


def page(doc) -> Page:
    return cached(doc, "chrome", lambda: _page(doc))


def _page(doc) -> Page:
    g = grammar()
    lines: dict[int, LineFacts] = {}
    for line in doc.lines:
        core = line.core
        if line.core_start == line.core_end or not line.words:
            continue
        guarded = _guarded(doc, line, g)
        # Quoted words are someone's speech: only what is outside quotes can be chrome.
        unquoted = doc.unquoted[line.core_start : line.core_end].strip()
        words = _WORD.findall(core.lower())
        if guarded or not unquoted:
            found = []
        else:
            found = signals_of(unquoted, g, words if unquoted == core else None)
        sentence, prose = reads_as(core, g, words)
        sentence = sentence and not any(s.name == "call-to-action" for s in found)
        if not guarded and not sentence and is_shaped(core):
            found.append(Signal("shape", "short, no sentence"))
        lines[line.index] = LineFacts(line.index, tuple(found), sentence, prose, guarded)
    _mark_title(doc, lines)
    _mark_repeats(doc, lines)
    _mark_lists(doc, lines, g)
    body = _body(lines)
    if body is not None:
        start, end = _chrome_edges(lines, body)
        for index, facts in lines.items():
            if (index <= start or index >= end) and not facts.guarded and not facts.prose:
                lines[index] = facts._replace(signals=(*facts.signals, Signal("outside", "")))
    return Page(lines, body)


def on_chrome_line(doc, offset: int) -> bool:
    """Whether `offset` sits on a line with any chrome signal (a caption, a credit, a list of
    headlines): the attribution checks leave such lines to the boilerplate pack."""
    facts = page(doc).lines.get(doc.position(offset)[0] - 1)
    return facts is not None and bool(facts.signals)


def has_signal(facts: LineFacts) -> bool:
    """A signal of what the line is, not only of its shape or place."""
    return any(s.name not in ("shape", "outside") for s in facts.signals)


def has_content_signal(facts: LineFacts) -> bool:
    """A signal of what the line says (a prompt, a credit, a counter), not of its shape, its
    place, or a label that copy could also print."""
    weak = ("shape", "outside", "navigation", "repeated", "list")
    return any(s.name not in weak for s in facts.signals)


def _real(facts: LineFacts) -> bool:
    return any(s.name not in ("shape", "list", "outside") for s in facts.signals)


def _chrome_edges(lines: dict[int, LineFacts], body: tuple[int, int]) -> tuple[int, int]:
    """The page's header ends at the last line before the body that shows a signal, and its
    footer starts at the first one after it: what lies between them and the body (a table, a
    fact box, a standfirst, an event's details) may be the story's own end matter."""
    order = sorted(lines)
    at = {index: n for n, index in enumerate(order)}
    before = [i for i, f in lines.items() if i < body[0] and _real(f)]
    after = [i for i, f in lines.items() if i > body[1] and _real(f)]
    start = max(before) if before else -1
    end = min(after) if after else 1 << 30
    # Far from the body, no signal is needed: end matter is a few lines, a footer is many.
    if at[body[0]] > _REACH:
        start = max(start, order[at[body[0]] - _REACH - 1])
    if at[body[1]] + _REACH + 1 < len(order):
        end = min(end, order[at[body[1]] + _REACH + 1])
    return start, end


_TITLE = patterns.compile(r"^(?P<headline>.{12,}?)\s+[|\-–—:]\s+(?P<site>[^|\-–—:]{2,40})$")


def _normal(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _mark_title(doc, lines: dict[int, LineFacts]) -> None:
    """A page's <title>: its first line is the headline plus " - Site" or " | Site", and the
    headline itself is printed again below it. (A story's own headline never carries a site
    name after a separator and then repeats without it.)"""
    if not lines:
        return
    first = min(lines)
    match = _TITLE.match(doc.lines[first].core)
    if not match:
        return
    headline = _normal(match.group("headline"))
    if any(_normal(doc.lines[i].core) == headline for i in lines if i != first):
        facts = lines[first]
        signal = Signal("page-title", match.group("site").strip())
        lines[first] = facts._replace(signals=(*facts.signals, signal), guarded=False)


_REPEATS = 4  # a short line printed this often is a page's label, not copy


def _mark_repeats(doc, lines: dict[int, LineFacts]) -> None:
    """A short line printed again and again ("Company Town" over every teaser, "Reply" under
    every comment) labels the page's items."""
    seen: dict[str, list[int]] = {}
    for index, facts in lines.items():
        if not facts.guarded and doc.lines[index].words <= 6 and not facts.sentence:
            seen.setdefault(_normal(doc.lines[index].core), []).append(index)
    for text, indexes in seen.items():
        if text and len(indexes) >= _REPEATS:
            for index in indexes:
                facts = lines[index]
                signal = Signal("repeated", f"{len(indexes)} times")
                lines[index] = facts._replace(signals=(*facts.signals, signal))


def _mark_lists(doc, lines: dict[int, LineFacts], g: _Grammar) -> None:
    """A list label ("Most read") and the headline-shaped lines that follow it."""
    order = sorted(lines)
    for position, index in enumerate(order):
        facts = lines[index]
        if facts.guarded or not g.list_label.match(doc.lines[index].core.lower()):
            continue
        run = []
        for later in order[position + 1 :]:
            item = lines[later]
            if item.guarded or item.sentence or not item.has("shape"):
                break
            run.append(later)
        if len(run) >= _LIST_RUN - 1:
            label = doc.lines[index].core
            for member in (index, *run):
                item = lines[member]
                lines[member] = item._replace(signals=(*item.signals, Signal("list", label)))


def _body(lines: dict[int, LineFacts]) -> tuple[int, int] | None:
    """The story's body: the biggest cluster of prose lines (by words), where a cluster allows
    up to _GAP other lines between two prose lines, widened to the clusters beside it that are
    at least a fifth of its size."""
    prose = [i for i, f in sorted(lines.items()) if f.prose]
    if not prose:
        return None
    order = sorted(lines)
    position = {index: n for n, index in enumerate(order)}
    clusters: list[list[int]] = [[prose[0]]]
    for index in prose[1:]:
        if position[index] - position[clusters[-1][-1]] - 1 <= _GAP:
            clusters[-1].append(index)
        else:
            clusters.append([index])
    sizes = [len(c) for c in clusters]
    main = max(range(len(clusters)), key=lambda n: sizes[n])
    first, last = main, main

    def gap(a: int, b: int) -> int:  # other lines between the end of cluster a and start of b
        return position[clusters[b][0]] - position[clusters[a][-1]] - 1

    while first > 0 and (
        sizes[first - 1] * _SHARE >= sizes[main] or gap(first - 1, first) <= _ABSORB
    ):
        first -= 1
    while last + 1 < len(clusters) and (
        sizes[last + 1] * _SHARE >= sizes[main] or gap(last, last + 1) <= _ABSORB
    ):
        last += 1
    return clusters[first][0], clusters[last][-1]
