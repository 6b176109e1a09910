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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .diagnostics import Diagnostic, KeyPath, Span
from .rules import CODE_PATTERN

if TYPE_CHECKING:
    from .loader import Document
    from .rules import Rule

MARKER = "truss-lint"
UNSUPPRESSIBLE = frozenset({"TC003"})  # engine.RULE_ERROR_CODE: a crashed rule checked nothing

_NEXT = r"(?:(?!#[ \t]*truss-lint[ \t]*:).)*"  # up to the next directive on the same line
_DIRECTIVE = re.compile(
    r"(?:^|(?<=[ \t]))#[ \t]*truss-lint[ \t]*:[ \t]*"
    rf"(?:(?P<kind>file-ignore|ignore)[ \t]*\[(?P<tokens>[^\]\n]*)\](?P<reason>{_NEXT})"
    rf"|(?P<malformed>{_NEXT}))"
)
_LINE_BREAK = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")  # what PyYAML counts as a line break


@dataclass
class Directive:
    """One `# truss-lint: ...` comment and what it covers."""

    kind: str  # "ignore", "file-ignore", or "" when malformed
    span: Span
    start: int  # text offsets of the directive, for fixes
    end: int
    text: str
    own_line: bool
    tokens: list[str] = field(default_factory=list)  # as written, in order
    reason: str = ""
    problem: str | None = None  # why a malformed directive is not one
    rules: dict[str, Rule] = field(default_factory=dict)  # token → rule, for the known tokens
    unknown: list[str] = field(default_factory=list)
    first_line: int = 0  # covered lines (inclusive), unless whole_file; -1 when nothing follows
    last_line: int = 0
    paths: list[KeyPath] = field(default_factory=list)  # covered key paths
    nested: bool = False  # also covers what is nested under `paths`
    used: set[str] = field(default_factory=set)  # codes that suppressed something
    delete_start: int = 0  # what removing the comment entirely deletes
    delete_end: int = 0

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


@dataclass
class Suppressions:
    """The directives of one file, and which of them suppressed something."""

    directives: list[Directive] = field(default_factory=list)
    # Codes of the rules that ran on this file without crashing: only their tokens can be unused.
    judged: set[str] = field(default_factory=set)

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
        for match in _DIRECTIVE.finditer(line):
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
    for match in _LINE_BREAK.finditer(text):
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
