"""truss-lint's own settings files: `[tool.truss-lint]` in `pyproject.toml`, or a `.truss-lint.toml`.

Discovery follows ruff: each linted file gets its settings from the closest configuration, found
by walking up from the file's own directory to the filesystem root. A directory counts when it
holds a `.truss-lint.toml` (top-level keys), or a `pyproject.toml` with a `[tool.truss-lint]`
table; a `pyproject.toml` without one is passed over. In one directory `.truss-lint.toml` wins.
Files are not merged: the closest wins whole. Standard input is placed at `--stdin-filename`, or
in the current directory. `--config FILE` uses that one file for every path; `--isolated`
ignores configuration files altogether. Paths inside a configuration file (`catalog`,
`exclude`, `per-file-ignores`) are relative to the directory that holds it.

Command-line flags override the file. Rule selection is layered as in ruff: the file's
`select`/`extend-select`/`ignore` apply first, then the command line's, where `--select`
starts over. So `--extend-select TC205` turns on a rule the file ignores, and `--select TC2`
replaces the file's selection. `per-file-ignores` then apply on top, and `severity` tables
merge with the command line's entries winning.

Every key and value is checked when the file is read: a mistake is one line naming the file and
the key, and exit status 2.
"""

from __future__ import annotations

import fnmatch
import os
import stat

from .speed.memo import remember
from .speed.stat_cache import NO_CACHE, StatCache
from ._struct import Struct, replace
from .diagnostics import Severity
from .settings import Settings, SettingsError, parse_version, validate_selectors

# `typing` costs start-up time and is needed only by type checkers; `pathlib` is imported only
# once a configuration file is found (the walk up uses os.path).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from .catalog import Catalog
    from .rules import Rule

SETTINGS_FILE = ".truss-lint.toml"
PYPROJECT = "pyproject.toml"
SECTION = "tool.truss-lint"
KEYS = ("select", "extend-select", "ignore", "severity", "fail-on", "target-truss-version", "catalog",
        "exclude", "include", "per-file-ignores")
_CLI_ONLY = {"force-truss": "--force-truss", "exit-zero": "--exit-zero", "output-format": "--output-format", "output-file": "--output-file"}
LEVELS = tuple(s.value for s in Severity)


class SettingsFileError(SettingsError):
    """A configuration file that cannot be used (exit 2)."""


class Options(Struct):
    """One layer of options, from a configuration file or the command line. None: not given."""

    __slots__ = ("select", "extend_select", "ignore", "severity", "fail_on", "target_truss_version", "catalog",
                 "exclude", "include", "per_file_ignores", "force_truss")

    def __init__(self, select: list[str] | None = None, extend_select: list[str] | None = None,
                 ignore: list[str] | None = None, severity: dict[str, Severity] | None = None,
                 fail_on: Severity | None = None, target_truss_version: str | None = None,
                 catalog: str | None = None, exclude: list[str] | None = None,
                 per_file_ignores: dict[str, list[str]] | None = None, include: list[str] | None = None,
                 force_truss: bool = False) -> None:
        self.select = select
        self.extend_select = [] if extend_select is None else extend_select
        self.ignore = [] if ignore is None else ignore
        self.severity = {} if severity is None else severity
        self.fail_on = fail_on
        self.target_truss_version = target_truss_version
        self.catalog = catalog  # absolute, or as given on the command line
        self.exclude = [] if exclude is None else exclude
        self.per_file_ignores = {} if per_file_ignores is None else per_file_ignores
        self.include = [] if include is None else include  # globs linted even when not recognised as Truss
        self.force_truss = force_truss  # --force-truss: every file named or found is linted


class SettingsFile(Struct):
    __slots__ = ("path", "options")

    def __init__(self, path: Path | None, options: Options) -> None:
        self.path = path  # None: no configuration file applies
        self.options = options

    @property
    def root(self) -> Path:
        from pathlib import Path

        return self.path.parent if self.path else Path.cwd()

    def describe(self) -> str:
        if self.path is None:
            return "none (defaults)"
        return f"{_shown(self.path)}" + (f" [{SECTION}]" if self.path.name == PYPROJECT else "")


# ---------------------------------------------------------------------------------------------
# Reading and validating one file


