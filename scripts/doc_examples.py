"""Regenerate the command examples in README.md and docs/ from real runs of `truss-lint`.

An example is a fenced block right after a marker line naming the command:

    <!-- example: truss-lint check examples/l4-memory-upgrade/config.yaml -->
    ```
    $ truss-lint check examples/l4-memory-upgrade/config.yaml
    ...what it prints...
    ```

`<!-- example: cd tests/fixtures/output && truss-lint check ... -->` runs it in that directory
(relative to the repository). The block gets the command and its standard output, as printed
when piped (`auto` is then `concise`; no colour). Run `python scripts/doc_examples.py` after
changing what truss-lint prints; `--check` exits 1 when an example is stale (the tests do this).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENTS = ("README.md", "docs/output.md", "docs/lifecycle.md", "docs/editors.md", "docs/configuration.md")
MARKER = re.compile(r"^<!-- example: (?:cd (?P<cwd>\S+) && )?truss-lint (?P<args>.*?) -->\n```[a-z]*\n.*?^```$",
                    re.MULTILINE | re.DOTALL)


def console_script() -> str:
    beside = Path(sys.executable).parent / "truss-lint"
    return str(beside) if beside.exists() else (shutil.which("truss-lint") or "truss-lint")


def run(args: str, cwd: str | None) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("GITHUB_", "TRUSS_LINT_"))}
    # Paths in the github format are relative to the workspace: the example's directory, so the
    # output does not depend on where the repository is checked out.
    env.update(NO_COLOR="1", COLUMNS="100", GITHUB_WORKSPACE=str(ROOT / (cwd or ".")))
    done = subprocess.run([console_script(), *shlex.split(args)], cwd=ROOT / (cwd or "."), env=env,
                          capture_output=True, text=True, timeout=120)
    if done.returncode not in (0, 1):
        raise SystemExit(f"`truss-lint {args}` failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def regenerate(text: str) -> str:
    def block(match: re.Match[str]) -> str:
        marker = match.group(0).split("\n", 1)[0]
        fence = match.group(0).split("\n", 2)[1]
        output = run(match.group("args"), match.group("cwd"))
        return f"{marker}\n{fence}\n$ truss-lint {match.group('args')}\n{output.rstrip()}\n```"

    return MARKER.sub(block, text)


def stale() -> list[str]:
    """The documents whose examples differ from what truss-lint prints now."""
    return [name for name in DOCUMENTS
            if (ROOT / name).is_file() and regenerate((ROOT / name).read_text(encoding="utf-8"))
            != (ROOT / name).read_text(encoding="utf-8")]


def main(argv: list[str]) -> int:
    if argv == ["--check"]:
        names = stale()
        for name in names:
            print(f"{name}: examples are stale; run `python scripts/doc_examples.py`", file=sys.stderr)
        return 1 if names else 0
    for name in DOCUMENTS:
        path = ROOT / name
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            new = regenerate(text)
            if new != text:
                path.write_text(new, encoding="utf-8")
                print(f"wrote {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
