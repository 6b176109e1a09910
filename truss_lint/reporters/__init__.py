"""One module per `--output-format` that needs more than a few lines (see `truss_lint.output`).

Each module exposes `report(results, catalog_as_of, options) -> str` and is imported only when
its format is chosen, so `truss-lint check` loads no XML or hashing code it does not use.
"""
