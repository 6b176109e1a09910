#!/usr/bin/env python3
"""Compile the data files people edit (YAML, with comments and sources) into the JSON truss-lint reads.

    python scripts/compile_data.py           # rewrite truss_lint/data/*.json
    python scripts/compile_data.py --check   # exit 1 if a JSON file is stale (a test runs this)

Reading 11 KB of YAML costs about 5 ms at every start (PyYAML builds each value in Python);
the same data as JSON costs a tenth of a millisecond. The YAML stays the source of truth.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent.parent / "truss_lint" / "data"
SOURCES = ("catalog.yaml", "model_sizes.yaml")


def compiled(source: Path) -> str:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    header = {"_generated": f"from {source.name} by scripts/compile_data.py; edit the YAML, not this file"}
    return json.dumps({**header, **data}, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report stale files instead of writing them")
    args = parser.parse_args()
    stale = []
    for name in SOURCES:
        target = DATA / name.replace(".yaml", ".json")
        text = compiled(DATA / name)
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        stale.append(target.name)
        if not args.check:
            target.write_text(text, encoding="utf-8")
    if args.check and stale:
        print(f"stale: {', '.join(stale)}; run python scripts/compile_data.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
