from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule

ENDPOINTS = ("readiness_endpoint", "liveness_endpoint", "predict_endpoint")


class UnknownServerRoute(Rule):
    """What it does: checks `docker_server.readiness_endpoint`, `liveness_endpoint` and
    `predict_endpoint` against the routes the server in `start_command` serves (vLLM, SGLang,
    TEI, ...; the route lists, with their sources and versions, are in data/servers.yaml).

    Why: Baseten probes the readiness and liveness endpoints and forwards predictions to the
    predict endpoint. A route the server does not serve answers 404: a probe that never
    succeeds keeps the deployment from becoming ready; a wrong predict endpoint fails every
    request. Truss accepts any path. Unknown servers are left alone; a route added by a newer
    server version than the one listed would be reported, so this is a warning.

    Example:
        docker_server:
          start_command: vllm serve Qwen/Qwen2.5-7B-Instruct
          readiness_endpoint: /healthz      # vLLM serves /health

    Fix: use a route the server serves (`/health` for vLLM, SGLang, TEI and TGI readiness).

    Corpus: no finding in ../shared/corpus: the readiness, liveness and predict endpoints of its
    60 configs with an identified server are all routes that server serves.
    """

    code = "TC603"
    name = "unknown-server-route"
    reads_keys = frozenset({"docker_server"})
    severity = Severity.WARNING
    summary = "A docker_server endpoint the identified server does not serve"

    def check(self, ctx) -> Iterator[Diagnostic]:
        from ..servers import identified_server

        section = ctx.config.get("docker_server")
        server = identified_server(ctx)
        if server is None or not isinstance(section, dict):
            return
        routes = server.facts.get("routes") or []
        if not routes:
            return
        for key in ENDPOINTS:
            endpoint = section.get(key)
            if not isinstance(endpoint, str) or not endpoint:
                continue
            route = "/" + endpoint.split("?", 1)[0].strip("/")
            if route in routes:
                continue
            near = [r for r in routes if r.rsplit("/", 1)[-1] == route.rsplit("/", 1)[-1]] or \
                   [r for r in routes if r.startswith("/health")]
            yield self.diagnostic(
                ctx, ("docker_server", key),
                f"`{key}: {endpoint}`: {server.label} does not serve `{route}` (routes of {' '.join(str(server.facts.get('source', server.label)).split()[:2])}), "
                f"so it answers 404" + (": the deployment never becomes ready" if key != "predict_endpoint"
                                        else ": every request fails"),
                help=f"use a route {server.label} serves" + (f", such as `{near[0]}`" if near else ""))
