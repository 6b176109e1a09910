"""Lint a Truss Chains source file: each chainlet's compute as the truss config Truss generates
for it, through the same resolver and resource rules as a config.yaml, then the chain rules.

Truss 0.18.36's code generation (truss_chains/deployment/code_gen.py `_gen_truss_config`) sets
`resources.cpu = str(cpu_count)`, `resources.memory = memory`, `resources.accelerator =
AcceleratorSpec(gpu, gpu_count)` (no accelerator when `gpu` is unset, whatever `gpu_count` says)
and `resources.instance_type`. Unlike `truss push`, `truss chains push` does not raise an
engine builder's memory to 10Gi. A TrussChainlet deploys its `truss_dir`'s config.yaml as it is.

Each chainlet's equivalent config is written out as a small YAML text and linted by the engine's
own pieces; the findings' positions (and fixes, where the value is a string literal written at
the call) are carried back to the Python source.
"""

from __future__ import annotations

import ast
import os
from functools import lru_cache

from .._struct import Struct
from ..diagnostics import ChainletResult, Diagnostic, FileResult, Fix, Span
from ..yaml_loader import Document, load
from ..resources import ACCELERATORS, request_from_config
from .reader import CPU_COUNT, TRT_LLM_CONFIG, Argument, Call, Chainlet, Reader, Symbol, Unresolved
from .source import Source

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from typing import Any

    from ..settings import Settings

# The config rules that apply to each chainlet's compute, as to a config's `resources`.
CHAINLET_RULES = frozenset({
    "TC103",  # invalid-value (memory, accelerator)
    "TC201", "TC204", "TC205", "TC206", "TC207", "TC208",  # instance selection and its costs
    "TC209", "TC210",  # instance_type overriding the rest; an instance_type not in the catalog
    "TC302", "TC303", "TC304",  # model memory, where a model id is a literal
    "TC101", "TC102", "TC104",  # an engine builder's literal TRTLLMConfiguration, checked as `trt_llm`
    "TC105",  # ... whose unknown build keys Truss ships and ignores
})
ENGINE_RULES_PREFIX = "TC6"  # the engine rules (TRT-LLM, ...) read `trt_llm` as in a config.yaml
INVALID_VALUE = "TC103"
SCHEMA_RULES = frozenset({"TC101", "TC102", "TC103", "TC104", "TC105"})
# Where a key of the equivalent config is written among Compute's arguments.
_ARGUMENT_OF = {"cpu": "cpu_count", "memory": "memory", "accelerator": "gpu", "instance_type": "instance_type"}


class Compute(Struct):
    """A chainlet's compute as Truss's code generation turns it into a truss config."""

    __slots__ = ("config", "origins", "unknown", "rejected")

    def __init__(self) -> None:
        self.config: dict | None = None  # the equivalent truss config (resources, model_cache)
        self.origins: dict[tuple, ast.AST] = {}  # key path → the expression it comes from
        self.unknown: str | None = None  # why the compute cannot be known without running the file
        self.rejected: list[Rejection] = []  # values Truss itself refuses


class Rejection(Struct):
    """A Compute argument Truss 0.18.36 refuses: `truss chains push` fails."""

    __slots__ = ("argument", "message", "help", "fix")

    def __init__(self, argument: Argument, message: str, help: str | None = None, fix: Fix | None = None) -> None:
        self.argument = argument
        self.message = message
        self.help = help
        self.fix = fix


class ChainletInfo(Struct):
    """One chainlet as the linter sees it: what the reader found, its config and its verdict."""

    __slots__ = ("chainlet", "compute", "context", "result", "truss_config")

    def __init__(self, chainlet: Chainlet, compute: Compute) -> None:
        self.chainlet = chainlet
        self.compute = compute
        self.context = None  # the engine Context of the equivalent config, when there is one
        self.result: ChainletResult | None = None
        self.truss_config: FileResult | None = None  # a TrussChainlet's truss_dir config, linted


class ChainContext:
    """What a chain rule may look at for one file."""

    def __init__(self, path: str, source: Source, reader: Reader | None, chainlets: list[ChainletInfo],
                 settings: Settings, document: Document) -> None:
        self.path = path
        self.source = source
        self.reader = reader
        self.chainlets = chainlets
        self.settings = settings
        self.document = document  # the source as a Document (suppressions read its text)


