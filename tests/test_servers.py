"""The start_command reader: shell words exactly as shlex's POSIX rules split them."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from truss_lint.servers import commands, shell_words

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
