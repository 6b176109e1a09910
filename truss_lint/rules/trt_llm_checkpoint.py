from __future__ import annotations

import re
from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._misspelt import missing_key
from ._trt_llm import BUILD, as_bool, build, mapping, quoted, stack, trt_llm

TRUSS_V1 = "trt_llm.build.checkpoint_repository is required for v1 inference stack."
TRUSS_V2 = ("trt_llm.build.checkpoint_repository is required when trt_llm.build.skip_build_result is not set "
            "for v2 inference stack.")
# huggingface_hub.utils.validate_repo_id, which Truss 0.18.36 runs on every `source: HF` repo
# (compiled on first use: most configs have no HF checkpoint).
REPO_ID = r"(\b[\w\-.]{1,96}\b/)?\b[\w\-.]{1,96}\b"


def hf_repo_id_error(repo: str) -> str | None:
    """huggingface_hub's reason `repo` is not a valid repository id, in its words; None if valid."""
    if repo.count("/") > 1:
        return (f"Repo id must be in the form 'repo_name' or 'namespace/repo_name': '{repo}'. "
                "Use `repo_type` argument if needed.")
    if not re.fullmatch(REPO_ID, repo, re.ASCII):
        return ("Repo id must use alphanumeric chars, '-', '_' or '.'. The name cannot start or end with '-' "
                f"or '.' and the maximum length is 96: '{repo}'.")
    if "--" in repo or ".." in repo:
        return f"Cannot have -- or .. in repo_id: '{repo}'."
    if repo.endswith(".git"):
        return f"Repo_id cannot end by '.git': '{repo}'."
    return None


class TrtLlmCheckpoint(Rule):
    """What it does: reports a `trt_llm.build` without the `checkpoint_repository` Truss requires
    (always on inference_stack v1; on v2 unless `skip_build_result: true`), and a `source: HF`
    checkpoint whose `repo` is not a valid Hugging Face repository id (in `build`, a speculator,
    or a LoRA adapter).

    Why: Truss 0.18.36 refuses to load the config ("trt_llm.build.checkpoint_repository is
    required for v1 inference stack."; "HuggingFace repository validation failed: Repo id must
    be in the form 'repo_name' or 'namespace/repo_name'"), so `truss push` fails. A common slip
    is a full URL (`https://huggingface.co/owner/name`) where the id `owner/name` belongs.

    Example:
        trt_llm:
          build:
            checkpoint_repository:
              source: HF
              repo: https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct

    Fix: add `checkpoint_repository` with `source` and `repo`; for Hugging Face, `repo` is the
    `owner/name` id shown on the model page.
    """

    code = "TC125"
    name = "trt-llm-checkpoint"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "A TRT-LLM build without checkpoint_repository, or an invalid Hugging Face repo id"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section, build_section = trt_llm(ctx), build(ctx)
        if section is None or build_section is None:
            return
        version = stack(section)
        if build_section.get("checkpoint_repository") is None:
            skip = as_bool(build_section.get("skip_build_result"), False)
            if version == "v1":
                yield self._missing(ctx, TRUSS_V1, "v1 (the default) always builds from a checkpoint")
            elif version == "v2" and skip is False:
                yield self._missing(ctx, TRUSS_V2, "v2 builds from it unless `skip_build_result: true`")
        places = [(*BUILD, "checkpoint_repository"), (*BUILD, "speculator", "checkpoint_repository"),
                  (*BUILD, "speculator", "build", "checkpoint_repository")]
        places += [(*BUILD, "lora_adapters", name) for name in mapping(build_section, "lora_adapters")]
        for path in places:
            repository = mapping(ctx.config, *path)
            repo = repository.get("repo")
            if repository.get("source") != "HF" or not isinstance(repo, str):
                continue
            reason = hf_repo_id_error(repo)
            if reason is None:
                continue
            help = "use the `owner/name` id shown on the model's Hugging Face page"
            if "huggingface.co/" in repo:
                help = f"write `repo: {repo.split('huggingface.co/', 1)[1].strip('/')}`, without the URL"
            yield self.diagnostic(
                ctx, (*path, "repo"),
                f"`repo: {repo}` is not a Hugging Face repository id: Truss refuses to load the config "
                f"({quoted('HuggingFace repository validation failed: ' + reason)}), so `truss push` fails",
                help=help)

    def _missing(self, ctx, truss: str, why: str) -> Diagnostic:
        path, message, help, fix = missing_key(
            ctx, BUILD, "checkpoint_repository",
            f"`trt_llm.build` has no `checkpoint_repository`: {why}; Truss refuses to load the config "
            f"({quoted(truss)}), so `truss push` fails",
            "add `checkpoint_repository:` with `source: HF` and `repo: owner/name` (or S3, GCS, ...)")
        return self.diagnostic(ctx, path, message, at="key", help=help, fix=fix)
