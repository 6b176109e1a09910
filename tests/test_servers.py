"""The start_command reader: shell words exactly as shlex's POSIX rules split them."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from truss_lint.servers import SUBSTITUTION, _substitutions, commands, shell_words

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def shlex_words(line: str) -> list[str]:
    lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|")
    lexer.whitespace_split = True
    try:
        return list(lexer)
    except ValueError:
        return line.split()


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab -=/.:$()'\";&|\t\r\x0b\u00a0#\\")), max_size=40))
@example("sh -c \"vllm serve org/model --port 8000\" && echo 'done; ok'")
@example("a'b c'd;e||f ''")
@example("python -m x --flag=\"a b\"|tee log &")
def test_shell_words_are_shlex_words(line):
    assert shell_words(line) == shlex_words(line)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="shared corpus not available")
def test_every_corpus_start_command_splits_as_shlex_splits_it():
    checked = 0
    for path in sorted(CORPUS.rglob("config.yaml")):
        try:
            config = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
        server = config.get("docker_server") if isinstance(config, dict) else None
        command = server.get("start_command") if isinstance(server, dict) else None
        if isinstance(command, str):
            for line in command.splitlines():
                assert shell_words(line) == shlex_words(line), (path, line)
            assert commands(command)
            checked += 1
    assert checked > 50


def substitutions_one_char_at_a_time(text: str) -> str:
    """The reference: `$(…)` (balanced) and `` `…` `` replaced by the marker, read char by char."""
    out, index = [], 0
    while index < len(text):
        if text.startswith("$(", index):
            depth, end = 0, index + 1
            while end < len(text):
                depth += {"(": 1, ")": -1}.get(text[end], 0)
                if text[end] == ")" and depth == 0:
                    break
                end += 1
            out.append(SUBSTITUTION)
            index = end + 1
        elif text[index] == "`":
            end = text.find("`", index + 1)
            out.append(SUBSTITUTION)
            index = len(text) if end < 0 else end + 1
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("a $()`x\n'\"")), max_size=30))
@example("HF_TOKEN=$(cat /secrets/hf) vllm serve `echo m` $(nproc")
def test_substitutions_are_found_as_a_shell_reader_finds_them(text):
    assert _substitutions(text) == substitutions_one_char_at_a_time(text)