def read_toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as error:
        raise SettingsFileError(f"{_shown(path)}: cannot read: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise SettingsFileError(f"{_shown(path)}: invalid TOML: {error}") from None


def load_settings_file(path: Path, rules: list[Rule], data: dict[str, Any] | None = None) -> SettingsFile:
    """Read (unless its TOML is given) and validate `path` (a pyproject.toml or a
    .truss-lint.toml, told by its name)."""
    path = path.resolve()
    if data is None:
        data = read_toml(path)
    where = f"{_shown(path)}: "
    if path.name == PYPROJECT:
        table = data.get("tool", {}).get("truss-lint", {}) if isinstance(data.get("tool"), dict) else {}
        if not isinstance(table, dict):
            raise SettingsFileError(f"{where}[{SECTION}] must be a table")
        where += f"[{SECTION}] "
    else:
        table = data
    return SettingsFile(path, _options(table, where, path.parent, rules))


def _options(table: dict[str, Any], where: str, root: Path, rules: list[Rule]) -> Options:
    options = Options()
    for key, value in table.items():
        if key not in KEYS:
            raise SettingsFileError(f"{where}unknown key `{key}`{_key_hint(key)}")
        label = f"{where}`{key}`"
        if key in ("select", "extend-select", "ignore", "exclude", "include"):
            globs = key in ("exclude", "include")
            items = _strings(value, label, example='["legacy/*"]' if globs else '["TC2", "unknown-key"]')
            if not globs:
                validate_selectors(items, rules, label)
            setattr(options, key.replace("-", "_"), items)
        elif key == "severity":
            options.severity = _severity_table(value, where, rules)
        elif key == "fail-on":
            options.fail_on = _level(value, label)
        elif key == "target-truss-version":
            if not isinstance(value, str):
                raise SettingsFileError(f"{label} must be a string like \"0.18.36\", not {_toml_type(value)}")
            try:
                parse_version(value)
            except SettingsError as error:
                raise SettingsFileError(f"{label}: {error}") from None
            options.target_truss_version = value
        elif key == "catalog":
            if not isinstance(value, str) or not value:
                raise SettingsFileError(f"{label} must be a path (a string), not {_toml_type(value)}")
            options.catalog = str((root / value).resolve())
            if not os.path.isfile(options.catalog):
                raise SettingsFileError(f"{label}: no such file: {value} (relative to {_shown(root)})")
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise SettingsFileError(f"{label} must be a table of glob = [rules], "
                                  f"like {{\"legacy/*\" = [\"TC2\"]}}, not {_toml_type(value)}")
            for pattern, selectors in value.items():
                items = _strings(selectors, f"{label} \"{pattern}\"", example='["TC201"]')
                validate_selectors(items, rules, f"{label} \"{pattern}\"")
                options.per_file_ignores[pattern] = items
    return options


def _key_hint(key: str) -> str:
    if key in _CLI_ONLY:
        return f": it is a command-line flag only ({_CLI_ONLY[key]})"
    import difflib  # only for an unknown key in a configuration file

    close = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1, cutoff=0.6)
    return f"; did you mean `{close[0]}`?" if close else f"; known keys: {', '.join(KEYS)}"


