#!/usr/bin/env python3
"""Compile the files people edit into the forms truss-lint reads fast.

    python scripts/compile_data.py           # rewrite the compiled files
    python scripts/compile_data.py --check   # exit 1 if a compiled file is stale (a test runs this)

- truss_lint/data/*.yaml (with comments and sources) → *.json: reading 11 KB of YAML costs about
  5 ms at every start (PyYAML builds each value in Python), the same data as JSON a tenth of that.
- schemas/truss-config.schema.json → truss_lint/_schema_predicate.py, the schema's yes/no test
  as Python source (see scripts/schema_predicate.py).
The sources stay the truth.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

from schema_predicate import predicate_source

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "truss_lint" / "data"
SOURCES = ("catalog.yaml", "model_sizes.yaml", "servers.yaml", "truss_chains_api.yaml", "gpu_architectures.yaml")
SCHEMA = ROOT / "schemas" / "truss-config.schema.json"
PREDICATE = ROOT / "truss_lint" / "_schema_predicate.py"


def compiled(source: Path) -> str:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    header = {"_generated": f"from {source.name} by scripts/compile_data.py; edit the YAML, not this file"}
    return json.dumps({**header, **data}, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report stale files instead of writing them")
    args = parser.parse_args()
    stale = []
    outputs = [(DATA / name.replace(".yaml", ".json"), compiled(DATA / name)) for name in SOURCES]
    outputs.append((PREDICATE, predicate_source(SCHEMA.read_text(encoding="utf-8"))))
    for target, text in outputs:
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
