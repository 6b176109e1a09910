"""Inject one engine-server mistake at a time into the real configs of ../shared/corpus and count
how many truss-lint flags on the line it touched (issue 13's bar: ≥ 90 %).

Mistakes: the tensor-parallel size doubled past the instance's GPUs, halved (GPUs left idle), and
`docker_server.server_port` moved off the port the server listens on. Each is injected where the
config already states it (a TP flag in start_command, trt_llm tensor_parallel_count/size,
server_port), so the line touched is the one a user would edit.

    python scripts/server_injection_study.py [CORPUS]     # default: ../shared/corpus
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from truss_lint.engine import lint

ROOT = Path(__file__).resolve().parent.parent
TP_FLAGS = r"(?:--tensor-parallel-size|-tp|--tp-size|--tp|--num-shard)"
TRT_TP = r"(?:tensor_parallel_count|tensor_parallel_size)"


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _replace(text: str, start: int, end: int, value: str) -> str:
    return text[:start] + value + text[end:]


def _gpus(text: str, path: str) -> int | None:
    result = lint(text, path)
    return result.instance.gpu_count if result.instance is not None else None


def _tp_site(text: str):
    """(start, end) of the TP value written in the config, or None."""
    match = re.search(r"start_command:.*?(?<![\w-])" + TP_FLAGS + r"(?:[ =]+)(\d+)(?![\w.])", text, re.S)
    if match is None:
        match = re.search(r"^\s*" + TRT_TP + r"\s*:\s*(\d+)\s*$", text, re.M)
    return (match.start(1), match.end(1)) if match else None


def _port_site(text: str):
    match = re.search(r"^\s*server_port\s*:\s*(\d+)\s*$", text, re.M)
    return (match.start(1), match.end(1), int(match.group(1))) if match else None


def _flagged(text: str, path: str, code: str, line: int) -> bool:
    return any(d.code == code and d.span.line == line for d in lint(text, path).diagnostics)


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "corpus"
    tallies = {"tp doubled": [0, 0], "tp halved": [0, 0], "server_port moved": [0, 0]}
    missed: list[str] = []
    for config in sorted(p for p in corpus.rglob("config.yaml")):
        text = config.read_text(encoding="utf-8", errors="replace")
        if "docker_server" not in text and "trt_llm" not in text:
            continue
        path = str(config)
        gpus = _gpus(text, path)
        site = _tp_site(text)
        if site and gpus:
            cases = [("tp doubled", str(2 * gpus))] + ([("tp halved", str(gpus // 2))] if gpus >= 2 else [])
            for name, value in cases:
                mutated = _replace(text, *site, value)
                tallies[name][1] += 1
                if _flagged(mutated, path, "TC601", _line(mutated, site[0])):
                    tallies[name][0] += 1
                else:
                    missed.append(f"{name}: {config.relative_to(corpus)}")
        port = _port_site(text) if "docker_server" in text else None
        if port:
            start, end, current = port
            mutated = _replace(text, start, end, str(current + 1))
            tallies["server_port moved"][1] += 1
            if _flagged(mutated, path, "TC602", _line(mutated, start)):
                tallies["server_port moved"][0] += 1
            else:
                missed.append(f"server_port moved: {config.relative_to(corpus)}")
    total = [sum(t[0] for t in tallies.values()), sum(t[1] for t in tallies.values())]
    for name, (hit, count) in [*tallies.items(), ("all", total)]:
        print(f"{name:18} {hit:4}/{count:<4} {100 * hit / count if count else 0:5.1f} % flagged on the touched line")
    for line in missed:
        print("  missed", line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
