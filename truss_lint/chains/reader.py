"""Read a Truss Chains source file with `ast`, never importing or running it.

What it finds: the chainlet classes (subclasses of truss_chains' ChainletBase, ModelBase,
EngineBuilderLLMChainlet or TrussChainlet, directly, through an alias or through a class of the
same file), and for each its `remote_config`'s `Compute(...)` arguments, resolved from literals,
module- and class-level constants, simple arithmetic, `truss_config.Accelerator.H100` and
`chains.CPU_COUNT`. A value that cannot be resolved is kept as Unknown with the reason: the
caller never guesses.

Truss 0.18.36's semantics (truss_chains/public_types.py, private_types.py, framework.py): a
chainlet without `remote_config` (or one without `compute`) has `Compute()`'s defaults; a subclass
inherits its base's `remote_config`; `RemoteConfig` takes keywords only, `Compute` positional
arguments too (cpu_count, memory, gpu, gpu_count, predict_concurrency, instance_type).
"""

from __future__ import annotations

import ast

from .._struct import Struct

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

CHAINS_MODULE = "truss_chains"
TRUSS_CONFIG = "truss.base.truss_config"
TRT_LLM_CONFIG = "truss.base.trt_llm_config"
# Modules that are the same module under another path.
_MODULE_ALIASES = {"truss.truss_config": TRUSS_CONFIG, "truss.trt_llm_config": TRT_LLM_CONFIG}

# Chainlet base classes and the kind each makes (truss_chains/framework.py).
BASE_KINDS = {"ChainletBase": "chainlet", "ModelBase": "model", "EngineBuilderLLMChainlet": "engine-builder",
              "EngineBuilderChainlet": "engine-builder", "TrussChainlet": "truss"}
# Compute's parameters in order, with Truss's defaults.
COMPUTE_PARAMETERS = ("cpu_count", "memory", "gpu", "gpu_count", "predict_concurrency", "instance_type")
COMPUTE_DEFAULTS = {"cpu_count": 1, "memory": "2Gi", "gpu": None, "gpu_count": 1, "predict_concurrency": 1,
                    "instance_type": None}
CPU_COUNT = "cpu_count"  # truss_chains.public_types.CPU_COUNT: "as many as cpu_count"
# truss_config.Accelerator: member name → value (B10's member is `_B10`).
ACCELERATOR_MEMBERS = {"_B10": "B10", "T4": "T4", "L4": "L4", "A10G": "A10G", "V100": "V100", "A100": "A100",
                       "A100_40GB": "A100_40GB", "H100": "H100", "H200": "H200", "H100_40GB": "H100_40GB",
                       "B200": "B200", "L40S": "L40S", "RTX_PRO_6000": "RTX_PRO_6000", "B300": "B300",
                       "GB300": "GB300"}
_BINARY_OPERATORS = {
    ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b, ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b, ast.FloorDiv: lambda a, b: a // b, ast.Mod: lambda a, b: a % b,
}
# Modules whose classes never set a chainlet's class attributes (remote_config, truss_dir, ...).
_NO_CHAINLET_ATTRIBUTES = frozenset({CHAINS_MODULE, "abc", "typing", "typing_extensions", "pydantic", "enum"})
_MAX_DEPTH = 50  # constants referring to constants: deeper than this is a cycle or hostile input


