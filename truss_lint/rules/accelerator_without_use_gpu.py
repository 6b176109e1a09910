from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..edits import delete_entry
from . import Rule
from ._resource_helpers import instance_type_of, resolve_as, resources_of
from .use_gpu_without_accelerator import ACCELERATOR_SINCE, USE_GPU_IGNORED_SINCE


class AcceleratorWithoutUseGpu(Rule):
    """What it does: reports an `accelerator` with `use_gpu` false or missing, according to the
    Truss version you target (`target-truss-version`, default: the installed truss, else 0.18.36).

    Why: what `use_gpu` means changed twice (truss-semantics §4):

    - Truss < 0.3.5 has no `accelerator` key: `use_gpu` is the only GPU switch, so with it false
      or missing **no GPU is allocated** and the model runs on a CPU-only instance. Error.
    - Truss 0.3.5 to 0.9.76 **forces `use_gpu` to true** when an accelerator is set. An explicit
      `use_gpu: false` is overridden: you get, and pay for, the GPU the flag says you do not want
      (warning). A missing `use_gpu` is harmless but that era's docs ask for `use_gpu: true`
      beside `accelerator`, so the rule says, at info level, that Truss sets it for you.
    - Truss ≥ 0.9.77 **ignores `use_gpu`**: it is dropped and recomputed from `accelerator`. An
      explicit `use_gpu: false` contradicts what you get and pay for (warning). A missing
      `use_gpu` is exactly what current Truss expects, so the rule is silent.

    With `instance_type` set both keys are ignored (instance-type-overrides-resources reports it),
    so this rule is silent.

    Example:
        resources:
          accelerator: A10G
          use_gpu: false   # ignored: this deploys on A10Gx4x16 and bills for the GPU

    Fix: delete `use_gpu` (Truss ≥ 0.9.77) or set it to true (older Truss); drop the accelerator
    if you do not want a GPU.
    """

    code = "TC203"
    name = "accelerator-without-use-gpu"
    severity = Severity.WARNING
    summary = "`accelerator` set with `use_gpu` false or missing (meaning depends on the Truss version)"
    fixable = True

    def check(self, ctx) -> Iterator[Diagnostic]:
        resources, request = resources_of(ctx), ctx.request
        if resources is None or request is None or not request.gpu_type or instance_type_of(resources):
            return
        use_gpu = resources.get("use_gpu", None)
        explicit_false = "use_gpu" in resources and use_gpu is False
        missing = "use_gpu" not in resources
        if not (explicit_false or missing):
            return  # true, or a non-boolean the schema rules report
        version, shown_version = ctx.settings.truss_version, ctx.settings.target_truss_version
        path = ("resources", "use_gpu") if explicit_false else ("resources", "accelerator")
        flag = "`use_gpu: false`" if explicit_false else "no `use_gpu: true`"
        accelerator = f"`accelerator: {request.accelerator}`"
        if version < ACCELERATOR_SINCE:
            cpu_only = resolve_as(request, ctx.catalog, accelerator=None)
            gets = (f"the CPU-only {cpu_only.describe()}" if cpu_only
                    else "no instance at all (no CPU-only instance fits the cpu/memory asked for)")
            yield self.diagnostic(
                ctx, path,
                f"{accelerator} with {flag}: Truss {shown_version} has no `accelerator` key and allocates a GPU "
                f"only for `use_gpu: true`, so no GPU is allocated and this config gets {gets}",
                severity=Severity.ERROR, instance=cpu_only,
                help="set `use_gpu: true`, or target a Truss ≥ 0.3.5 with `--target-truss-version`")
            return
        instance = ctx.instance
        gets = instance.describe() if instance else f"a {request.accelerator} instance"
        if version < USE_GPU_IGNORED_SINCE:
            if explicit_false:
                yield self.diagnostic(
                    ctx, path,
                    f"`use_gpu: false` is overridden: Truss {shown_version} forces it to true because of "
                    f"{accelerator}, so this config gets and pays for {gets}",
                    help="set `use_gpu: true`, or remove the accelerator if you do not want a GPU")
            else:
                yield self.diagnostic(
                    ctx, path,
                    f"{accelerator} without `use_gpu`: Truss {shown_version} forces `use_gpu` to true, so this "
                    f"config gets {gets}; the docs of that Truss era ask for `use_gpu: true` beside `accelerator`",
                    severity=Severity.INFO, help="add `use_gpu: true` to say what Truss does anyway")
            return
        if explicit_false:
            yield self.diagnostic(
                ctx, path,
                f"`use_gpu: false` is ignored: Truss ignores `use_gpu` since 0.9.77 and {accelerator} decides, "
                f"so this config gets and pays for {gets}",
                help="delete `use_gpu`; remove the accelerator if you do not want a GPU",
                # Unsafe: `false` may say what the author wanted (no GPU) better than the accelerator.
                fix=delete_entry(ctx.document, path, "delete `use_gpu: false`, which contradicts the accelerator",
                                 safe=False))