def compute_of(chainlet: Chainlet, source: Source) -> Compute:
    """The truss config Truss generates for `chainlet`'s compute, with what it refuses."""
    compute = Compute()
    if chainlet.kind == "truss":
        return compute  # its truss_dir's config.yaml decides
    if chainlet.unknown is not None:
        compute.unknown = chainlet.unknown.reason
        return compute
    args = chainlet.compute
    relevant = ["cpu_count", "memory", "gpu", "instance_type"]
    if args["gpu"].value:
        relevant.append("gpu_count")
    for name in relevant:
        if args[name].reason is not None:
            compute.unknown = f"`{name}`: {args[name].reason}"
            return compute
    resources: dict[str, Any] = {}
    cpu = args["cpu_count"].value
    if isinstance(cpu, float) and cpu.is_integer():
        cpu = int(cpu)
    elif isinstance(cpu, str) and cpu.strip().isdigit():
        cpu = int(cpu)
    if isinstance(cpu, bool) or not isinstance(cpu, int):
        compute.rejected.append(Rejection(
            args["cpu_count"],
            f"`cpu_count={_python(args['cpu_count'].value)}`: Truss rejects it in `Compute()` "
            "(\"Input should be a valid integer\"): a chainlet asks for whole CPUs",
            help="write a whole number, e.g. `cpu_count=2`"))
    else:
        resources["cpu"] = str(cpu)
    memory = args["memory"].value
    if not isinstance(memory, str):
        compute.rejected.append(Rejection(
            args["memory"],
            f"`memory={_python(memory)}`: Truss rejects it in `Compute()` (\"Input should be a valid string\")",
            help=f"write a quantity with its unit, e.g. `memory=\"{memory}Gi\"`" if isinstance(memory, int)
            else "write a quantity with its unit, e.g. `memory=\"16Gi\"`"))
    else:
        resources["memory"] = memory
    gpu, count = args["gpu"].value, args["gpu_count"].value
    if gpu:
        problem = _gpu_problem(args["gpu"], args["gpu_count"], source)
        if problem is not None:
            compute.rejected.append(problem)
        elif isinstance(count, bool) or not isinstance(count, int) or count < 0:
            compute.rejected.append(Rejection(
                args["gpu_count"], f"`gpu_count={_python(count)}`: Truss rejects it (a GPU count is a whole number)"))
        else:
            resources["accelerator"] = f"{gpu}:{count}" if count > 1 else gpu if count == 1 else {
                "accelerator": gpu, "count": 0}
    instance_type = args["instance_type"].value
    if instance_type is not None:
        if not isinstance(instance_type, str):
            compute.rejected.append(Rejection(
                args["instance_type"], f"`instance_type={_python(instance_type)}`: Truss rejects it (not a string)"))
        elif instance_type:
            resources["instance_type"] = instance_type
    # With a rejected value the config is still built from the rest, for the schema checks
    # (`memory="16 GB"` is reported with `gpu="h100"`); its instance would be a guess.
    compute.config = {"resources": resources}
    anchor = chainlet.compute_node or chainlet.remote_config and chainlet.remote_config.node or chainlet.node
    compute.origins[()] = chainlet.node
    compute.origins[("resources",)] = anchor
    for key, name in _ARGUMENT_OF.items():
        compute.origins[("resources", key)] = args[name].node or anchor
    if args["gpu"].node is None and args["gpu_count"].node is not None:
        compute.origins[("resources", "accelerator")] = args["gpu_count"].node
    _add_model_cache(chainlet, compute)
    _add_trt_llm(chainlet, compute)
    return compute


def _add_trt_llm(chainlet: Chainlet, compute: Compute) -> None:
    """An engine builder's literal `TRTLLMConfiguration(...)` as the config's `trt_llm` (Truss's
    code generation sets `config.trt_llm = engine_builder_config`); left out unless every value
    in it is written in the file."""
    call = chainlet.engine_builder_config
    if call is None or call.short != "TRTLLMConfiguration":
        return
    origins: dict[tuple, ast.AST] = {("trt_llm",): call.node}
    try:
        value = _model_value(call, ("trt_llm",), origins)
    except Unresolved:
        return
    if isinstance(value, dict):
        compute.config["trt_llm"] = value
        compute.origins.update(origins)