class Unresolved(Exception):
    """A value the reader cannot know without running the file."""

    def __init__(self, reason: str, node: ast.AST | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.node = node


class Call(Struct):
    """A call of a truss_chains / truss constructor, its arguments still unevaluated."""

    __slots__ = ("name", "node", "scope")

    def __init__(self, name: str, node: ast.Call, scope: Scope) -> None:
        self.name = name  # qualified: truss_chains.Compute, truss.base.truss_config.Accelerator, ...
        self.node = node
        self.scope = scope

    @property
    def short(self) -> str:
        return self.name.rsplit(".", 1)[-1]

    def keyword(self, name: str) -> ast.expr | None:
        return next((k.value for k in self.node.keywords if k.arg == name), None)

    def has_splat(self) -> bool:
        return any(k.arg is None for k in self.node.keywords) or any(
            isinstance(a, ast.Starred) for a in self.node.args)


class Symbol(Struct):
    """A name that stands for something imported (a module, a class, a constant)."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name


class Argument(Struct):
    """One Compute argument: its value (or why it is unknown) and where it is written."""

    __slots__ = ("name", "value", "node", "written", "reason")

    def __init__(self, name: str, value: Any = None, node: ast.AST | None = None, written: bool = False,
                 reason: str | None = None) -> None:
        self.name = name
        self.value = value
        self.node = node  # the expression written at the call, or None for a default
        self.written = written  # given at the call (not Compute's default)
        self.reason = reason  # None when resolved

    @property
    def literal(self) -> bool:
        """Written at the call as a string literal (so a fix may edit it in place)."""
        return isinstance(self.node, ast.Constant) and isinstance(self.node.value, str)


class Chainlet(Struct):
    """One chainlet class and what the reader could learn about its compute."""

    __slots__ = ("name", "line", "column", "node", "kind", "compute", "compute_node", "unknown", "remote_config",
                 "truss_dir", "engine_builder_config", "scope")

    def __init__(self, name: str, node: ast.ClassDef, kind: str, scope: Scope) -> None:
        self.name = name
        self.node = node
        self.line = node.lineno
        self.column = node.col_offset + 1
        self.kind = kind  # chainlet, model, engine-builder, truss
        self.compute: dict[str, Argument] = {}
        self.compute_node: ast.Call | None = None  # the Compute(...) call, if any
        self.unknown: Unresolved | None = None  # why the compute cannot be known
        self.remote_config: Call | None = None
        self.truss_dir: Argument | None = None
        self.engine_builder_config: Call | None = None
        self.scope = scope


class Scope:
    """Names visible at a point: a class body's assignments, then the module's."""

    def __init__(self, reader: Reader, assignments: dict[str, list[tuple[int, ast.expr | None]]],
                 parent: Scope | None = None, conditional: frozenset[str] = frozenset()) -> None:
        self.reader = reader
        self.assignments = assignments  # name → [(line, value or None when not a plain assignment)]
        self.parent = parent
        self.conditional = conditional  # names also assigned in an if/for/try block

    def lookup(self, name: str, line: int, node: ast.AST) -> Any:
        entries = self.assignments.get(name)
        if name in self.conditional:
            raise Unresolved(f"`{name}` is assigned conditionally (in an if, for or try block)", node)
        if entries:
            before = [(at, value) for at, value in entries if at < line]
            if before:
                at, value = before[-1]
                if value is None:
                    raise Unresolved(f"`{name}` is not a plain assignment", node)
                return self.reader.evaluate(value, self, at)
        if self.parent is not None:
            return self.parent.lookup(name, line, node)
        symbol = self.reader.imports.get(name)
        if symbol is not None:
            return symbol
        raise Unresolved(f"`{name}` is not defined in this file", node)


def _assignments(body: list[ast.stmt]) -> tuple[dict[str, list[tuple[int, ast.expr | None]]], frozenset[str]]:
    """Plain top-level assignments of a module or class body, and names assigned in nested blocks."""
    found: dict[str, list[tuple[int, ast.expr | None]]] = {}
    conditional: set[str] = set()
    for statement in body:
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    single = len(statement.targets) == 1
                    found.setdefault(target.id, []).append((statement.lineno, statement.value if single else None))
                else:
                    for name in _target_names(target):
                        found.setdefault(name, []).append((statement.lineno, None))
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            if statement.value is not None:
                found.setdefault(statement.target.id, []).append((statement.lineno, statement.value))
        elif isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name):
            found.setdefault(statement.target.id, []).append((statement.lineno, None))
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.setdefault(statement.name, []).append((statement.lineno, None))
        elif isinstance(statement, (ast.If, ast.For, ast.While, ast.Try, ast.With, ast.AsyncFor, ast.AsyncWith)):
            if _is_main_guard(statement):
                continue  # runs only as a script, after the classes are defined
            for inner in ast.walk(statement):
                if isinstance(inner, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                    targets = inner.targets if isinstance(inner, ast.Assign) else [inner.target]
                    for target in targets:
                        conditional.update(_target_names(target))
                elif isinstance(inner, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    conditional.add(inner.name)
    return found, frozenset(conditional)


def _target_names(target: ast.expr) -> list[str]:
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [name for element in target.elts for name in _target_names(element)]
    if isinstance(target, ast.Starred):
        return _target_names(target.value)
    return []


def _is_main_guard(statement: ast.stmt) -> bool:
    test = getattr(statement, "test", None)
    return (isinstance(statement, ast.If) and isinstance(test, ast.Compare)
            and isinstance(test.left, ast.Name) and test.left.id == "__name__")


class Reader:
    """One parsed file: its imports, constants and chainlets."""

    def __init__(self, tree: ast.Module) -> None:
        self.tree = tree
        self.imports = self._imports(tree)
        assignments, conditional = _assignments(tree.body)
        self.module = Scope(self, assignments, conditional=conditional)
        self.depth = 0
        self.classes = {s.name: s for s in tree.body if isinstance(s, ast.ClassDef)}
        self._kinds: dict[str, str | None] = {}

    @staticmethod
    def _imports(tree: ast.Module) -> dict[str, Symbol]:
        """Top-level imports: local name → what it stands for, fully qualified."""
        names: dict[str, Symbol] = {}
        for statement in tree.body:
            if isinstance(statement, ast.Import):
                for alias in statement.names:
                    if alias.asname:
                        names[alias.asname] = Symbol(_canonical(alias.name))
                    else:
                        root = alias.name.split(".", 1)[0]
                        names[root] = Symbol(root)
            elif isinstance(statement, ast.ImportFrom) and statement.module and not statement.level:
                for alias in statement.names:
                    if alias.name != "*":
                        names[alias.asname or alias.name] = Symbol(_canonical(f"{statement.module}.{alias.name}"))
        return names

    # --- values -------------------------------------------------------------------------------

    def evaluate(self, node: ast.expr, scope: Scope, line: int | None = None) -> Any:
        """The value of `node` as far as the file shows it; raises Unresolved otherwise."""
        self.depth += 1
        try:
            if self.depth > _MAX_DEPTH:
                raise Unresolved("constants refer to each other too deeply (a cycle?)", node)
            return self._evaluate(node, scope, node.lineno if line is None else line)
        finally:
            self.depth -= 1

    def _evaluate(self, node: ast.expr, scope: Scope, line: int) -> Any:
        if isinstance(node, ast.Constant):
            if isinstance(node.value, (str, int, float, bool)) or node.value is None:
                return node.value
            raise Unresolved(f"unsupported literal `{ast.unparse(node)}`", node)
        if isinstance(node, ast.Name):
            value = scope.lookup(node.id, line, node)
            if isinstance(value, Symbol) and value.name == f"{CHAINS_MODULE}.public_types.CPU_COUNT":
                return CPU_COUNT  # `from truss_chains.public_types import CPU_COUNT`
            return value
        if isinstance(node, ast.Attribute):
            owner = self.evaluate(node.value, scope, line)
            if isinstance(owner, Symbol):
                return self._attribute(owner.name, node.attr, node)
            raise Unresolved(f"`{ast.unparse(node)}` is not a constant this file defines", node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            operand = self._number(self.evaluate(node.operand, scope, line), node)
            return -operand if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.BinOp) and type(node.op) in _BINARY_OPERATORS:
            left, right = self.evaluate(node.left, scope, line), self.evaluate(node.right, scope, line)
            if isinstance(left, str) and isinstance(right, str) and isinstance(node.op, ast.Add):
                return left + right
            left, right = self._number(left, node.left), self._number(right, node.right)
            try:
                return _BINARY_OPERATORS[type(node.op)](left, right)
            except (ZeroDivisionError, OverflowError) as error:
                raise Unresolved(f"`{ast.unparse(node)}` fails: {error}", node) from None
        if isinstance(node, (ast.List, ast.Tuple)):
            return [self.evaluate(element, scope, line) for element in node.elts]
        if isinstance(node, ast.Dict):
            if any(key is None for key in node.keys):
                raise Unresolved(f"`{_short_source(node)}` unpacks a mapping", node)
            return {self._scalar(self.evaluate(key, scope, line), key): self.evaluate(value, scope, line)
                    for key, value in zip(node.keys, node.values)}
        if isinstance(node, ast.JoinedStr):
            parts = []
            for value in node.values:
                if isinstance(value, ast.Constant):
                    parts.append(str(value.value))
                elif isinstance(value, ast.FormattedValue) and value.conversion == -1 and value.format_spec is None:
                    parts.append(str(self._scalar(self.evaluate(value.value, scope, line), value.value)))
                else:
                    raise Unresolved(f"unsupported f-string `{ast.unparse(node)}`", node)
            return "".join(parts)
        if isinstance(node, ast.Call):
            function = self.evaluate(node.func, scope, line)
            if isinstance(function, Symbol) and function.name.split(".", 1)[0] in (CHAINS_MODULE, "truss"):
                return Call(function.name, node, scope)
            raise Unresolved(f"`{ast.unparse(node.func)}(...)` is computed when the file runs", node)
        raise Unresolved(f"`{_short_source(node)}` is computed when the file runs", node)

    @staticmethod
    def _attribute(owner: str, attribute: str, node: ast.AST) -> Any:
        qualified = _canonical(f"{owner}.{attribute}")
        if qualified in (f"{CHAINS_MODULE}.CPU_COUNT", f"{CHAINS_MODULE}.public_types.CPU_COUNT"):
            return CPU_COUNT
        if owner == f"{TRUSS_CONFIG}.Accelerator":
            if attribute in ACCELERATOR_MEMBERS:
                return ACCELERATOR_MEMBERS[attribute]
            raise Unresolved(f"`Accelerator.{attribute}` is not a Truss accelerator", node)
        return Symbol(qualified)

    @staticmethod
    def _number(value: Any, node: ast.AST) -> int | float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        raise Unresolved(f"`{_short_source(node)}` is not a number", node)

    @staticmethod
    def _scalar(value: Any, node: ast.AST) -> Any:
        if isinstance(value, (str, int, float, bool)) or value is None:
            return value
        raise Unresolved(f"`{_short_source(node)}` is not a literal value", node)

    # --- chainlets ----------------------------------------------------------------------------

    def kind_of(self, cls: ast.ClassDef, seen: frozenset[str] = frozenset()) -> str | None:
        """The chainlet kind of a class of this file, or None if it is none."""
        if cls.name in self._kinds:
            return self._kinds[cls.name]
        kind = None
        for base in cls.bases:
            kind = self._base_kind(base, cls, seen | {cls.name})
            if kind:
                break
        self._kinds[cls.name] = kind
        return kind

    def _base_kind(self, base: ast.expr, cls: ast.ClassDef, seen: frozenset[str]) -> str | None:
        if isinstance(base, ast.Name) and base.id in self.classes and base.id not in seen \
                and self.classes[base.id].lineno < cls.lineno:
            return self.kind_of(self.classes[base.id], seen)
        try:
            value = self.evaluate(base, self.module, cls.lineno)
        except Unresolved:
            return None
        if isinstance(value, Symbol) and value.name.split(".", 1)[0] == CHAINS_MODULE:
            return BASE_KINDS.get(value.name.rsplit(".", 1)[-1])
        return None

    def chainlets(self) -> list[Chainlet]:
        found = []
        for cls in self.classes.values():
            kind = self.kind_of(cls)
            if kind:
                found.append(self._chainlet(cls, kind))
        return found

    def class_attribute(self, cls: ast.ClassDef, name: str, seen: frozenset[str] = frozenset()
                        ) -> tuple[ast.expr, Scope] | None:
        """The expression assigned to class attribute `name`, looked up through the bases in
        order as Python's MRO does for single chains of bases; None if only truss_chains' own
        default applies. A base from another module may set it too: then it is unknown."""
        assignments, conditional = _assignments(cls.body)
        if name in conditional:
            raise Unresolved(f"`{name}` is assigned conditionally in class `{cls.name}`", cls)
        if name in assignments:
            line, value = assignments[name][-1]
            if value is None:
                raise Unresolved(f"`{cls.name}.{name}` is not a plain assignment", cls)
            return value, Scope(self, assignments, self.module, conditional)
        for base in cls.bases:
            if isinstance(base, ast.Name) and base.id in self.classes and base.id not in seen \
                    and self.classes[base.id].lineno < cls.lineno:
                found = self.class_attribute(self.classes[base.id], name, seen | {cls.name})
                if found is not None:
                    return found
                continue
            try:
                value = self.evaluate(base, self.module, cls.lineno)
            except Unresolved:
                continue  # `object`, `Generic[T]`, ...: no class attributes of Truss's
            if isinstance(value, Symbol) and value.name.split(".", 1)[0] not in _NO_CHAINLET_ATTRIBUTES:
                raise Unresolved(f"`{cls.name}` inherits from `{ast.unparse(base)}` (another module), "
                                 f"which may set `{name}`", base)
        return None

    def _chainlet(self, cls: ast.ClassDef, kind: str) -> Chainlet:
        chainlet = Chainlet(cls.name, cls, kind, self.module)
        try:
            if kind == "truss":
                self._read_truss_dir(chainlet, cls)
                return chainlet
            if kind == "engine-builder":
                found = self.class_attribute(cls, "engine_builder_config")
                if found is not None:
                    config = self.evaluate(found[0], found[1])
                    if isinstance(config, Call):
                        chainlet.engine_builder_config = config
            self._read_compute(chainlet, cls)
        except Unresolved as unresolved:
            chainlet.unknown = unresolved
        return chainlet

    def _read_truss_dir(self, chainlet: Chainlet, cls: ast.ClassDef) -> None:
        found = self.class_attribute(cls, "truss_dir")
        if found is None:
            chainlet.truss_dir = Argument("truss_dir")
            return
        node, scope = found
        try:
            value = self.evaluate(node, scope)
        except Unresolved as unresolved:
            chainlet.truss_dir = Argument("truss_dir", node=node, written=True, reason=unresolved.reason)
            return
        chainlet.truss_dir = Argument("truss_dir", value, node, written=True)

    def _read_compute(self, chainlet: Chainlet, cls: ast.ClassDef) -> None:
        arguments = {name: Argument(name, COMPUTE_DEFAULTS[name]) for name in COMPUTE_PARAMETERS}
        chainlet.compute = arguments
        found = self.class_attribute(cls, "remote_config")
        if found is None:
            return  # RemoteConfig() defaults
        remote = self.evaluate(found[0], found[1])
        if not isinstance(remote, Call) or remote.short != "RemoteConfig":
            raise Unresolved("`remote_config` is not a `RemoteConfig(...)` this file spells out", found[0])
        chainlet.remote_config = remote
        if remote.has_splat():
            raise Unresolved("`RemoteConfig(**...)` is computed when the file runs", remote.node)
        compute_node = remote.keyword("compute")
        if compute_node is None:
            return
        compute = self.evaluate(compute_node, remote.scope)
        if not isinstance(compute, Call) or compute.short != "Compute":
            raise Unresolved("`compute` is not a `Compute(...)` this file spells out", compute_node)
        if compute.has_splat():
            raise Unresolved("`Compute(*...)` or `Compute(**...)` is computed when the file runs", compute.node)
        chainlet.compute_node = compute.node
        given = list(zip(COMPUTE_PARAMETERS, compute.node.args))
        given += [(k.arg, k.value) for k in compute.node.keywords if k.arg in arguments]
        for name, node in given:
            try:
                value = self.evaluate(node, compute.scope)
                arguments[name] = Argument(name, self._scalar(value, node), node, written=True)
            except Unresolved as unresolved:
                arguments[name] = Argument(name, None, node, written=True, reason=unresolved.reason)


def _canonical(name: str) -> str:
    for alias, module in _MODULE_ALIASES.items():
        if name == alias or name.startswith(alias + "."):
            return module + name[len(alias):]
    return name


def _short_source(node: ast.AST) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 60 else text[:57] + "..."


def read(text: str) -> list[Chainlet]:
    """The chainlets of a source text; raises SyntaxError (and ValueError for NUL bytes)."""
    return Reader(ast.parse(text)).chainlets()
