from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule

# Names the platform sets in the model's container, overwriting the config's value.
# PORT and HOSTNAME: Truss 0.18.36 warns about exactly these (truss_config.py,
# K8S_RESERVED_ENVIRONMENT_VARIABLES: "PORT: knative reserved", "HOSTNAME: set to the pod
# name by k8s"). K_SERVICE, K_CONFIGURATION, K_REVISION: the rest of Knative Serving's reserved
# names (its container validation), which Truss does not check.
RESERVED_ENV_VARS: dict[str, str] = {
    "PORT": "Knative sets it to the port the platform's proxy sends requests to",
    "HOSTNAME": "Kubernetes sets it to the pod name",
    "K_SERVICE": "Knative sets it to the name of the serving service",
    "K_CONFIGURATION": "Knative sets it to the name of the serving configuration",
    "K_REVISION": "Knative sets it to the name of the running revision",
}
_TRUSS_WARNS = frozenset({"PORT", "HOSTNAME"})


class ReservedEnvVar(Rule):
    """What it does: reports `environment_variables` that the platform sets itself: PORT and
    HOSTNAME (Truss warns about these), and Knative's K_SERVICE, K_CONFIGURATION, K_REVISION.

    Why: the value in config.yaml never reaches the model. Truss prints "the following
    environment variables are reserved by the platform and will be overwritten at runtime";
    code that reads `PORT` to choose where to listen gets the platform's port, not yours.

    Example:
        environment_variables:
          PORT: "8000"       # overwritten at runtime

    Fix: rename the variable (e.g. `MODEL_SERVER_PORT`) and read that name in your code; for a
    custom server, set the port with `docker_server.server_port`.
    """

    code = "TC402"
    name = "reserved-env-var"
    severity = Severity.WARNING
    summary = "An environment variable the platform overwrites at runtime (PORT, HOSTNAME, ...)"

    def check(self, ctx) -> Iterator[Diagnostic]:
        variables = ctx.config.get("environment_variables")
        if not isinstance(variables, dict):
            return
        for name in variables:
            if name not in RESERVED_ENV_VARS:
                continue
            truss = (" (Truss warns: \"reserved by the platform and will be overwritten at runtime\")"
                     if name in _TRUSS_WARNS else "")
            yield self.diagnostic(
                ctx, ("environment_variables", name),
                f"`{name}` is reserved by the platform: {RESERVED_ENV_VARS[name]}, overwriting this "
                f"value at runtime{truss}; the model never sees it",
                at="key",
                help=self._help(name))

    @staticmethod
    def _help(name: str) -> str:
        help = f"rename it (e.g. `MODEL_{name}`) and read that name in your code"
        if name == "PORT":
            help += "; for a custom server, set the port with `docker_server.server_port`"
        return help
