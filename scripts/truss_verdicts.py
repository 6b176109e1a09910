"""Record what Truss 0.18.36 itself does with every YAML fixture: the verdict file the claim test reads.

Dev-only: it needs Truss, which is never a dependency of truss-lint. Install it in a scratch
virtualenv (`python3 -m venv /work/truss-venv && /work/truss-venv/bin/pip install truss==0.18.36`)
and, after adding or editing a fixture, regenerate and commit the verdict file:

    /work/truss-venv/bin/python scripts/truss_verdicts.py            # rewrites tests/data/truss-0.18.36-verdicts.json
    /work/truss-venv/bin/python scripts/truss_verdicts.py --check    # exit 1 when the file is stale

Fixtures are every `*.yaml`/`*.yml` under tests/fixtures/ and examples/ (dot files such as a
deployment record are not configs). For each, two stages, as `truss push` runs them on the client:

- load: `TrussConfig.from_yaml` (what `truss push`'s `truss.load()` does first);
- push: the client-side checks of `truss push` before anything is uploaded, in its order: for a
  `trt_llm` config the engine-builder checks of truss/cli/cli.py (memory in bytes, the model tags:
  `has_no_tags_trt_llm_builder`, whose "raise" answer exits 1), the BIS egress warnings, then
  truss/remote/baseten/remote.py: `validate_forbid_extra()` and the JSON dump of `to_dict()`.

Not modelled: checks that depend on command-line flags (`--watch`, gRPC with a development
deployment), on the directory (`external_package_dirs`), or on the server
(`validate_truss_config_against_backend`, the engine builder). Hugging Face is never contacted.

Another use (the mutation study): `--batch LIST OUT` reads file paths, one a line, from LIST and
writes their verdicts as JSON to OUT, in one process.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "tests" / "data" / "truss-0.18.36-verdicts.json"
FIXTURE_DIRS = ("tests/fixtures", "examples")
TRUSS_VERSION = "0.18.36"
COMMAND = "/work/truss-venv/bin/python scripts/truss_verdicts.py"
_PYDANTIC_URL = re.compile(r"\n? *For further information visit https://errors\.pydantic\.dev/\S*")
_MAX_MESSAGE = 600


def fixture_paths(root: Path = ROOT) -> list[Path]:
    found = set()
    for folder in FIXTURE_DIRS:
        for pattern in ("*.yaml", "*.yml"):
            found.update(p for p in (root / folder).rglob(pattern) if not p.name.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _message(error: BaseException) -> str:
    text = _PYDANTIC_URL.sub("", f"{type(error).__name__}: {error}")
    text = re.sub(r" at 0x[0-9a-f]+", "", text)  # object addresses change between runs
    text = text.replace(f"{ROOT}/", "")  # the checkout's location must not make the file stale
    return text if len(text) <= _MAX_MESSAGE else text[:_MAX_MESSAGE] + "…"


class Truss:
    """Truss 0.18.36 imported once, quiet and offline."""

    def __init__(self) -> None:
        import logging
        import warnings

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        logging.disable(logging.CRITICAL)
        warnings.simplefilter("ignore")
        import truss
        import truss.base.trt_llm_config as trt_llm_config
        from truss.base.truss_config import TrussConfig
        from truss.trt_llm import config_checks

        version = getattr(truss, "__version__", None) or _installed_version()
        if version != TRUSS_VERSION:
            sys.exit(f"truss {TRUSS_VERSION} is needed, this Python has {version}")
        trt_llm_config.get_hf_config = lambda repo, revision: None  # no network: it only informs a log line
        # add_openai_tag writes the tag back into config.yaml; here it only serialises, as the write would.
        TrussConfig.write_to_yaml_file = lambda self, path, verbose=True: self.to_dict(verbose=verbose)
        self.TrussConfig = TrussConfig
        self.config_checks = config_checks
        try:
            from truss.base.bis_llm.config_checks import bis_egress_allowlist_warnings
        except ImportError:
            try:
                from truss.bis_llm.config_checks import bis_egress_allowlist_warnings
            except ImportError:
                bis_egress_allowlist_warnings = None
        self.egress_warnings = bis_egress_allowlist_warnings

    def verdict(self, path: Path) -> dict:
        from types import SimpleNamespace

        try:
            config = self.TrussConfig.from_yaml(path)
        except BaseException as error:  # noqa: BLE001 - whatever Truss raises is its verdict
            if isinstance(error, KeyboardInterrupt):
                raise
            return {"load": "error", "load_message": _message(error), "push": "not reached"}
        try:
            if config.trt_llm is not None:  # truss/cli/cli.py: the trt-llm engine builder checks
                config.resources.memory_in_bytes  # memory_updated_for_trt_llm_builder  # noqa: B018
                handle = SimpleNamespace(spec=SimpleNamespace(config=config, config_path=path))
                message, raised = self.config_checks.has_no_tags_trt_llm_builder(handle)
                if raised:
                    return {"load": "ok", "push": "error", "push_message": f"truss push exits 1: {message}"}
            if self.egress_warnings is not None:
                self.egress_warnings(config)
            config.validate_forbid_extra()  # truss/remote/baseten/remote.py, before the upload
            json.dumps(config.to_dict())
        except BaseException as error:  # noqa: BLE001
            if isinstance(error, KeyboardInterrupt):
                raise
            return {"load": "ok", "push": "error", "push_message": _message(error)}
        return {"load": "ok", "push": "ok"}


def _installed_version() -> str | None:
    from importlib.metadata import version

    return version("truss")


def _ensure_repeatable() -> None:
    # Truss opens config.yaml with the locale's encoding: record what a UTF-8 machine sees, always;
    # and its messages print sets (`python_version` choices): a fixed hash seed orders them alike.
    if not sys.flags.utf8_mode or os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, "-X", "utf8", *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})


def record(root: Path = ROOT) -> dict:
    truss = Truss()
    fixtures = {}
    for path in fixture_paths(root):
        fixtures[path.relative_to(root).as_posix()] = {"sha256": digest(path), **truss.verdict(path)}
    return {
        "truss": TRUSS_VERSION,
        "regenerate": COMMAND,
        "stages": "load = TrussConfig.from_yaml; push = truss push's client-side checks (see the script)",
        "fixtures": fixtures,
    }


def render(data: dict) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    _ensure_repeatable()
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed file is stale")
    parser.add_argument("--batch", nargs=2, metavar=("LIST", "OUT"), help="verdicts of the files listed in LIST")
    args = parser.parse_args()
    if args.batch:
        truss = Truss()
        listing, out = args.batch
        paths = [line for line in Path(listing).read_text().splitlines() if line]
        Path(out).write_text(json.dumps({p: truss.verdict(Path(p)) for p in paths}, sort_keys=True))
        return 0
    text = render(record())
    if args.check:
        stale = not OUTPUT.exists() or OUTPUT.read_text() != text
        if stale:
            print(f"{OUTPUT.relative_to(ROOT)} is stale: run {COMMAND}", file=sys.stderr)
        return int(stale)
    OUTPUT.write_text(text)
    print(f"{len(json.loads(text)['fixtures'])} fixtures -> {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
