from __future__ import annotations

from collections.abc import Iterator

from ..catalog import format_month
from ..diagnostics import FILE_START, Diagnostic, Severity
from ..record_paths import has_record
from . import Rule


class ResourcesChangedAfterPush(Rule):
    """What it does: compares `resources` with what the model was pushed with and reports, in one
    finding per config, the keys whose meaning changed (old → new): cpu (`"4"` = `"4.0"` =
    `"4000m"`), memory (`16Gi` = `16384Mi`), accelerator (`A10G` = `A10G:1` = `{accelerator:
    A10G, count: 1}`), node_count and instance_type; the instance the model keeps, and the one
    the edit would choose. Key order, quoting and comments do not count. What was pushed comes
    from the record `truss-lint record` writes beside the config after `truss push`
    (`.truss-lint-record.yaml`), or, without one, from the same config at a git ref
    (`truss-lint check --baseline origin/main`, or `--baseline auto` in the pre-push hook and
    CI). A config that did not exist at the ref is a first push and is not reported; a moved
    truss directory is followed.

    Why: the edit looks like a hardware change but does not reach the model. `truss push
    --promote` and `truss push --environment NAME` keep the environment's current instance by
    default (`--preserve-env-instance-type`), and Baseten documented that `resources` edits after
    the first deployment are ignored. The model stays on (and is billed for) the recorded
    instance while config.yaml says otherwise, e.g. a model that needs more memory keeps running
    out of it.

    Example:
        # .truss-lint-record.yaml says cpu "4", memory 16Gi, accelerator A10G (A10Gx4x16)
        resources:
          cpu: "8"          # pushed with --promote: still A10Gx4x16
          memory: 16Gi
          accelerator: A10G

    Fix: change the instance for real (the model's instance type in the Baseten dashboard,
    `truss push --environment NAME --no-preserve-env-instance-type`, or `truss push` under a new
    model_name), then run `truss-lint record PATH` so the record says what is deployed; or
    revert the edit. Compared with `--baseline` (no record), a truss that was never deployed has
    nothing to keep: run `truss-lint record PATH` once, and the record replaces the comparison.
    Severity is error: both sources are opt-in (you recorded, or passed `--baseline`), and
    pre-commit only shows a failing hook's output. An edit that resolves to
    the same instance (`cpu: "3"` instead of `"4"` on A10Gx4x16) is only a warning.
    """

    code = "TC211"
    name = "resources-changed-after-push"
    severity = Severity.ERROR
    summary = "`resources` differ from what the model was pushed with; Baseten keeps the pushed instance"

    def check(self, ctx) -> Iterator[Diagnostic]:
        current = ctx.request
        if current is None:
            return  # invalid resources: the schema rules report them
        if getattr(ctx.settings, "baseline", None) is None and not has_record(ctx.path, ctx.stat_cache):
            return  # nothing to compare with (the common case): skip importing the record machinery
        from ..lifecycle import LifecycleError, changed_keys, deployed_for, describe_key

        try:
            deployed = deployed_for(ctx.path, ctx.settings, ctx.catalog)
        except LifecycleError as error:  # `truss-lint check` stops on these first (exit 2)
            yield Diagnostic(self.code, self.name, self.severity, f"cannot compare with what was pushed: {error}",
                             FILE_START)
            return
        if deployed is None:
            return
        keys = changed_keys(deployed.request, current, ctx.catalog)
        if not keys:
            return
        resources = ctx.config.get("resources") if isinstance(ctx.config, dict) else None
        resources = resources if isinstance(resources, dict) else {}

        def now(key: str) -> str:
            if key in resources:
                return describe_key(current, key)
            return "unset" if key == "instance_type" else f"unset ({describe_key(current, key)})"

        changes = ", ".join(f"{key} {_change(describe_key(deployed.request, key), now(key))}" for key in keys)
        kept, wanted = deployed.instance, ctx.instance
        same = kept is not None and wanted is not None and wanted.name == kept.name
        keeps = f"{kept.name} ({format_month(kept.price_per_month_usd)}/month)" if kept else "its deployed instance"
        message = (f"`resources` changed since the push ({changes}; pushed: {deployed.source}): the model keeps "
                   f"{keeps}, as `truss push --promote`/`--environment` keep the deployed instance by default; "
                   f"{self._what_the_edit_chooses(ctx, kept)}")
        revert = "revert to " + ", ".join(f"{key} {describe_key(deployed.request, key)}" for key in keys)
        record = f"`truss-lint record {ctx.path}`"
        if same:
            help = f"run {record} to accept the edit, or {revert}"
        else:
            help = ("to move the model, change its instance type in the Baseten dashboard, push with `--environment "
                    "NAME --no-preserve-env-instance-type`, or push a new model (new model_name), then run "
                    f"{record}; or {revert}")
        if not has_record(ctx.path, ctx.stat_cache):  # compared with a git ref, which knows nothing of deployments
            help += (f". Never deployed? Then nothing keeps the old instance: run {record} once (a record replaces "
                     "the `--baseline` comparison for this config), or add `# truss-lint: file-ignore[TC211] not "
                     "deployed` to it")
        first = next((key for key in keys if key in resources), None)
        diagnostic = self.diagnostic(ctx, ("resources", first) if first else ("resources",), message, at="key",
                                     help=help, severity=Severity.WARNING if same else None)
        diagnostic.instance = kept  # the instance the model keeps, not the one the edit asks for
        yield diagnostic

    @staticmethod
    def _what_the_edit_chooses(ctx, kept) -> str:
        resolution = ctx.resolution
        if resolution is None or resolution.instance is None:
            reason = resolution.reason if resolution else "`resources` is invalid"
            return f"the edit would choose no instance ({reason})"
        wanted = resolution.instance
        if kept is not None and wanted.name == kept.name:
            return f"the edit resolves to the same instance, {kept.name}, so only the config is out of date"
        cost = f"{format_month(wanted.price_per_month_usd)}/month"
        if kept is not None:
            delta = wanted.price_per_month_usd - kept.price_per_month_usd
            cost += f", {'+' if delta >= 0 else '-'}{format_month(abs(delta))}/month"
        return f"the edit would choose {wanted.name} ({cost})"


def _change(old: str, new: str) -> str:
    """`4 → 8 vCPU` for `4 vCPU` → `8 vCPU`: the unit once."""
    for unit in (" vCPU", " GiB", " MiB"):
        if old.endswith(unit) and new.endswith(unit):
            return f"{old[:-len(unit)]} → {new}"
    return f"{old} → {new}"