def _strings(value: Any, label: str, example: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SettingsFileError(f"{label} must be a list of strings, like {example}, not {_toml_type(value)}")
    return value


def _level(value: Any, label: str) -> Severity:
    if value not in LEVELS:
        shown = f"`{value}`" if isinstance(value, str) else _toml_type(value)
        raise SettingsFileError(f"{label} must be one of {', '.join(LEVELS)}, not {shown}")
    return Severity(value)


def _severity_table(value: Any, where: str, rules: list[Rule]) -> dict[str, Severity]:
    label = f"{where}`severity`"
    if not isinstance(value, dict):
        raise SettingsFileError(f"{label} must be a table of rule = level, like "
                          f"{{TC201 = \"warning\"}}, not {_toml_type(value)}")
    table = {}
    for selector, level in value.items():
        validate_selectors([selector], rules, label)
        table[selector] = _level(level, f"{where}`severity.{selector}`")
    return table


def parse_severity_flag(text: str, rules: list[Rule]) -> tuple[str, Severity]:
    """`--severity TC201=warning` (or `name=level`)."""
    selector, equals, level = text.partition("=")
    if not equals or not selector.strip():
        raise SettingsError(f"--severity expects RULE=LEVEL, like TC201=warning, not `{text}`")
    selector = selector.strip()
    validate_selectors([selector], rules, "--severity")
    return selector, _level(level.strip(), f"--severity {selector}")


def _toml_type(value: Any) -> str:
    names = {bool: "a boolean", int: "an integer", float: "a number", str: "a string", list: "an array",
             dict: "a table"}
    return names.get(type(value), type(value).__name__)


def _shown(path: Path) -> str:
    from pathlib import Path

    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# ---------------------------------------------------------------------------------------------
# Discovery, and the settings for each linted path


def _settings_file_in(directory: str, stat_cache: StatCache) -> tuple[Path, dict[str, Any] | None] | None:
    """The configuration file in `directory` itself, if any, with a pyproject.toml's TOML
    (read to see whether it has the table; loading it then does not read it again)."""
    dotfile = os.path.join(directory, SETTINGS_FILE)
    if stat_cache.is_file(dotfile):
        from pathlib import Path

        return Path(dotfile), None
    pyproject = os.path.join(directory, PYPROJECT)
    if stat_cache.is_file(pyproject):
        data = _with_section(pyproject)
        if data is not None:
            from pathlib import Path

            return Path(pyproject), data
    return None


def _with_section(pyproject: str) -> dict[str, Any] | None:
    """The TOML of a pyproject.toml that has a [tool.truss-lint] table; None for any other."""
    try:
        with open(pyproject, "rb") as handle:
            content = handle.read()
    except OSError:
        return None
    # The common case, without parsing TOML (or importing tomllib): the table's name must be
    # written out, quoted or not (`[tool."truss-lint"]`).
    if b"truss-lint" not in content:
        return None
    from pathlib import Path

    data = read_toml(Path(pyproject))
    tool = data.get("tool")
    return data if isinstance(tool, dict) and "truss-lint" in tool else None


class SettingsLookup:
    """Settings for each path: the closest configuration file, then the command line on top."""

    def __init__(self, cli: Options, rules: list[Rule], *, config_file: str | None = None,
                 isolated: bool = False, stat_cache: StatCache = NO_CACHE):
        self.cli = cli
        self.stat_cache = stat_cache  # what discovery listed: existence questions without a stat each
        self.rules = rules
        self.isolated = isolated
        self._by_directory: dict[str, SettingsFile] = {}  # str keys: a Path per directory is ~400 bytes
        self._real_directories: dict[str, str] = {}
        self._real_parents: dict[str, str] = {}  # a file's directory as written → its real one
        self._catalogs: dict[str | None, Catalog] = {}
        self._base: dict[Path | None, Settings] = {}
        self._by_path: dict[str | None, Settings | None] = {}
        self.forced: SettingsFile | None = None
        if config_file is not None:
            from pathlib import Path

            path = Path(config_file)
            if not path.is_file():
                raise SettingsFileError(f"--config {config_file}: no such file")
            self.forced = load_settings_file(path, rules)

    def settings_file_for(self, path: str | None) -> SettingsFile:
        """The configuration file that applies to `path` (None: the current directory)."""
        if self.forced is not None:
            return self.forced
        if self.isolated:
            return SettingsFile(None, Options())
        return self._config_in(self._directory_of(path or os.getcwd()))

    def _directory_of(self, path: str) -> str:
        """The real directory whose configuration applies to `path`: a file's own, or itself."""
        if ".." not in path:  # (abspath folds `..` before symlinks are followed)
            plain = self.stat_cache.is_plain_file(path)
            if plain is None:
                try:
                    plain = stat.S_ISREG(os.lstat(path).st_mode)
                except OSError:
                    plain = False
            if plain:  # the usual case: a file, not a link; its siblings share the answer
                parent = os.path.dirname(path)
                real = self._real_parents.get(parent)
                if real is None:
                    real = self._real_directory(os.path.dirname(os.path.abspath(path)))
                    remember(self._real_parents, parent, real)
                return real
        # os.path.realpath, not Path.resolve: it does not raise on a symlink loop (the read reports it).
        resolved = os.path.realpath(path)
        return resolved if os.path.isdir(resolved) else os.path.dirname(resolved)

    def _real_directory(self, directory: str) -> str:
        """os.path.realpath of an absolute, normalised directory, memoized on the way up: a tree
        of N configs costs one lstat per directory, not one per path component per file."""
        real = self._real_directories.get(directory)
        if real is None:
            parent = os.path.dirname(directory)
            if parent == directory or os.path.islink(directory):
                real = os.path.realpath(directory)
            else:
                real = os.path.join(self._real_directory(parent), os.path.basename(directory))
            remember(self._real_directories, directory, real)
        return real

    def _config_in(self, directory: str) -> SettingsFile:
        # The closest configuration file at or above `directory`, memoized per directory on the
        # way up: a tree of N configs costs N+depth directory checks, not N×depth.
        config = self._by_directory.get(directory)
        if config is None:
            found = _settings_file_in(directory, self.stat_cache)
            parent = os.path.dirname(directory)
            if found is not None:
                config = load_settings_file(found[0], self.rules, data=found[1])
            elif parent != directory:
                config = self._config_in(parent)
            else:
                config = SettingsFile(None, Options())
            remember(self._by_directory, directory, config)
        return config

    def settings_for(self, path: str | None) -> Settings | None:
        """The settings to lint `path` with; None when the configuration excludes it."""
        if path not in self._by_path:  # asked again for the exit status
            remember(self._by_path, path, self._settings_for(path))
        return self._by_path[path]

    def _settings_for(self, path: str | None) -> Settings | None:
        config = self.settings_file_for(path)
        options = config.options
        patterns = options.exclude or options.per_file_ignores or options.include
        relative = _relative(path, config.root) if path and patterns else None
        if relative is not None and any(_glob_matches(p, relative) for p in options.exclude):
            return None
        base = self._base_settings(config)
        if self.cli.force_truss or (relative is not None and any(_glob_matches(p, relative) for p in options.include)):
            base = replace(base, force_truss=True)
        extra = [s for pattern, selectors in config.options.per_file_ignores.items()
                 if relative is not None and _glob_matches(pattern, relative) for s in selectors]
        return replace(base, ignore=base.ignore + extra) if extra else base

    def _base_settings(self, config: SettingsFile) -> Settings:
        if config.path not in self._base:
            file, cli = config.options, self.cli
            enabled = _selection([file, cli], self.rules)
            everything = len(enabled) == len(self.rules)
            catalog_path = cli.catalog or file.catalog
            self._base[config.path] = Settings(
                select=[] if everything else sorted(enabled),
                ignore=[] if enabled else ["ALL"],
                severity={**file.severity, **cli.severity},
                fail_on=cli.fail_on or file.fail_on or Severity.ERROR,
                target_truss_version=cli.target_truss_version or file.target_truss_version or "",
                catalog=self._catalog(catalog_path),
            )
        return self._base[config.path]

    def _catalog(self, path: str | None) -> Catalog:
        from .catalog import load_catalog

        if path not in self._catalogs:
            self._catalogs[path] = load_catalog(path)
        return self._catalogs[path]

    def show(self, path: str | None) -> str:
        """`--show-settings`: which file applies to `path`, and the settings it resolves to."""
        config = self.settings_file_for(path)
        settings = self.settings_for(path)
        lines = [f"path: {path or '.'}", f"config: {'ignored (--isolated)' if self.isolated else config.describe()}"]
        if settings is None:
            lines.append("excluded: yes (by `exclude`)")
            return "\n".join(lines) + "\n"
        enabled = [r for r in self.rules if settings.is_enabled(r)]
        lines.append(f"rules: {len(enabled)} of {len(self.rules)} enabled")
        for rule in self.rules:
            state = settings.severity_of(rule).value if settings.is_enabled(rule) else "off"
            lines.append(f"  {rule.code} {rule.name}: {state}")
        lines += [f"fail-on: {settings.fail_on.value}",
                  f"target-truss-version: {settings.target_truss_version}",
                  f"catalog: {self.cli.catalog or config.options.catalog or 'built-in'} "
                  f"(as of {settings.catalog.as_of})",
                  f"exclude: {', '.join(config.options.exclude) or '(none)'}",
                  f"include: {', '.join(config.options.include) or '(none)'}"]
        for pattern, selectors in config.options.per_file_ignores.items():
            lines.append(f"per-file-ignores: {pattern} = {', '.join(selectors)}")
        return "\n".join(lines) + "\n"


def _selection(layers: list[Options], rules: list[Rule]) -> set[str]:
    """The codes enabled after applying each layer in turn (a layer's `select` starts over)."""
    from .settings import _matches

    def matching(selectors: list[str]) -> set[str]:
        return {r.code for r in rules if any(_matches(s, r) for s in selectors)}

    enabled = {r.code for r in rules}
    for layer in layers:
        if layer.select is not None:
            enabled = matching(layer.select)
        enabled = (enabled | matching(layer.extend_select)) - matching(layer.ignore)
    return enabled


def _relative(path: str, root: Path) -> str | None:
    from pathlib import Path

    try:
        return Path(os.path.realpath(path)).relative_to(root).as_posix()
    except ValueError:
        return None  # outside the configuration's directory: its patterns do not apply


def _glob_matches(pattern: str, relative: str) -> bool:
    """ruff-style: a pattern without `/` matches any single path component (a file or directory
    name anywhere below the config); one with `/` matches the path from the config's
    directory, or a directory above the file. `*` also crosses `/`, so `**` works too."""
    pattern = pattern.strip().removeprefix("./").rstrip("/")
    parts = relative.split("/")
    if "/" not in pattern:
        return any(fnmatch.fnmatchcase(part, pattern) for part in parts)
    return any(fnmatch.fnmatchcase("/".join(parts[:i]), pattern) for i in range(1, len(parts) + 1))
