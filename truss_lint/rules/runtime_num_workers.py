from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from ..edits import delete_entry
from . import Rule
from ._trt_llm import mapping

TRUSS_SAYS = "After truss 0.9.49 only 1 worker per server is allowed."


class RuntimeNumWorkers(Rule):
    """What it does: reports `runtime.num_workers`, a setting Truss removed.

    Why: since Truss 0.9.49 a server runs one worker. With any value but 1, Truss 0.18.36 refuses
    to load the config ("After truss 0.9.49 only 1 worker per server is allowed. For concurrency
    utilize asyncio, autoscaling replicas and as a last resort thread/process pools inside the
    truss model."). With 1 it loads, but `num_workers` is no longer a Truss key, so `truss push`
    rejects it ("Extra fields not allowed: [num_workers]"). Either way nothing is deployed.

    Example:
        runtime:
          num_workers: 1

    Fix: delete `num_workers` (`--fix` does it). For concurrency, use
    `runtime.predict_concurrency`, async code, and autoscaling replicas.
    """

    code = "TC132"
    name = "runtime-num-workers"
    reads_keys = frozenset({"runtime"})
    severity = Severity.ERROR
    summary = "`runtime.num_workers`, removed in Truss 0.9.49; Truss refuses it at load or push"
    fixable = True

    def check(self, ctx) -> Iterator[Diagnostic]:
        runtime = mapping(ctx.config, "runtime")
        if "num_workers" not in runtime:
            return
        value, path = runtime["num_workers"], ("runtime", "num_workers")
        if value == 1:  # Truss compares the value as written: 1, 1.0 and true pass, "1" does not
            message = ("`num_workers` was removed in Truss 0.9.49: Truss loads `num_workers: 1`, then `truss push` "
                       "rejects it (\"Extra fields not allowed: [num_workers]\")")
        else:
            message = (f"`num_workers: {value}`: a server runs one worker since Truss 0.9.49; Truss refuses to load "
                       f"the config (\"{TRUSS_SAYS}\"), so `truss push` fails")
        yield self.diagnostic(
            ctx, path, message, at="key",
            help="delete `num_workers`; for concurrency use `runtime.predict_concurrency`, async code and autoscaling",
            fix=delete_entry(ctx.document, path, "delete `runtime.num_workers`"))
