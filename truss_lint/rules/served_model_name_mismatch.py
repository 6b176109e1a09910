from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule


class ServedModelNameMismatch(Rule):
    """What it does: compares `model_metadata.example_model_input.model` with the names the
    server in `docker_server.start_command` serves: `--served-model-name` (all of them), else the
    model path it loads, plus the LoRA adapter names of `--lora-modules`. Only servers that check
    the request's `model` (vLLM, LMDeploy; see data/servers.yaml) are compared.

    Why: vLLM answers a request for a model it does not serve with 404 ("The model `X` does not
    exist."), so the example request (the playground's, and every client copied from it) fails
    although the deployment is healthy. Truss never reads either value.

    Example:
        model_metadata:
          example_model_input: {model: Qwen/Qwen2.5-7B-Instruct, messages: [...]}
        docker_server:
          start_command: vllm serve Qwen/Qwen2.5-7B-Instruct --served-model-name qwen

    Fix: send one of the served names in the example input (`model: qwen`), or serve the name the
    clients send (`--served-model-name qwen Qwen/Qwen2.5-7B-Instruct`).
    """

    code = "TC604"
    name = "served-model-name-mismatch"
    reads_keys = frozenset({"docker_server"})
    severity = Severity.WARNING
    summary = "The example input's model is not a name the server serves"

    def check(self, ctx) -> Iterator[Diagnostic]:
        from ..servers import identified_server

        metadata = ctx.config.get("model_metadata")
        example = metadata.get("example_model_input") if isinstance(metadata, dict) else None
        wanted = example.get("model") if isinstance(example, dict) else None
        server = identified_server(ctx)
        if not isinstance(wanted, str) or not wanted or server is None or not server.facts.get("checks_model_name"):
            return
        names = server.values("served_model_name")
        if not names:
            model = server.model()
            names = [model] if model is not None else []
        if not names or any("$" in name or "\x00" in name for name in names):
            return  # the name is known only at run time
        # vLLM serves a request without a model (or with "") by its first served name.
        loras = []
        for module in server.values("lora_modules"):
            if module.startswith("{"):
                import json

                try:
                    loras.append(str(json.loads(module).get("name")))
                except (ValueError, AttributeError):
                    return
            else:
                loras.append(module.partition("=")[0])
        served = [*names, *loras]
        if wanted in served:
            return
        listed = ", ".join(f"`{name}`" for name in served)
        yield self.diagnostic(
            ctx, ("model_metadata", "example_model_input", "model"),
            f"the example input asks for model `{wanted}` but {server.label} serves only {listed}: it answers 404 "
            f"(\"The model `{wanted}` does not exist.\"), so the example request fails on a healthy deployment",
            help=f"send `model: {served[0]}`, or add `{wanted}` to `--served-model-name`")
