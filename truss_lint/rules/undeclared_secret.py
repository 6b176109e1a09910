from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule

_SECRET_PATH = r"/secrets/([A-Za-z0-9_.-]+)"


class UndeclaredSecret(Rule):
    """What it does: reports a `docker_server.start_command` (or a script it runs from the truss)
    that reads `/secrets/NAME` while `NAME` is not under `secrets:`.

    Why: Baseten mounts only the secrets the config declares under `/secrets/`; Truss never reads
    `start_command`, so it lets this through. At run time `cat /secrets/NAME` finds no file and
    the variable it fills is empty: a gated or private model then fails to download and the
    deployment never becomes ready (a public model still loads, which is why this is a warning).

    Example:
        docker_server:
          start_command: sh -c "HF_TOKEN=$(cat /secrets/hf_access_token) vllm serve meta-llama/Llama-3.1-8B-Instruct"
        # no `secrets:` entry for hf_access_token

    Fix: declare it (`secrets: {hf_access_token: null}`) and set its value in Baseten's secret
    manager; never write the value in the config.
    """

    code = "TC605"
    name = "undeclared-secret"
    reads_keys = frozenset({"docker_server"})
    severity = Severity.WARNING
    summary = "start_command reads /secrets/NAME that is not declared under secrets"

    def check(self, ctx) -> Iterator[Diagnostic]:
        from ..servers import start_command, text_location

        parsed = start_command(ctx)
        if parsed is None:
            return
        secrets = ctx.config.get("secrets")
        declared = set(secrets) if isinstance(secrets, dict) else set()
        env = ctx.config.get("environment_variables")
        env = env if isinstance(env, dict) else {}
        seen: set[str] = set()
        for name in re.findall(_SECRET_PATH, parsed.text):
            if name in declared or name in seen:
                continue
            seen.add(name)
            in_env = [key for key in env if isinstance(key, str) and key.lower() == name.lower()]
            also = (f"; `environment_variables.{in_env[0]}` holds a value of that name, but environment variables "
                    f"are not mounted under /secrets" if in_env else "")
            diagnostic = self.diagnostic(
                ctx, ("docker_server", "start_command"),
                f"the start command reads `/secrets/{name}` but `{name}` is not under `secrets:`: Baseten mounts "
                f"only declared secrets, so the file is missing at run time and what it fills is empty{also}; "
                f"a gated or private model then fails to load",
                help=f"add `secrets: {{{name}: null}}` and set the value in Baseten's secret manager")
            diagnostic.span = text_location(ctx, f"/secrets/{name}")
            yield diagnostic
