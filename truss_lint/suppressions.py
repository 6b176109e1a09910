"""Suppression comments: `# truss-lint: ignore[CODE-or-name, ...] optional reason`.

Three scopes:

- trailing a line (`cpu: "5"  # truss-lint: ignore[TC205]`): diagnostics on that line, and those
  about the key written there;
- alone on its line: the next line that is not blank or a comment. When a key (or a `- ` list
  item) starts there, its whole block is covered, nested keys included;
- `# truss-lint: file-ignore[...]`, anywhere in the file (own line or trailing, like flake8's and
  ruff's file-level forms): the whole file.

Directives are found in the raw text with one compiled regex, not through a YAML comment API:
that works on files that do not load, and costs nothing for the files (nearly all) that have no
`truss-lint:` comment. A `#` inside a quoted or block scalar is text, not a comment, so matches
that fall inside a scalar value are dropped.

Two registered rules audit the directives after every other rule ran: `unknown-suppression`
(a code or name that is no rule, or a malformed directive) and `unused-suppression` (a listed
rule ran and reported nothing in the directive's scope). Their own diagnostics can be suppressed
by a directive in scope, but that never counts as use, so the audit cannot loop.
Internal rule errors (TC003) are never suppressed: they mean checks silently did not run.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ._struct import Struct
from .diagnostics import Diagnostic, KeyPath, Span
from .rules import CODE_PATTERN

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from collections.abc import Iterable

    from .yaml_loader import Document
    from .rules import Rule

MARKER = "truss-lint"
UNSUPPRESSIBLE = frozenset({"TC003"})  # engine.RULE_ERROR_CODE: a crashed rule checked nothing

_NEXT = r"(?:(?!#[ \t]*truss-lint[ \t]*:).)*"  # up to the next directive on the same line


# The patterns are compiled on first use: most files have no `truss-lint:` comment.
@lru_cache(None)
def _directive_pattern() -> re.Pattern:
    return re.compile(
        r"(?:^|(?<=[ \t]))#[ \t]*truss-lint[ \t]*:[ \t]*"
        rf"(?:(?P<kind>file-ignore|ignore)[ \t]*\[(?P<tokens>[^\]\n]*)\](?P<reason>{_NEXT})"
        rf"|(?P<malformed>{_NEXT}))"
    )


@lru_cache(None)
def _line_break() -> re.Pattern:
    return re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # what PyYAML counts as a line break


class Directive(Struct):
    """One `# truss-lint: ...` comment and what it covers."""

    __slots__ = ("kind", "span", "start", "end", "text", "own_line", "tokens", "reason", "problem", "rules",
                 "unknown", "first_line", "last_line", "paths", "nested", "used", "delete_start", "delete_end")

    def __init__(self, kind: str, span: Span, start: int, end: int, text: str, own_line: bool,
                 tokens: list[str] | None = None, reason: str = "", problem: str | None = None,
                 rules: dict[str, Rule] | None = None, unknown: list[str] | None = None, first_line: int = 0,
                 last_line: int = 0, paths: list[KeyPath] | None = None, nested: bool = False,
                 used: set[str] | None = None, delete_start: int = 0, delete_end: int = 0) -> None:
        self.kind = kind  # "ignore", "file-ignore", or "" when malformed
        self.span = span
        self.start = start  # text offsets of the directive, for fixes
        self.end = end
        self.text = text
        self.own_line = own_line
        self.tokens = [] if tokens is None else tokens  # as written, in order
        self.reason = reason
        self.problem = problem  # why a malformed directive is not one
        self.rules = {} if rules is None else rules  # token → rule, for the known tokens
        self.unknown = [] if unknown is None else unknown
        self.first_line = first_line  # covered lines (inclusive), unless whole_file; -1 when nothing follows
        self.last_line = last_line
        self.paths = [] if paths is None else paths  # covered key paths
        self.nested = nested  # also covers what is nested under `paths`
        self.used = set() if used is None else used  # codes that suppressed something
        self.delete_start = delete_start  # what removing the comment entirely deletes
        self.delete_end = delete_end

    @property
    def whole_file(self) -> bool:
        return self.kind == "file-ignore"

    def covers(self, diagnostic: Diagnostic) -> bool:
        if self.whole_file:
            return True
        if self.first_line <= diagnostic.span.line <= self.last_line:
            return True
        path = diagnostic.key_path
        return any(path == p or (self.nested and path[:len(p)] == p) for p in self.paths)

    def scope_text(self) -> str:
        if self.whole_file:
            return "in this file"
        if self.last_line <= self.first_line:
            return f"on line {self.first_line}"
        return f"on lines {self.first_line}–{self.last_line}"


class Suppressions(Struct):
    """The directives of one file, and which of them suppressed something."""

    __slots__ = ("directives", "judged")

    def __init__(self, directives: list[Directive] | None = None, judged: set[str] | None = None) -> None:
        self.directives = [] if directives is None else directives
        # Codes of the rules that ran on this file without crashing: only their tokens can be unused.
        self.judged = set() if judged is None else judged

    def apply(self, diagnostics: Iterable[Diagnostic], count_use: bool = True) -> list[Diagnostic]:
        """The diagnostics no directive suppresses. A suppression is recorded as use of the
        directive only when `count_use` (the audit rules' own findings do not count)."""
        kept = []
        for diagnostic in diagnostics:
            suppressed = False
            if diagnostic.code not in UNSUPPRESSIBLE:
                for directive in self.directives:
                    if any(r.code == diagnostic.code for r in directive.rules.values()) \
                            and directive.covers(diagnostic):
                        suppressed = True
                        if count_use:
                            directive.used.add(diagnostic.code)
            if not suppressed:
                kept.append(diagnostic)
        return kept

    def unused(self) -> Iterable[tuple[Directive, list[str]]]:
        """Each directive with the tokens naming a rule that ran and reported nothing in scope,
        or a rule that cannot be suppressed. Rules that did not run here (not selected, crashed,
        or skipped because the file does not load) cannot be judged, so are never reported."""
        for directive in self.directives:
            tokens = [t for t, rule in directive.rules.items()
                      if rule.code in UNSUPPRESSIBLE or (rule.code in self.judged and rule.code not in directive.used)]
            if tokens:
                yield directive, tokens


def parse_suppressions(document: Document, rules: list[Rule]) -> Suppressions:
    text = document.text
    if MARKER not in text:
        return Suppressions()
    by_key = {key: rule for rule in rules for key in (rule.code, rule.name)}
    lines, offsets = _split_lines(text)
    scalar_ranges = _scalar_ranges(document)
    directives = []
    for number, line in enumerate(lines, start=1):
        if MARKER not in line:
            continue
        for match in _directive_pattern().finditer(line):
            start = offsets[number - 1] + match.start()
            if any(low <= start < high for low, high in scalar_ranges):
                continue  # a `#` inside a string value
            next_line = offsets[number] if number < len(offsets) else len(text)
            directive = _directive(match, line, number, start, offsets[number - 1], next_line, by_key)
            _set_scope(directive, number, lines, document)
            directives.append(directive)
    return Suppressions(directives)


def _directive(match: re.Match, line: str, number: int, start: int, line_start: int, next_line: int,
               by_key: dict[str, Rule]) -> Directive:
    before = line[:match.start()]
    own_line = not before.strip() or before.lstrip().startswith("#")
    text = match.group(0).rstrip()
    end = start + len(text)
    directive = Directive(
        kind=match.group("kind") or "",
        span=Span(number, match.start() + 1, number, match.start() + len(text) + 1),
        start=start, end=end, text=text, own_line=own_line,
    )
    if not before.strip() and end - line_start == len(line.rstrip()):
        directive.delete_start, directive.delete_end = line_start, next_line  # the line and its break
    else:
        directive.delete_start, directive.delete_end = line_start + len(before.rstrip()), end
    if not directive.kind:
        written = (match.group("malformed") or "").strip()
        directive.problem = (f"`{written}` is not a truss-lint directive" if written and not
                             written.startswith(("ignore", "file-ignore")) else
                             "the rules must be listed in brackets")
        return directive
    directive.reason = match.group("reason").strip().lstrip("#:-— ").strip()
    directive.tokens = [t.strip() for t in match.group("tokens").split(",") if t.strip()]
    if not directive.tokens:
        directive.problem = "the brackets name no rule"
    for token in directive.tokens:
        key = token.upper() if CODE_PATTERN.match(token.upper()) else token
        rule = by_key.get(key)
        if rule is None:
            directive.unknown.append(token)
        else:
            directive.rules[token] = rule
    return directive


def _set_scope(directive: Directive, number: int, lines: list[str], document: Document) -> None:
    if directive.whole_file:
        return
    target = number
    if directive.own_line:
        target = next((n for n in range(number + 1, len(lines) + 1)
                       if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")), 0)
        if not target:  # nothing follows: it covers nothing
            directive.first_line, directive.last_line = -1, -1
            return
    directive.first_line = directive.last_line = target
    directive.nested = directive.own_line
    for path, entry in document.entries.items():
        if not path:
            continue
        if directive.own_line:
            starts = entry.key.line if entry.key else entry.value.line
        else:  # trailing: the keys written on this line, whatever their values span
            starts = entry.key.line if entry.key else -1
        if starts != target:
            continue
        directive.paths.append(path)
        if directive.own_line:
            value = entry.value
            last = value.end_line - 1 if value.end_column == 1 and value.end_line > value.line else value.end_line
            directive.last_line = max(directive.last_line, last)


def _split_lines(text: str) -> tuple[list[str], list[int]]:
    lines, offsets, position = [], [], 0
    for match in _line_break().finditer(text):
        lines.append(text[position:match.start()])
        offsets.append(position)
        position = match.end()
    lines.append(text[position:])
    offsets.append(position)
    return lines, offsets


def _scalar_ranges(document: Document) -> list[tuple[int, int]]:
    """Text offsets of scalar values (where a `#` is text, not a comment); keys are scalars too."""
    ranges = []
    for path, entry in document.entries.items():
        if entry.key is not None and entry.key_end > entry.key_start:
            ranges.append((entry.key_start, entry.key_end))
        value = document.get(*path) if path else document.data
        if not isinstance(value, (dict, list)) and entry.value_end > entry.value_start:
            ranges.append((entry.value_start, entry.value_end))
    return ranges


def did_you_mean(token: str, rules: list[Rule]) -> str:
    keys = [r.name for r in rules]
    import difflib  # only for a misspelt rule in a suppression comment

    close = difflib.get_close_matches(token, keys, n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else ""
