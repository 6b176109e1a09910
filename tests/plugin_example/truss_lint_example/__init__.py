"""An example truss-lint plugin (see pyproject.toml for how it registers its rule)."""
