"""What a `docker_server.start_command` starts: the shell words it runs (through `sh -c` bodies,
`&&`/`;`/`||` chains, `VAR=… cmd` prefixes and scripts shipped in the truss), the model server
it identifies (vLLM, SGLang, TEI, ...; facts in data/servers.yaml) and that server's flags.

An unknown server is None: the rules that read it stay silent rather than guess.
"""

from __future__ import annotations

import os
import re
import shlex

from .._struct import Struct

TYPE_CHECKING = False
if TYPE_CHECKING:
    from ..engine import Context

START: tuple[str, ...] = ("docker_server", "start_command")
APP_DIR = "/app/"  # where Truss copies the truss directory in the image
_SHELLS = frozenset({"sh", "bash", "dash", "zsh", "/bin/sh", "/bin/bash", "/usr/bin/bash", "/usr/bin/env"})
_PREFIXES = frozenset({"exec", "env", "nohup", "time", "stdbuf", "command"})
_PYTHONS = re.compile(r"^(?:.*/)?python(?:3(?:\.\d+)?)?$")
_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")
_SEPARATORS = frozenset({";", "&&", "||", "|", "&", ";;", "|&"})
_MAX_DEPTH = 4


class Server(Struct):
    """One identified server: its kind (a key of servers.yaml), facts, flags and positionals.
    `flags` maps each flag as written (`--tp-size`) to its value; `in_script` names the truss
    file the command was found in (None: in start_command itself)."""

    __slots__ = ("kind", "facts", "flags", "positionals", "in_script", "lists")

    def __init__(self, kind: str, facts: dict, flags: dict[str, str | None], positionals: list[str],
                 in_script: str | None, lists: dict[str, list[str]] | None = None) -> None:
        self.kind = kind
        self.facts = facts
        self.flags = flags
        self.positionals = positionals
        self.in_script = in_script
        self.lists = lists or {}  # every word after a flag up to the next flag (`--served-model-name a b`)

    def values(self, fact: str) -> list[str]:
        """All values given to the flag `fact`, over every spelling and repetition."""
        found: list[str] = []
        for spelling in self.facts.get("flags", {}).get(fact, ()):
            found.extend(self.lists.get(spelling, ()))
        return found

    def model(self) -> str | None:
        """The model the server loads as written: its model flag's last value, else (vLLM,
        LMDeploy: `serve MODEL`) its first positional argument."""
        names = self.values("model") or (self.positionals[:1] if self.facts.get("model_positional") else [])
        return names[-1] if names else None

    @property
    def label(self) -> str:
        return self.facts.get("label", self.kind)

    def flag(self, fact: str) -> tuple[str, str | None] | None:
        """(spelling, value) of the flag `fact` (a key of the server's `flags`), the last one given."""
        found = None
        for spelling in self.facts.get("flags", {}).get(fact, ()):
            if spelling in self.flags:
                found = (spelling, self.flags[spelling])
        return found


class StartCommand(Struct):
    """What the start command runs: the identified server (or None), and all the text the
    shell reads (the command and the truss scripts it runs), for paths like /secrets/NAME."""

    __slots__ = ("server", "text")

    def __init__(self, server: Server | None, text: str) -> None:
        self.server = server
        self.text = text


def servers_data() -> dict:
    from .._data import data_json

    return data_json("servers.json")  # servers.yaml compiled by scripts/compile_data.py


def _servers() -> dict:
    return servers_data()["servers"]


def start_command(ctx: Context) -> StartCommand | None:
    """The parsed `docker_server.start_command`, once per file; None without one."""
    return ctx.memo("servers.start_command", lambda: _parse(ctx))


def identified_server(ctx: Context):
    """The server `start_command` runs, when truss-lint knows it; None otherwise (rules stay silent)."""
    parsed = start_command(ctx)
    return parsed.server if parsed else None


def _parse(ctx: Context) -> StartCommand | None:
    config = ctx.config
    section = config.get("docker_server") if isinstance(config, dict) else None
    command = section.get("start_command") if isinstance(section, dict) else None
    if not isinstance(command, str) or not command.strip():
        return None
    reader = _Reader(os.path.dirname(os.path.abspath(ctx.path)))
    server = reader.script(command, None, 0)
    return StartCommand(server, "\n".join(reader.texts))


