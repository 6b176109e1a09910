"""Truss Chains: each chainlet's instance, read from its Python source without running it.

`reader` finds the chainlets and their `Compute(...)` with `ast`; `lint` turns each into the
truss config Truss generates and lints it with the engine's resolver and resource rules; the
chain rules live in `truss_lint/rules/` like every other rule. This module stays light: discovery
imports it for every .py file it meets.
"""

_CHAIN_MARKERS = (b"import truss_chains", b"from truss_chains")


def is_chain_source(raw: bytes) -> bool:
    """Whether Python source imports truss_chains: a substring test, no parsing."""
    return b"truss_chains" in raw and any(marker in raw for marker in _CHAIN_MARKERS)