def _model_value(value: Any, path: tuple, origins: dict[tuple, ast.AST]) -> Any:
    """A pydantic model built in the file (`Model(key=...)`) as the mapping a config.yaml writes."""
    if isinstance(value, Call):
        reader = value.scope.reader
        if value.has_splat() or value.node.args:
            raise Unresolved("positional arguments", value.node)
        if value.short in ("TRTLLMConfiguration",) and value.keyword("root") is not None:
            root = value.keyword("root")
            return _model_value(reader.evaluate(root, value.scope), path, origins)
        result = {}
        for keyword in value.node.keywords:
            origins[path + (keyword.arg,)] = keyword.value
            result[keyword.arg] = _model_value(reader.evaluate(keyword.value, value.scope), path + (keyword.arg,),
                                               origins)
        return result
    if isinstance(value, list):
        return [_model_value(item, path + (index,), origins) for index, item in enumerate(value)]
    if isinstance(value, dict):
        return {key: _model_value(item, path + (key,), origins) for key, item in value.items()}
    if isinstance(value, Symbol):
        return _enum_value(value)
    return value


def _enum_value(symbol: Symbol) -> str:
    """`trt_llm_config.TrussTRTLLMModel.DECODER` → "decoder": the member's value, found among the
    schema's enum values (the member name exactly, else the one value equal to it in lower case)."""
    owner, _, member = symbol.name.rpartition(".")
    if not owner.startswith(TRT_LLM_CONFIG):
        raise Unresolved(f"`{symbol.name}` is not a value this file spells out")
    values = _schema_enum_values()
    if member in values:
        return member
    lowered = [v for v in values if v == member.lower()]
    if len(lowered) == 1:
        return lowered[0]
    raise Unresolved(f"the value of `{member}` is not known without Truss")


@lru_cache(None)
def _schema_enum_values() -> frozenset[str]:
    from ..schema import truss_schema

    found: set[str] = set()
    stack: list[Any] = [truss_schema()]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            found.update(v for v in node.get("enum", ()) if isinstance(v, str))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return frozenset(found)


def _gpu_problem(gpu: Argument, count: Argument, source: Source) -> Rejection | None:
    """Why Truss's `Accelerator(gpu)` refuses the value, with the fix when one is certain."""
    value = gpu.value
    if not isinstance(value, str):
        return Rejection(gpu, f"`gpu={_python(value)}`: Truss rejects it (an accelerator name or "
                              "`truss_config.Accelerator` member is expected)")
    if value in ACCELERATORS:
        return None
    name, _, suffix = value.partition(":")
    message = f"`gpu=\"{value}\"`: Truss rejects it in `Compute()` (\"'{value}' is not a valid Accelerator\")"
    fixed = name.upper() if name.upper() in ACCELERATORS else None
    if fixed and suffix.isdigit() and int(suffix) > 0:
        help = f"write `gpu=\"{fixed}\", gpu_count={int(suffix)}`: Compute takes the count apart"
        fix = None
        if gpu.literal and not count.written and _plain_literal(gpu.node, source):
            start, end = source.offsets(gpu.node)
            quote = source.text[start]
            fix = Fix([(start, end, f"{quote}{fixed}{quote}, gpu_count={int(suffix)}")],
                      f"write `gpu=\"{fixed}\", gpu_count={int(suffix)}`", safe=True)
        return Rejection(gpu, message, help, fix)
    if fixed and not suffix:
        fix = None
        if gpu.literal and _plain_literal(gpu.node, source):
            start, end = source.offsets(gpu.node)
            fix = Fix([(start + 1, end - 1, fixed)], f"write `{fixed}`", safe=True)
        return Rejection(gpu, message, f"accelerator names are upper-case: `gpu=\"{fixed}\"`", fix)
    return Rejection(gpu, message, f"choose one of {', '.join(ACCELERATORS)}")


def _plain_literal(node: ast.AST | None, source: Source) -> bool:
    """A one-line string literal with no prefix or escapes: its text inside the quotes is its value."""
    if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
        return False
    start, end = source.offsets(node)
    written = source.text[start:end]
    return len(written) >= 2 and written[0] in "'\"" and written[-1] == written[0] \
        and written[1:-1] == node.value and "\\" not in written and "\n" not in written


