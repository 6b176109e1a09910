from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import as_int

PROXY_PORT = 8080  # Baseten's own proxy listens here in the model container


class ServerPortMismatch(Rule):
    """What it does: compares the port the server in `docker_server.start_command` listens on
    (its `--port` flag, or the server's default: vLLM 8000, SGLang 30000, TEI and TGI images 80,
    llama.cpp 8080, ...) with `docker_server.server_port`, and reports a server listening on
    8080.

    Why: Baseten forwards requests to `server_port`; Truss never reads `start_command`, so a
    server listening elsewhere deploys and never becomes ready (the readiness probe finds
    nothing). Port 8080 is taken by Baseten's proxy inside the container: a server cannot bind
    it. An unrecognised server is left alone.

    Example:
        docker_server:
          start_command: vllm serve Qwen/Qwen2.5-7B-Instruct   # listens on 8000
          server_port: 8080

    Fix: set `server_port` to the port the server listens on (offered as a safe fix), or pass
    `--port` to the server; never use 8080.

    Corpus: no finding in ../shared/corpus: of its 73 `docker_server` configs, the 60 whose server
    truss-lint identifies (vLLM 35, SGLang 13, TEI 8, LMDeploy 2, Infinity 1, llama.cpp 1) all
    listen where `server_port` says; the other 12 run servers it does not know (uvicorn apps,
    custom binaries), where the rule stays silent. Moving `server_port` in those configs is caught
    (scripts/server_injection_study.py).
    """

    code = "TC602"
    name = "server-port-mismatch"
    reads_keys = frozenset({"docker_server"})
    severity = Severity.ERROR
    summary = "docker_server.server_port is not the port the server listens on"

    def check(self, ctx) -> Iterator[Diagnostic]:
        from ..servers import flag_location, identified_server

        section = ctx.config.get("docker_server")
        server = identified_server(ctx)
        if server is None or not isinstance(section, dict):
            return
        port_flag = server.flag("port")
        if port_flag is not None:
            listened = as_int(port_flag[1]) if port_flag[1] is not None else None
            if listened is None:
                return  # an environment variable or a computed port: known only at run time
            how = f"`{port_flag[0]} {port_flag[1]}`"
        else:
            listened = server.facts.get("default_port")
            variable = server.facts.get("port_env")
            if listened is None or variable and _sets_variable(ctx, variable):
                return  # the port is the variable's: its value at run time is not certain here
            how = f"{server.label}'s default port"
        written = section.get("server_port")
        declared = as_int(written)
        if listened == PROXY_PORT:
            diagnostic = self.diagnostic(
                ctx, ("docker_server", "start_command"),
                f"{server.label} listens on {PROXY_PORT} ({how}), the port of Baseten's proxy in the container: "
                f"the server cannot bind it and the deployment never becomes ready",
                help="start it with `--port 8000` (or another free port) and set `server_port` to match")
            if port_flag is not None:
                diagnostic.span = flag_location(ctx, server, port_flag[0], port_flag[1])[0]
            yield diagnostic
            return
        if declared is None or declared == listened:
            return
        from ..edits import replace_integer

        path = ("docker_server", "server_port")
        proxy = (f" (and {PROXY_PORT} is Baseten's proxy port)" if declared == PROXY_PORT else "")
        yield self.diagnostic(
            ctx, path,
            f"`server_port: {declared}` but {server.label} listens on {listened} ({how}){proxy}: Baseten "
            f"forwards to {declared}, finds nothing, and the deployment never becomes ready",
            help=f"set `server_port: {listened}` (offered as a fix)"
                 + ("" if declared == PROXY_PORT else f", or start the server with `--port {declared}`"),
            fix=replace_integer(ctx.document, path, listened, f"set server_port to {listened}"))


def _sets_variable(ctx, name: str) -> bool:
    """Whether the config's environment or the start command sets `name` (`NAME=…`, `export NAME=…`)."""
    variables = ctx.config.get("environment_variables")
    command = ctx.config["docker_server"].get("start_command")
    return (isinstance(variables, dict) and name in variables) or \
        (isinstance(command, str) and re.search(rf"(?<![A-Za-z0-9_]){name}=", command) is not None)