class _Reader:
    def __init__(self, truss_dir: str) -> None:
        self.truss_dir = truss_dir
        self.texts: list[str] = []

    def script(self, text: str, source: str | None, depth: int) -> Server | None:
        self.texts.append(text)
        found = None
        for words in commands(text):
            server = self.command(words, source, depth)
            found = found or server
        return found

    def command(self, words: list[str], source: str | None, depth: int) -> Server | None:
        while words and (_ASSIGNMENT.match(words[0]) or words[0] in _PREFIXES):
            words = words[1:]
        if not words:
            return None
        if words[0] in _SHELLS and depth < _MAX_DEPTH:
            rest = words[1:]
            if words[0] == "/usr/bin/env":
                return self.command(rest, source, depth + 1)
            for index, word in enumerate(rest):
                if word.startswith("-") and "c" in word[1:] and not word.startswith("--"):
                    return self.script(rest[index + 1], source, depth + 1) if index + 1 < len(rest) else None
                if not word.startswith("-"):
                    return self.run_file(word, depth)
            return None
        if words[0] in ("source", ".") and len(words) > 1:
            return self.run_file(words[1], depth)
        if words[0].endswith(".sh"):
            return self.run_file(words[0], depth)
        return identify(words, source)

    def run_file(self, path: str, depth: int) -> Server | None:
        """A script shipped in the truss: `/app/data/x.sh` (or `data/x.sh`) beside the config."""
        if depth >= _MAX_DEPTH:
            return None
        relative = path[len(APP_DIR):] if path.startswith(APP_DIR) else path
        if os.path.isabs(relative) or ".." in relative.split("/"):
            return None
        try:
            with open(os.path.join(self.truss_dir, relative), encoding="utf-8", errors="replace") as handle:
                text = handle.read(256 * 1024)
        except OSError:
            return None
        return self.script(text, relative, depth + 1)


def identify(words: list[str], source: str | None = None) -> Server | None:
    """The server `words` (one simple command) starts, with its flags; None when not known."""
    name = os.path.basename(words[0])
    module = None
    if _PYTHONS.match(name) and "-m" in words[1:3]:
        at = words.index("-m")
        if at + 1 < len(words):
            module, words = words[at + 1], words[at + 2:]
    for kind, facts in _servers().items():
        if module is not None:
            for written in facts.get("modules", ()):  # "lmdeploy serve api_server": a module and its subcommand
                parts = written.split()
                if module == parts[0] and words[:len(parts) - 1] == parts[1:]:
                    return _with_flags(kind, facts, words[len(parts) - 1:], source)
            continue
        for prefix in facts.get("commands", ()):
            if name == prefix[0] and words[1:len(prefix)] == prefix[1:]:
                return _with_flags(kind, facts, words[len(prefix):], source)
    return None


def _with_flags(kind: str, facts: dict, args: list[str], source: str | None) -> Server:
    flags: dict[str, str | None] = {}
    lists: dict[str, list[str]] = {}
    positionals: list[str] = []
    index, last = 0, None
    while index < len(args):
        word = args[index]
        if word.startswith("-") and len(word) > 1 and not _is_number(word):
            flag, equals, value = word.partition("=")
            last = lists.setdefault(flag, [])
            if equals:
                flags[flag] = value
                last.append(value)
                last = None
            elif index + 1 < len(args) and not (args[index + 1].startswith("-") and not _is_number(args[index + 1])):
                flags[flag] = args[index + 1]
                last.append(args[index + 1])
                index += 1
            else:
                flags[flag] = None
        elif last is not None:
            last.append(word)
        else:
            positionals.append(word)
        index += 1
    return Server(kind, facts, flags, positionals, source, lists)


def _is_number(word: str) -> bool:
    return word.lstrip("-").replace(".", "", 1).isdigit()


SUBSTITUTION = "\x00"  # stands for a `$(…)`/backquoted value: known only at run time


def commands(text: str) -> list[list[str]]:
    """The simple commands of a shell text, each as its words; `$(…)` becomes SUBSTITUTION."""
    text = _substitutions(text.replace("\\\r\n", " ").replace("\\\n", " "))
    result: list[list[str]] = []
    for line in _unquoted_lines(text):
        tokens = shell_words(line)
        current: list[str] = []
        for token in tokens:
            if token in _SEPARATORS:
                if current:
                    result.append(current)
                current = []
            else:
                current.append(token)
        if current:
            result.append(current)
    return result


