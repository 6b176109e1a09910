#!/usr/bin/env python3
"""Write docs/rules.md from the metadata of the built-in rules.

The built-in rules are read from this checkout's truss_lint/rules/builtin.py (not from what
happens to be installed), so plugins never leak into the reference.

    python scripts/generate_rule_docs.py          # rewrite docs/rules.md
    python scripts/generate_rule_docs.py --check  # exit 1 if docs/rules.md is stale
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import EntryPoint
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "docs" / "rules.md"
sys.path.insert(0, str(ROOT))

from truss_lint.engine import ENTRY_POINT_GROUP, load_registry  # noqa: E402
from truss_lint.rule_docs import markdown  # noqa: E402
from truss_lint.rules.builtin import BUILTIN_RULES  # noqa: E402


def builtin_rules_markdown() -> str:
    entry_points = [EntryPoint(code, target, ENTRY_POINT_GROUP) for code, target in BUILTIN_RULES.items()]
    return markdown(load_registry(entry_points).rules)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if docs/rules.md is out of date")
    args = parser.parse_args()
    text = builtin_rules_markdown()
    current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
    if args.check:
        if current != text:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run `python scripts/generate_rule_docs.py`",
                  file=sys.stderr)
            return 1
        return 0
    if current != text:
        OUTPUT.parent.mkdir(parents=True, exist_ok=True)
        OUTPUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