def _add_model_cache(chainlet: Chainlet, compute: Compute) -> None:
    """`Assets(cached=[truss_config.ModelRepo(repo_id="...")])` as the config's `model_cache`, where
    the repository is a literal (the model-memory rules size it by name)."""
    remote = chainlet.remote_config
    if remote is None or remote.keyword("assets") is None:
        return
    reader = remote.scope.reader
    try:
        assets = reader.evaluate(remote.keyword("assets"), remote.scope)
        if not isinstance(assets, Call) or assets.short != "Assets" or assets.keyword("cached") is None:
            return
        cached = assets.keyword("cached")
        items = cached.elts if isinstance(cached, (ast.List, ast.Tuple)) else None
        if items is None:
            return
        repos = []
        for item in items:
            repo = reader.evaluate(item, assets.scope)
            if not isinstance(repo, Call) or repo.short != "ModelRepo" or repo.keyword("repo_id") is None:
                return
            repo_id = reader.evaluate(repo.keyword("repo_id"), repo.scope)
            if not isinstance(repo_id, str):
                return
            repos.append((repo_id, repo.node))
    except Unresolved:
        return
    if repos:
        compute.config["model_cache"] = [{"repo_id": repo_id} for repo_id, _ in repos]
        for index, (_, node) in enumerate(repos):
            compute.origins[("model_cache", index)] = node


def _python(value: Any) -> str:
    return "chains.CPU_COUNT" if value == CPU_COUNT else repr(value)


# --- the equivalent config as YAML ------------------------------------------------------------

def _yaml(value: Any, indent: int = 0) -> list[str]:
    """Block-style YAML of a config made of mappings, lists and scalars (strings double-quoted)."""
    import json

    pad = " " * indent
    lines = []
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                lines.append(f"{pad}{key}:")
                lines += _yaml(item, indent + 2)
            else:
                lines.append(f"{pad}{key}: {json.dumps(item)}")
    else:
        for item in value:
            inner = _yaml(item, indent + 2) if isinstance(item, (dict, list)) and item else [
                f"{pad}  {json.dumps(item)}"]
            lines.append(f"{pad}- {inner[0][indent + 2:]}")
            lines += inner[1:]
    return lines


# --- linting ------------------------------------------------------------------------------------

def lint_chain_bytes(raw: bytes, path: str, settings: Settings | None = None, stat_cache: Any = None) -> FileResult:
    from ..yaml_loader import YamlProblem, decode

    try:
        text = decode(raw)
    except YamlProblem as problem:
        return _unreadable(path, "", problem.message.replace("Truss cannot read it", "Python cannot read it"),
                           problem.span, settings)
    return lint_chain(text, path, settings, stat_cache)


def lint_chain(text: str, path: str, settings: Settings | None = None, stat_cache: Any = None) -> FileResult:
    """Lint the chainlets of Python source `text`, read statically (never imported or run).
    `stat_cache` answers the rules' questions about files beside it (engine.lint's)."""
    from ..speed.stat_cache import NO_CACHE

    stat_cache = NO_CACHE if stat_cache is None else stat_cache
    from ..catalog import builtin_catalog
    from ..engine import Context, _apply_suppressions, registry
    from ..settings import Settings as _Settings

    settings = settings or _Settings()
    catalog = settings.catalog or builtin_catalog()
    registered = registry()
    plan = registered.plan(settings)
    source = Source(text)
    try:
        tree = ast.parse(text, filename=path)
    except (SyntaxError, ValueError) as error:
        line = getattr(error, "lineno", None) or 1
        column = getattr(error, "offset", None) or 1
        message = getattr(error, "msg", None) or str(error)
        return _unreadable(path, text, f"the file is not valid Python ({message}); Truss cannot import it",
                           Span(line, column, line, column + 1), settings)
    reader = Reader(tree)
    infos = [ChainletInfo(chainlet, compute_of(chainlet, source)) for chainlet in reader.chainlets()]
    diagnostics: list[Diagnostic] = []
    ran: set[str] = set()
    chainlet_checks = [(rule, severity) for rule, severity in plan.checks
                       if rule.code in CHAINLET_RULES or rule.code.startswith(ENGINE_RULES_PREFIX)]
    for info in infos:
        diagnostics += _lint_chainlet(info, path, source, settings, catalog, registered, chainlet_checks, ran,
                                      stat_cache)
    document = Document(text=text)
    chain_ctx = ChainContext(path, source, reader, infos, settings, document)
    from ..engine import _run

    for rule, severity in plan.chain_checks:
        diagnostics += _run(rule, chain_ctx, severity, ran)
    for info in infos:
        if info.result is None:
            info.result = ChainletResult(info.chainlet.name, info.chainlet.line, info.chainlet.column, None,
                                         "unknown")
    by_name = {info.chainlet.name: info.result for info in infos}
    for diagnostic in diagnostics:
        if diagnostic.chainlet in by_name and diagnostic.instance is None:
            diagnostic.instance = by_name[diagnostic.chainlet].instance
    ctx = Context(path, document, settings, catalog, registered.names, registered.schema_keywords,
                  stat_cache=stat_cache)
    diagnostics = _apply_suppressions(ctx, diagnostics, registered.rules, plan.audits, ran)
    result = FileResult(path=path, source=text, chainlets=[info.result for info in infos])
    result.instance_note = chain_note(result.chainlets)
    result.diagnostics = sorted(diagnostics, key=Diagnostic.sort_key)
    return result


