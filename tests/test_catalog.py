"""The shipped catalog: truss-lint reads it without validating it at start-up, so this does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

from truss_lint._data import read_data
from truss_lint.catalog import builtin_catalog, parse_catalog


def test_builtin_catalog_is_valid_and_read_as_validated():
    data = yaml.safe_load(read_data("catalog.yaml"))
    validated = parse_catalog(data, "built-in catalog")  # raises CatalogError on a schema error or duplicate
    assert builtin_catalog() == validated
    assert builtin_catalog().without_public_sku == validated.without_public_sku
    assert len(validated.instances) > 10 and validated.by_name("H100") is not None


def test_compiled_data_files_match_their_yaml_sources():
    """truss-lint reads data/*.json, compiled from the YAML people edit; a stale copy would ship
    old prices or model sizes."""
    script = Path(__file__).resolve().parents[1] / "scripts" / "compile_data.py"
    proc = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_the_builtin_catalog_and_its_skus_travel_to_worker_processes_by_reference():
    """Workers receive settings and send back results through pickles: the built-in catalog and
    its SKUs go as references (the receiver's own objects), anything else by value."""
    import pickle

    from truss_lint.catalog import Instance

    catalog = builtin_catalog()
    h100 = catalog.by_name("H100")
    assert pickle.loads(pickle.dumps(catalog)) is catalog
    assert pickle.loads(pickle.dumps(h100)) is h100
    assert len(pickle.dumps(catalog)) < 100
    custom = parse_catalog(yaml.safe_load(read_data("catalog.yaml")), "custom")
    copy = pickle.loads(pickle.dumps(custom))
    assert copy == custom and copy is not custom and copy.by_name("H100") == h100
    lookalike = Instance(**{name: getattr(h100, name) for name in Instance._fields()})
    assert pickle.loads(pickle.dumps(lookalike)) == h100 and pickle.loads(pickle.dumps(lookalike)) is not h100
