"""The shipped catalog: truss-lint reads it without validating it at start-up, so this does."""

from __future__ import annotations

import yaml

from truss_lint._data import read_data
from truss_lint.catalog import builtin_catalog, parse_catalog


def test_builtin_catalog_is_valid_and_read_as_validated():
    data = yaml.safe_load(read_data("catalog.yaml"))
    validated = parse_catalog(data, "built-in catalog")  # raises CatalogError on a schema error or duplicate
    assert builtin_catalog() == validated
    assert builtin_catalog().without_public_sku == validated.without_public_sku
    assert len(validated.instances) > 10 and validated.by_name("H100") is not None
