"""Positions in a Python source text: ast's (line, UTF-8 byte column) to spans and text offsets."""

from __future__ import annotations

import ast
import re

from ..diagnostics import Span

_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # the line breaks Python's tokenizer counts


class Source:
    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end]

    def _column(self, line: int, byte_column: int) -> int:
        """0-based character column of a UTF-8 byte column."""
        text = self.line_text(line)
        if text.isascii():
            return byte_column
        return len(text.encode("utf-8")[:byte_column].decode("utf-8", "replace"))

    def offset(self, line: int, byte_column: int) -> int:
        return self.line_starts[line - 1] + self._column(line, byte_column)

    def offsets(self, node: ast.AST) -> tuple[int, int]:
        return (self.offset(node.lineno, node.col_offset),
                self.offset(node.end_lineno or node.lineno, node.end_col_offset or node.col_offset))

    def span(self, node: ast.AST) -> Span:
        end_line = node.end_lineno or node.lineno
        return Span(node.lineno, self._column(node.lineno, node.col_offset) + 1,
                    end_line, self._column(end_line, node.end_col_offset or node.col_offset) + 1)

    def name_span(self, cls: ast.ClassDef) -> Span:
        """The class name in `class Name(...)`."""
        text = self.line_text(cls.lineno)
        start = self._column(cls.lineno, cls.col_offset)
        match = re.compile(r"class\s+(\w+)").match(text, start)
        if match is None:
            return Span(cls.lineno, start + 1, cls.lineno, start + 1)
        return Span(cls.lineno, match.start(1) + 1, cls.lineno, match.end(1) + 1)
