from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._misspelt import missing_key
from ._trt_llm import as_bool, as_int, mapping

APP_USER = 60000  # truss.base.constants.DEFAULT_NON_ROOT_USER_ID, the user Truss runs servers as
TRUSS_START = "start_command is required when no_build is not true"
TRUSS_SSH = ("remote_ssh.enabled is not compatible with docker_server.run_as_user_id. SSH requires the default "
             "'app' user (uid 60000).")


class DockerServerSettings(Rule):
    """What it does: reports `docker_server` settings Truss refuses: no `start_command` (unless
    `no_build: true`), `run_as_user_id` 0 or 60000, and `run_as_user_id` together with
    `runtime.remote_ssh.enabled`.

    Why: Truss 0.18.36 refuses to load each ("start_command is required when no_build is not
    true"; "run_as_user_id cannot be 0. Use a different user ID."; "remote_ssh.enabled is not
    compatible with docker_server.run_as_user_id. SSH requires the default 'app' user (uid
    60000)."), so `truss push` fails. Root (0) is never allowed, and 60000 is the user the server
    runs as anyway. A missing `server_port`, `predict_endpoint`, `readiness_endpoint` or
    `liveness_endpoint` is reported by missing-key.

    Example:
        docker_server:
          server_port: 8000
          predict_endpoint: /v1/completions
          readiness_endpoint: /health
          liveness_endpoint: /health
          run_as_user_id: 0     # root is refused

    Fix: add the command that starts your server (or `no_build: true` to deploy the image as
    is); delete `run_as_user_id` unless the image needs a specific non-root user.
    """

    code = "TC131"
    name = "docker-server-settings"
    reads_keys = frozenset({"docker_server"})
    severity = Severity.ERROR
    summary = "docker_server without start_command, run_as_user_id 0/60000, or with remote_ssh"

    def check(self, ctx) -> Iterator[Diagnostic]:
        server = ctx.config.get("docker_server")
        if not isinstance(server, dict):
            return
        if server.get("start_command") is None and as_bool(server.get("no_build"), False) is False:
            path, message, help, fix = missing_key(
                ctx, ("docker_server",), "start_command",
                f"`docker_server` has no `start_command`: Truss refuses to load the config (\"{TRUSS_START}\"), "
                "so `truss push` fails",
                "add `start_command:` with the command that starts your server, or `no_build: true` "
                "to deploy the image unchanged (its own entrypoint runs)")
            yield self.diagnostic(ctx, path, message, at="key", help=help, fix=fix)
        written = server.get("run_as_user_id")
        uid = as_int(written)
        if written is None or uid is None:
            return
        path = ("docker_server", "run_as_user_id")
        if uid in (0, APP_USER):
            why = "root is not allowed" if uid == 0 else f"{APP_USER} is the user the server runs as by default"
            yield self.diagnostic(
                ctx, path,
                f"`run_as_user_id: {uid}`: {why}; Truss refuses to load the config "
                f"(\"run_as_user_id cannot be {uid}. Use a different user ID.\"), so `truss push` fails",
                help="delete `run_as_user_id` to run as the default user, or use the non-root UID your image expects")
        elif as_bool(mapping(ctx.config, "runtime", "remote_ssh").get("enabled"), False):
            yield self.diagnostic(
                ctx, ("runtime", "remote_ssh", "enabled"),
                f"`remote_ssh.enabled` with `docker_server.run_as_user_id: {uid}`: SSH needs the default user; "
                f"Truss refuses to load the config (\"{TRUSS_SSH}\"), so `truss push` fails",
                help="turn `remote_ssh` off, or delete `run_as_user_id`")