def chain_note(chainlets: list[ChainletResult]) -> str:
    """`chain of 3 chainlets, ≈ $1,234/month` (the file's line in the human reports)."""
    from ..catalog import format_month

    if not chainlets:
        return "no chainlets found"
    count = f"{len(chainlets)} chainlet{'s' if len(chainlets) != 1 else ''}"
    priced = [c.instance.price_per_month_usd for c in chainlets if c.instance is not None]
    if len(priced) == len(chainlets):
        return f"chain of {count}, ≈ {format_month(sum(priced))}/month"
    if priced:
        return (f"chain of {count}, ≥ {format_month(sum(priced))}/month "
                f"({len(chainlets) - len(priced)} without a known instance)")
    return f"chain of {count}, no known instance"


def _unreadable(path: str, text: str, message: str, span: Span, settings: Settings | None) -> FileResult:
    from ..engine import registry
    from ..settings import Settings as _Settings

    rule = registry().by_code_or_name("python-syntax-error")
    diagnostics = []
    if rule is not None and (settings or _Settings()).is_enabled(rule):
        diagnostics.append(Diagnostic(rule.code, rule.name, (settings or _Settings()).severity_of(rule), message,
                                      span))
    return FileResult(path=path, source=text, diagnostics=diagnostics, instance_note="unknown: the file does not load",  # (fixes.py: a fix never breaks a file)
                      chainlets=[])


def _lint_chainlet(info: ChainletInfo, path: str, source: Source, settings: Settings, catalog: Any,
                   registered: Any, checks: list, ran: set[str], stat_cache: Any) -> list[Diagnostic]:
    from ..engine import Context, _run

    chainlet, compute = info.chainlet, info.compute
    result = ChainletResult(chainlet.name, chainlet.line, chainlet.column)
    info.result = result
    if chainlet.kind == "truss":  # deployed with its truss_dir's config.yaml as it is
        _lint_truss_dir(info, path, settings, stat_cache)
        return []  # truss-chainlet-config reports what is wrong with it
    found: list[Diagnostic] = []
    if compute.rejected:
        rule = next((r for r, _ in checks if r.code == INVALID_VALUE), None)  # None: not selected
        if rule is not None:
            severity = settings.severity_of(rule)
            ran.add(rule.code)
            for rejection in compute.rejected:
                node = rejection.argument.node or chainlet.compute_node or chainlet.node
                found.append(Diagnostic(rule.code, rule.name, severity, rejection.message, source.span(node),
                                        ("resources",), help=rejection.help, fix=rejection.fix,
                                        chainlet=chainlet.name))
        first = compute.rejected[0].argument.name
        result.instance_note = f"unknown: Truss rejects `{first}`, so `truss chains push` fails"
        checks = [(rule, severity) for rule, severity in checks if rule.code in SCHEMA_RULES]
    if compute.config is None:
        result.instance_note = f"unknown: {compute.unknown}"
        return found
    document = load("\n".join(_yaml(compute.config)) + "\n")
    ctx = Context(path, document, settings, catalog, registered.names, registered.schema_keywords,
                  stat_cache=stat_cache)
    # `truss chains push` does not raise an engine builder's memory to 10Gi as `truss push` does.
    ctx.__dict__["request"] = request_from_config({"resources": compute.config["resources"]})
    info.context = ctx
    for rule, severity in checks:
        for diagnostic in _run(rule, ctx, severity, ran):
            if rule.code in SCHEMA_RULES and diagnostic.key_path[:1] == ("model_cache",):
                continue  # only the repository is written out (for its size), not the whole ModelRepo
            found.append(_carried_back(diagnostic, document, compute, chainlet, source))
    if compute.rejected:
        return found
    result.instance = ctx.instance
    if ctx.resolution is None:
        result.instance_note = "unknown: the compute is invalid (see the findings)"
    elif ctx.resolution.instance is None:
        result.instance_note = f"none: {ctx.resolution.reason}"
    return found