# A word: unquoted characters and quoted runs, joined; or a run of the operators ; & |.
_FAST_WORD = re.compile(r"""[ \t\r\n]*((?:[^ \t\r\n'";&|]|'[^']*'|"[^"]*")+|[;&|]+)""")
_QUOTED = re.compile(r"""'([^']*)'|"([^"]*)\"""")


def shell_words(line: str) -> list[str]:
    """The words of one line as shlex splits them (POSIX rules, `;&|` runs as operators). A line
    without backslashes or `#` is split by a regular expression, ten times faster, to the same
    words (tests/test_servers.py holds the two to each other); other lines go to shlex."""
    if "\\" not in line and "#" not in line:
        words, position = [], 0
        while (match := _FAST_WORD.match(line, position)) is not None:
            words.append(_QUOTED.sub(lambda quoted: quoted.group(1) if quoted.group(1) is not None
                                     else quoted.group(2), match.group(1)))
            position = match.end()
        if not line[position:].strip(" \t\r\n"):
            return words
    lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|")
    lexer.whitespace_split = True
    try:
        return list(lexer)
    except ValueError:  # an unclosed quote: the shell would refuse it too
        return line.split()


_SUBSTITUTION_START = re.compile(r"\$\(|`")


def _substitutions(text: str) -> str:
    """Replace each `$(…)` (balanced) and `` `…` `` by SUBSTITUTION."""
    out, index = [], 0
    while (found := _SUBSTITUTION_START.search(text, index)) is not None:
        out.append(text[index:found.start()])
        if found.group() == "`":
            end = text.find("`", found.end())
            index = len(text) if end < 0 else end + 1
        else:
            depth, end = 0, found.start() + 1
            while end < len(text):
                if text[end] == "(":
                    depth += 1
                elif text[end] == ")":
                    depth -= 1
                    if depth == 0:
                        break
                end += 1
            index = end + 1
        out.append(SUBSTITUTION)
    out.append(text[index:])
    return "".join(out)


def _unquoted_lines(text: str) -> list[str]:
    """Split at newlines outside quotes (a newline ends a command, as `;` does)."""
    if "\n" not in text:
        return [text] if text.strip() and not text.lstrip().startswith("#") else []
    lines, start, quote = [], 0, None
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
        elif char in "'\"":
            quote = char
        elif char == "\n":
            lines.append(text[start:index])
            start = index + 1
    lines.append(text[start:])
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def text_location(ctx: Context, needle: str):
    """The span of `needle` in the written start command; the start command's when not there."""
    from ..diagnostics import Span

    document = ctx.document
    entry = document.entries.get(START)
    whole = document.span(START)
    at = document.text.find(needle, entry.value_start, entry.value_end) if entry is not None else -1
    if at < 0:
        return whole
    line = document.text.count("\n", 0, at) + 1
    column = at - (document.text.rfind("\n", 0, at) + 1) + 1
    return Span(line, column, line, column + len(needle))


def flag_location(ctx: Context, server: Server, spelling: str, value: str | None):
    """(Span, (start, end) of the value's characters or None) of `spelling` in the written start
    command; the start command's span when the flag sits in a script or cannot be found."""
    from ..diagnostics import Span

    document = ctx.document
    entry = document.entries.get(START)
    whole = document.span(START)
    if entry is None or server.in_script is not None:
        return whole, None
    text = document.text[entry.value_start:entry.value_end]
    pattern = re.escape(spelling) + (r"(?:[ \t]*=[ \t]*|[ \t\\\n]+)[\"']?(" + re.escape(value) + r")(?![\w.])"
                                     if value else r"(?![\w-])")
    match = re.search(r"(?<![\w-])" + pattern, text)
    if match is None:
        return whole, None
    start = entry.value_start + match.start()
    line = document.text.count("\n", 0, start) + 1
    column = start - (document.text.rfind("\n", 0, start) + 1) + 1
    span = Span(line, column, line, column + len(match.group(0)))
    value_range = (entry.value_start + match.start(1), entry.value_start + match.end(1)) if value else None
    return span, value_range