def _carried_back(diagnostic: Diagnostic, document: Document, compute: Compute, chainlet: Chainlet,
                  source: Source) -> Diagnostic:
    """A finding on the equivalent config, placed at the Python that wrote the value."""
    path = diagnostic.key_path
    node = None
    for length in range(len(path), -1, -1):
        node = compute.origins.get(tuple(path[:length]))
        if node is not None:
            break
    diagnostic.span = source.name_span(chainlet.node) if node is None or node is chainlet.node else source.span(node)
    diagnostic.chainlet = chainlet.name
    diagnostic.message = _chain_wording(diagnostic.message)
    if diagnostic.help:
        diagnostic.help = _chain_wording(diagnostic.help)
    diagnostic.fix = _fix_carried_back(diagnostic.fix, document, compute, source)
    return diagnostic


def _fix_carried_back(fix: Fix | None, document: Document, compute: Compute, source: Source) -> Fix | None:
    """An edit inside a string value of the equivalent config, made to the string literal that
    wrote it; None when the value is not written as such a literal at the call."""
    if fix is None:
        return None
    edits = []
    for start, end, text in fix.edits:
        carried = None
        for path, node in compute.origins.items():
            entry = document.entries.get(path)
            if entry is None or not _plain_literal(node, source):
                continue
            inner_start, inner_end = entry.value_start + 1, entry.value_end - 1  # inside the quotes
            if document.get(*path) == node.value and inner_start <= start <= end <= inner_end:
                python_start = source.offsets(node)[0] + 1
                carried = (python_start + start - inner_start, python_start + end - inner_start, text)
                break
        if carried is None:
            return None
        edits.append(carried)
    return Fix(edits, _chain_wording(fix.description), fix.safe)


_WORDING = (
    ("`resources.memory`", "`Compute(memory=...)`"), ("`resources.cpu`", "`Compute(cpu_count=...)`"),
    ("`resources.accelerator`", "`Compute(gpu=...)`"), ("`resources.instance_type`", "`Compute(instance_type=...)`"),
    ("config.yaml", "the generated config"), ("`truss push`", "`truss chains push`"),
)


def _chain_wording(text: str) -> str:
    """Config-file phrasing of the shared rules, in Compute's terms where it names a key."""
    import re

    for old, new in _WORDING:
        text = text.replace(old, new)
    text = re.sub(r"`memory: ([^`]+)`", r'`memory="\1"`', text)
    text = re.sub(r'`cpu: "?([0-9.]+)"?`', r"`cpu_count=\1`", text)
    text = re.sub(r"`accelerator: ([A-Z0-9_]+):([0-9]+)`", r'`gpu="\1", gpu_count=\2`', text)
    text = re.sub(r"`accelerator: ([A-Z0-9_]+)`", r'`gpu="\1"`', text)
    return text


def _lint_truss_dir(info: ChainletInfo, path: str, settings: Settings, stat_cache: Any) -> None:
    from ..engine import lint_bytes
    from ..file_linting import ReadError, read_config

    result = info.result
    config_path = truss_dir_config(info.chainlet, path)
    if config_path is None:
        truss_dir = info.chainlet.truss_dir
        result.instance_note = ("unknown: no `truss_dir`" if truss_dir is None or not truss_dir.written
                                else f"unknown: `truss_dir`: {truss_dir.reason or 'not a string'}")
        return
    try:
        raw = read_config(config_path)
    except ReadError:
        result.instance_note = f"unknown: no config.yaml in `truss_dir` ({os.path.dirname(config_path)})"
        return
    info.truss_config = lint_bytes(raw, config_path, settings, stat_cache)
    result.instance = info.truss_config.instance
    if result.instance is None:
        result.instance_note = f"{info.truss_config.instance_note or 'unknown'} (in {config_path})"


def truss_dir_config(chainlet: Chainlet, path: str) -> str | None:
    """The config.yaml a TrussChainlet's literal `truss_dir` names (relative to the chain file)."""
    truss_dir = chainlet.truss_dir
    if truss_dir is None or truss_dir.reason is not None or not isinstance(truss_dir.value, str):
        return None
    directory = os.path.join(os.path.dirname(path) or ".", truss_dir.value)
    return os.path.join(directory, "config.yaml")
