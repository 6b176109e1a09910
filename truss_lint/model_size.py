"""How big is the model a config loads? An offline estimate, with how it was derived.

Two kinds of evidence, best first:

1. Local weights inside the truss directory (its `data_dir`, its `model_module_dir`, a
   `trt_llm` checkpoint with `source: LOCAL`): `.safetensors` files are sized exactly from their
   headers alone (8-byte little-endian length + a JSON header giving each tensor's dtype, shape and
   byte offsets), never from their tensor data; a sharded checkpoint's
   `*.safetensors.index.json` gives `metadata.total_size`. Other weight files (`.bin`, `.pt`,
   `.pth`, `.ckpt`, `.gguf`, `.onnx`) count by file size.
2. References to remote weights (`model_cache[*].repo_id`, `weights[*].source`,
   `external_data[*].url`, `trt_llm.build.checkpoint_repository.repo`, and `model_metadata.repo_id`
   as a last hint): sized from `data/model_sizes.yaml` (well-known families with parameter
   counts and sources) or from a size token in the name (`70B`, `1.5B`, `8x7B`), times the bytes
   per parameter of the storage type: `trt_llm.build.quantization_type`, else a token in the
   name (AWQ, GPTQ, FP8, INT4, 4bit, ...), else the family's published dtype, else bf16 (2 bytes).

Nothing is downloaded. Every estimate carries its method and derivation so a message can say
"≈131 GiB (70.6B parameters from the table × 2 bytes bf16)" and claim no more precision than it has.
"""

from __future__ import annotations

import fnmatch
import json
import math
import os
import re
import struct
from functools import lru_cache

from .speed.memo import remember
from .speed.stat_cache import NO_CACHE, StatCache
from ._struct import Struct

TYPE_CHECKING = False  # `typing` costs start-up time and is needed only by type checkers
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from .diagnostics import KeyPath

GIB = 2**30

# Bounds that keep the reader cheap on any input: a real safetensors header is a few MB at most
# (one JSON entry per tensor); a truss directory with more files than this is not a model dir.
MAX_HEADER_BYTES = 100 * 2**20
MAX_INDEX_BYTES = 50 * 2**20
MAX_FILES_WALKED = 20_000
SAFETENSORS_LENGTH_BYTES = 8

SIZED_BY_FILE_SIZE = (".bin", ".pt", ".pth", ".ckpt", ".gguf", ".onnx")
# Training leftovers that sit beside weights and are never loaded for inference.
# Regexes are given as strings and compiled on first use (re caches them): most configs name no
# model and hold no weights, and compiling at import cost every run about 2 ms.
_NOT_WEIGHTS = r"(?i)(optimizer|scheduler|rng_state|training_args|trainer_state)"
_SKIPPED_DIRS = {"__pycache__", "node_modules", "site-packages", ".git", ".venv", "venv"}

# Bits per element of each safetensors dtype.
SAFETENSORS_DTYPE_BITS = {
    "F64": 64, "F32": 32, "F16": 16, "BF16": 16, "I64": 64, "I32": 32, "I16": 16, "I8": 8,
    "U64": 64, "U32": 32, "U16": 16, "U8": 8, "BOOL": 8, "F8_E4M3": 8, "F8_E5M2": 8,
    "F8_E8M0": 8, "E8M0": 8, "F6_E2M3": 6, "F6_E3M2": 6, "F4": 4,
}
_FLOAT_DTYPES = {"F64", "F32", "F16", "BF16", "F8_E4M3", "F8_E5M2", "F6_E2M3", "F6_E3M2", "F4"}

# How a size was found, best evidence first.
METHOD_HEADER = "safetensors header"
METHOD_INDEX = "safetensors index"
METHOD_FILE_SIZE = "file size"
METHOD_TABLE = "table entry"
METHOD_NAME = "name token"

# MoE names like `8x7B` overstate the total: experts share attention and embeddings. Mixtral
# 8x7B has 46.7B parameters (0.83 × 56B) and 8x22B 141B (0.80 × 176B).
MOE_SHARED_FACTOR = 0.8

# TensorRT-LLM `quantization_type` → storage type of the weights (keys of `dtypes` in the data file).
TRT_LLM_WEIGHT_DTYPE = {
    "weights_int8": "int8", "weights_kv_int8": "int8", "smooth_quant": "int8",
    "weights_int4": "int4", "weights_int4_kv_int8": "int4",
    "fp8": "fp8", "fp8_kv": "fp8", "fp8_mlp_only": "fp8_mlp_only",
    "fp4": "fp4", "fp4_kv": "fp4", "fp4_mlp_only": "fp4_mlp_only",
}
TRT_LLM_KV_8BIT = {"fp8_kv", "weights_kv_int8", "weights_int4_kv_int8", "fp4_kv"}

# Quantization tokens in a repository name, checked in this order (int8 GPTQ before plain GPTQ).
_NAME_DTYPES = (
    ("mxfp4", r"(^|[-_.])mxfp4($|[-_.])"),
    ("fp4", r"(^|[-_.])(nv)?fp4($|[-_.])"),
    ("int8", r"(^|[-_.])(int8|8bit|8-bit|w8a8|w8a16)($|[-_.])"),
    ("fp8", r"(^|[-_.])fp8($|[-_.])"),
    ("awq", r"(^|[-_.])awq($|[-_.])"),
    ("gptq", r"(^|[-_.])gptq($|[-_.])"),
    ("int4", r"(^|[-_.])(int4|4bit|4-bit|w4a16|nf4|bnb-4bit)($|[-_.])"),
)
_MOE_TOKEN = r"(?<![a-z0-9.])(\d+)x(\d+(?:\.\d+)?)([bm])(?![a-z0-9])"
_SIZE_TOKEN = r"(?<![a-z0-9.])(\d+(?:\.\d+)?)([bmt])(?![a-z0-9])"
_TOKEN_SCALE = {"m": 1e6, "b": 1e9, "t": 1e12}
# Samples of the files a weights download holds, to tell whether allow/ignore patterns keep any.
_WEIGHT_FILE_SAMPLES = (
    "model.safetensors", "model-00001-of-00004.safetensors", "pytorch_model.bin",
    "unet/diffusion_pytorch_model.safetensors", "transformer/diffusion_pytorch_model.safetensors",
    "consolidated.safetensors", "original/consolidated.00.pth", "model.gguf", "model.onnx",
)


class WeightFileError(Exception):
    """A weight file truss-lint cannot size (not a safetensors file, truncated, absurd header)."""


class ModelShape(Struct):
    """What the KV cache of a decoder depends on."""

    __slots__ = ("layers", "kv_heads", "head_dim")

    def __init__(self, layers: int, kv_heads: int, head_dim: int) -> None:
        self.layers = layers
        self.kv_heads = kv_heads
        self.head_dim = head_dim

    def kv_cache_bytes(self, tokens: int, bytes_per_value: float = 2) -> float:
        """`2 (K and V) · layers · kv_heads · head_dim · bytes · tokens`: exact to the MiB on an H200."""
        return 2 * self.layers * self.kv_heads * self.head_dim * bytes_per_value * tokens


class DType(Struct):
    __slots__ = ("key", "bytes", "label")

    def __init__(self, key: str, bytes: float, label: str) -> None:
        self.key = key
        self.bytes = bytes
        self.label = label


class WeightEstimate(Struct):
    """The size of one thing a config loads, and how it was found."""

    __slots__ = ("label", "bytes", "method", "derivation", "exact", "key_path", "parameters", "shape",
                 "kv_bytes_per_value")

    def __init__(self, label: str, bytes: float, method: str, derivation: str, exact: bool = False,
                 key_path: KeyPath = (), parameters: float | None = None, shape: ModelShape | None = None,
                 kv_bytes_per_value: float = 2) -> None:
        self.label = label  # the repository, URL or local directory it stands for
        self.bytes = bytes
        self.method = method  # one of the METHOD_* constants
        self.derivation = derivation  # "70.6B parameters from the table (Llama 3.x 70B) × 2 bytes bf16 (default)"
        self.exact = exact
        self.key_path = key_path
        self.parameters = parameters
        self.shape = shape
        self.kv_bytes_per_value = kv_bytes_per_value

    @property
    def gib(self) -> float:
        return self.bytes / GIB

    def describe(self) -> str:
        return f"{self.label}: {self.derivation}"


class ModelSize(Struct):
    """Everything a config loads that could be sized, plus what could not."""

    __slots__ = ("parts", "unknown", "others", "problems")

    def __init__(self, parts: list[WeightEstimate] | None = None, unknown: list[str] | None = None,
                 others: list[WeightEstimate] | None = None, problems: list[str] | None = None) -> None:
        self.parts = [] if parts is None else parts
        self.unknown = [] if unknown is None else unknown  # references that name no size
        # Other referenced models, not counted: a config that caches several (a benchmark, a model
        # and its refiner) may load them one at a time, so only the largest counts for sure.
        self.others = [] if others is None else others
        self.problems = [] if problems is None else problems  # local files that could not be read

    @property
    def bytes(self) -> float:
        return sum(p.bytes for p in self.parts)

    @property
    def gib(self) -> float:
        return self.bytes / GIB

    @property
    def exact(self) -> bool:
        return bool(self.parts) and all(p.exact for p in self.parts)

    @property
    def shape(self) -> ModelShape | None:
        """The KV-cache shape when one model dominates (≥ 90% of the bytes) and its shape is known."""
        if not self.parts:
            return None
        main = max(self.parts, key=lambda p: p.bytes)
        return main.shape if main.shape and main.bytes >= 0.9 * self.bytes else None

    @property
    def kv_bytes_per_value(self) -> float:
        return max(self.parts, key=lambda p: p.bytes).kv_bytes_per_value if self.parts else 2

    @property
    def key_path(self) -> KeyPath:
        referenced = [p for p in self.parts if p.key_path]
        return max(referenced, key=lambda p: p.bytes).key_path if referenced else ()

    def amount(self) -> str:
        """`14.96 GiB` when exact, `≈131 GiB` when estimated; `at least` when parts are unknown."""
        significant = min((_significant(p) for p in self.parts), default=3)
        text = format_gib(self.bytes, exact=self.exact, significant=significant)
        return f"at least {text}" if self.unknown else text

    def describe(self) -> str:
        """`≈131 GiB (meta-llama/Llama-3.1-70B: 70.6B parameters from the table × 2 bytes bf16)`."""
        if not self.parts:
            detail = "nothing sized"
        elif len(self.parts) == 1:
            detail = self.parts[0].describe()
        else:
            detail = "; ".join(f"{format_gib(p.bytes, exact=p.exact, significant=_significant(p))} "
                               f"{p.describe()}" for p in self.parts)
        if self.others:
            together = format_gib(sum(o.bytes for o in self.others), significant=2)
            names = ", ".join(o.label for o in self.others)
            detail += f"; not counted, in case they load one at a time: {names} ({together} more)"
        if self.unknown:
            detail += f"; not sized: {', '.join(self.unknown)}"
        return f"{self.amount()} ({detail})"


def _significant(part: WeightEstimate) -> int:
    return 2 if part.method == METHOD_NAME else 3


def format_gib(value_bytes: float, *, exact: bool = False, significant: int = 3) -> str:
    """Exact sizes to 0.01 GiB; estimates with `≈` to `significant` figures."""
    gib = value_bytes / GIB
    if exact:
        return f"{gib:.2f} GiB"
    if gib <= 0:
        return "≈0 GiB"
    digits = max(significant - 1 - math.floor(math.log10(gib)), 0)
    rounded = round(gib, digits)
    return f"≈{rounded:.{digits}f} GiB"


def format_parameters(count: float) -> str:
    """70553706496 → `70.6B`, 809e6 → `809M`, 1.03e12 → `1.03T`."""
    for scale, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if count >= scale:
            value = count / scale
            return f"{value:.3g}{suffix}"
    return f"{count:.0f}"


# ---------------------------------------------------------------------------------------------
# Reference data

class Family(Struct):
    __slots__ = ("name", "match", "parameters", "source", "dtype", "shape", "note", "max_position_embeddings",
                 "attention_bias", "sliding_window", "min_position_embeddings", "max_position_match",
                 "windowed_variants", "_pattern", "_literal")

    def __init__(self, name: str, match: str, parameters: float, source: str, dtype: str | None = None,
                 shape: ModelShape | None = None, note: str | None = None,
                 max_position_embeddings: int | None = None, attention_bias: bool | None = None,
                 sliding_window: int | None = None, min_position_embeddings: int | None = None,
                 max_position_match: str | None = None, windowed_variants: bool = False) -> None:
        self.name = name
        self.match = match  # regular expression, searched case-insensitively in the repository name
        self.parameters = parameters
        self.source = source
        self.dtype = dtype
        self.shape = shape
        self.note = note
        self.max_position_embeddings = max_position_embeddings  # the largest of the checkpoints it matches
        self.attention_bias = attention_bias  # q/k/v projections with a bias (Qwen2/Qwen2.5)
        self.sliding_window = sliding_window  # tokens a layer attends to, when windowed
        self.min_position_embeddings = min_position_embeddings  # the smallest, when its checkpoints differ
        self.max_position_match = max_position_match  # names that declare max_position_embeddings itself
        self.windowed_variants = windowed_variants  # some checkpoints it matches slide under another name
        self._pattern: re.Pattern | None = None
        self._literal = required_literal(match).lower()

    def matches(self, lowered: str, ascii_only: bool) -> bool:
        """Whether the pattern is found in `lowered` (a lowercased name; `ascii_only`: the name
        is ASCII). The pattern is compiled only once the name holds the text every match must
        contain: compiling all 68 took ~5 ms of every run. (For ASCII, comparing lower() is
        exactly what IGNORECASE does.)"""
        if self._literal and ascii_only and self._literal not in lowered:
            return False
        if self._pattern is None:
            self._pattern = re.compile(self.match, re.IGNORECASE)
        return self._pattern.search(lowered) is not None

    def least_context(self, name: str) -> int | None:
        """The context a checkpoint called `name` (a repository name this family matches) declares,
        at least: `max_position_embeddings` when the family's checkpoints agree or `name` is one of
        those that declare it, else the smallest of them. None when unknown or when checkpoints of
        the family may slide (their KV cache stops growing at the window)."""
        if self.max_position_embeddings is None or self.windowed_variants or self.sliding_window is not None:
            return None
        if self.min_position_embeddings is None or (
                self.max_position_match and re.search(self.max_position_match, name, re.IGNORECASE)):
            return self.max_position_embeddings
        return self.min_position_embeddings


def required_literal(pattern: str) -> str:
    """The longest run of plain characters every match of `pattern` contains: a run written
    outside groups and classes, in a pattern with no top-level `|`. Empty when there is none.
    A character followed by a quantifier is not part of a run (it may be absent or repeated)."""
    runs: list[str] = []
    run = ""
    depth = 0
    index = 0
    while index < len(pattern):
        char = pattern[index]
        literal = None
        if char == "\\":
            escaped = pattern[index + 1:index + 2]
            literal = escaped if escaped and not escaped.isalnum() else None
            step = 2
        else:
            step = 1
            if char == "[":  # a class: skip to its end
                end = pattern.find("]", index + 2)
                step = (end - index + 1) if end != -1 else len(pattern) - index
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
            elif char == "|" and depth == 0:
                return ""
            elif char.isascii() and (char.isalnum() or char in "-_ /:@,'\"=<>!%&~`"):
                literal = char
        if literal is not None and depth == 0 and pattern[index + step:index + step + 1] not in ("?", "*", "+", "{"):
            run += literal
        else:
            runs.append(run)
            run = ""
        index += step
    runs.append(run)
    return max(runs, key=len)


class SizeTable(Struct):
    __slots__ = ("as_of", "dtypes", "families", "extended_context_match", "_found", "_sized")

    def __init__(self, as_of: str, dtypes: dict[str, DType], families: tuple[Family, ...],
                 extended_context_match: str | None = None) -> None:
        self.as_of = as_of
        self.dtypes = dtypes
        self.families = families
        # Names of checkpoints whose context differs from their family's (`-1M`, `yarn`).
        self.extended_context_match = extended_context_match
        self._found: dict[str, Family | None] = {}  # repository name → family (a bounded memo)
        self._sized: dict[tuple, tuple | None] = {}  # see sizing

    def extends_context(self, repo_name: str) -> bool:
        """Whether a checkpoint's name says it extends its family's context (`-1M`, `yarn`)."""
        return bool(self.extended_context_match and re.search(self.extended_context_match, repo_name))

    def family(self, repo_name: str) -> Family | None:
        # Remembered per name: a tree of configs names the same few models again and again, and
        # trying 68 families took most of a model-size estimate.
        if repo_name in self._found:
            return self._found[repo_name]
        name, ascii_only = repo_name.lower(), repo_name.isascii()
        found = next((f for f in self.families if f.matches(name, ascii_only)), None)
        return remember(self._found, repo_name, found)

    def sizing(self, ref: Reference) -> tuple | None:
        """`_size_of_reference`, remembered per name and quantization: a tree of configs names the
        same few models."""
        key = (ref.name, ref.quantization)
        if key in self._sized:
            return self._sized[key]
        return remember(self._sized, key, _size_of_reference(ref, self))


@lru_cache(maxsize=None)
def size_table() -> SizeTable:
    from ._data import data_json

    data = data_json("model_sizes.json")  # model_sizes.yaml, compiled (scripts/compile_data.py)
    dtypes = {key: DType(key, float(row["bytes"]), row["label"]) for key, row in data["dtypes"].items()}
    families = tuple(
        Family(
            name=row["name"],
            match=row["match"],
            parameters=float(row["parameters"]),
            source=row["source"],
            dtype=row.get("dtype"),
            shape=ModelShape(**row["shape"]) if row.get("shape") else None,
            note=row.get("note"),
            max_position_embeddings=row.get("max_position_embeddings"),
            attention_bias=row.get("attention_bias"),
            sliding_window=row.get("sliding_window"),
            min_position_embeddings=row.get("min_position_embeddings"),
            max_position_match=row.get("max_position_match"),
            windowed_variants=bool(row.get("windowed_variants", False)),
        )
        for row in data["families"]
    )
    return SizeTable(str(data["as_of"]), dtypes, families, data.get("extended_context_match"))


# ---------------------------------------------------------------------------------------------
# Local weight files

class SafetensorsHeader(Struct):
    __slots__ = ("data_bytes", "parameters", "bytes_by_dtype")

    def __init__(self, data_bytes: int, parameters: int, bytes_by_dtype: dict[str, int]) -> None:
        self.data_bytes = data_bytes  # size of the tensor data region the header describes
        self.parameters = parameters
        self.bytes_by_dtype = bytes_by_dtype

    @property
    def main_dtype(self) -> str:
        return max(self.bytes_by_dtype, key=self.bytes_by_dtype.get) if self.bytes_by_dtype else "?"


def read_safetensors_header(path: str | os.PathLike) -> SafetensorsHeader:
    """Size a `.safetensors` file from its header alone; the tensor data is never read."""
    with open(path, "rb") as handle:
        prefix = handle.read(SAFETENSORS_LENGTH_BYTES)
        if len(prefix) < SAFETENSORS_LENGTH_BYTES:
            raise WeightFileError("shorter than the 8-byte header length")
        (header_length,) = struct.unpack("<Q", prefix)
        if header_length > MAX_HEADER_BYTES:
            raise WeightFileError(f"header length {header_length:,} bytes is absurd (limit "
                                  f"{MAX_HEADER_BYTES // 2**20} MiB); not a safetensors file?")
        file_size = os.fstat(handle.fileno()).st_size
        if SAFETENSORS_LENGTH_BYTES + header_length > file_size:
            raise WeightFileError(f"header of {header_length:,} bytes runs past the end of the file")
        raw = handle.read(header_length)
    try:
        header = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        raise WeightFileError("the header is not JSON; not a safetensors file?") from None
    if not isinstance(header, dict):
        raise WeightFileError("the header is not a JSON object")
    parameters, data_end = 0, 0
    bytes_by_dtype: dict[str, int] = {}
    for name, tensor in header.items():
        if name == "__metadata__":
            continue
        if not isinstance(tensor, dict):
            raise WeightFileError(f"tensor `{name}` has no dtype/shape/data_offsets")
        dtype, shape, offsets = tensor.get("dtype"), tensor.get("shape"), tensor.get("data_offsets")
        if (not isinstance(shape, list) or not all(isinstance(d, int) and d >= 0 for d in shape)
                or not isinstance(offsets, list) or len(offsets) != 2
                or not all(isinstance(o, int) and o >= 0 for o in offsets) or offsets[1] < offsets[0]):
            raise WeightFileError(f"tensor `{name}` has a malformed shape or data_offsets")
        count = math.prod(shape)
        size = offsets[1] - offsets[0]
        bits = SAFETENSORS_DTYPE_BITS.get(str(dtype))
        if bits is not None and (count * bits + 7) // 8 != size:
            raise WeightFileError(f"tensor `{name}`: {dtype} {shape} is {(count * bits + 7) // 8:,} bytes, "
                                  f"but its data_offsets span {size:,}")
        parameters += count
        bytes_by_dtype[str(dtype)] = bytes_by_dtype.get(str(dtype), 0) + size
        data_end = max(data_end, offsets[1])
    available = file_size - SAFETENSORS_LENGTH_BYTES - header_length
    if data_end > available:
        raise WeightFileError(f"truncated: the header describes {data_end:,} bytes of tensors, "
                              f"the file holds {available:,}")
    return SafetensorsHeader(data_end, parameters, bytes_by_dtype)


def _read_index(path: Path) -> tuple[set[str], int | None]:
    """The shard file names and `metadata.total_size` of a `*.safetensors.index.json`."""
    if path.stat().st_size > MAX_INDEX_BYTES:
        raise WeightFileError("index file is implausibly large")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise WeightFileError("not valid JSON") from None
    weight_map = data.get("weight_map") if isinstance(data, dict) else None
    if not isinstance(weight_map, dict):
        raise WeightFileError("no `weight_map`")
    shards = {str(v) for v in weight_map.values()}
    metadata = data.get("metadata")
    total = metadata.get("total_size") if isinstance(metadata, dict) else None
    total = total if isinstance(total, int) and not isinstance(total, bool) and total >= 0 else None
    return shards, total


def truss_directory(config_path: str | None, stat_cache: StatCache = NO_CACHE) -> Path | None:
    """The directory of a config read from disk; None for standard input."""
    directory = _truss_directory(config_path, stat_cache)
    if directory is None:
        return None
    from pathlib import Path

    return Path(directory)


def _truss_directory(config_path: str | None, stat_cache: StatCache) -> str | None:
    # os.path, not pathlib: importing pathlib costs ~6 ms, and most truss directories hold no weights.
    if not config_path or config_path in ("-", "<stdin>"):
        return None
    return os.path.dirname(config_path) if stat_cache.is_file(config_path) else None


def _inside(root: Path, candidate: Path) -> bool:
    try:
        candidate.resolve().relative_to(root.resolve())
    except (OSError, ValueError):
        return False
    return True


def _local_roots(truss_dir: str, config: dict) -> list[tuple[str, KeyPath]]:
    roots: list[tuple[str, KeyPath]] = []
    for key, default in (("data_dir", "data"), ("model_module_dir", "model")):
        value = config.get(key, default)
        if isinstance(value, str) and value:
            roots.append((os.path.join(truss_dir, value), (key,) if key in config else ()))
    checkpoint = _get(config, "trt_llm", "build", "checkpoint_repository")
    if isinstance(checkpoint, dict) and checkpoint.get("source") == "LOCAL" and isinstance(checkpoint.get("repo"), str):
        roots.append((os.path.join(truss_dir, checkpoint["repo"]),
                      ("trt_llm", "build", "checkpoint_repository", "repo")))
    return roots


def local_weights(truss_dir: str | Path, config: dict,
                  stat_cache: StatCache = NO_CACHE) -> tuple[list[WeightEstimate], list[str]]:
    """Weights stored in the truss directory, and the files that could not be read."""
    parts: list[WeightEstimate] = []
    problems: list[str] = []
    # The cheap test first, without pathlib: most roots are absent.
    roots = [(root, key_path) for root, key_path in _local_roots(os.fspath(truss_dir), config)
             if stat_cache.exists(root)]
    if not roots:
        return parts, problems
    from pathlib import Path

    truss_dir = Path(truss_dir)
    seen: set[Path] = set()
    budget = [MAX_FILES_WALKED]
    for root_name, key_path in roots:
        root = Path(root_name)
        if not _inside(truss_dir, root):
            continue
        real = root.resolve()
        if real in seen:
            continue
        seen.add(real)
        files = [root] if root.is_file() else [Path(name) for name in _walk(root, budget, problems)]
        parts.extend(_size_files(truss_dir, root, files, key_path, problems))
    return parts, problems


def _walk(root: Path, budget: list[int], problems: list[str]):
    for directory, dirs, names in os.walk(root):  # symlinked directories are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in _SKIPPED_DIRS)
        for name in sorted(names):
            budget[0] -= 1
            if budget[0] < 0:
                problems.append(f"stopped after {MAX_FILES_WALKED:,} files under {root}")
                return
            yield os.path.join(directory, name)


def _size_files(truss_dir: Path, root: Path, files: list[Path], key_path: KeyPath,
                problems: list[str]) -> list[WeightEstimate]:
    by_dir: dict[Path, list[Path]] = {}
    for path in files:
        if _inside(truss_dir, path) and path.is_file() and not re.search(_NOT_WEIGHTS, path.name):
            by_dir.setdefault(path.parent, []).append(path)

    header_files = header_params = header_bytes = 0
    header_dtypes: dict[str, int] = {}
    index_bytes, index_files = 0, 0
    other_bytes, other_suffixes, other_files = 0, set(), 0
    for directory, paths in by_dir.items():
        tensors = [p for p in paths if p.name.endswith(".safetensors")]
        consumed: set[str] = set()
        for index in (p for p in paths if p.name.endswith(".safetensors.index.json")):
            try:
                shards, total = _read_index(index)
            except (OSError, WeightFileError) as error:
                problems.append(f"{_rel(truss_dir, index)}: {error}")
                continue
            present = {p.name for p in tensors}
            if total is not None and not shards <= present:
                index_bytes += total  # shards not all here: the index still knows the total
                index_files += 1
                consumed |= shards
        for path in tensors:
            if path.name in consumed:
                continue
            try:
                header = read_safetensors_header(path)
            except (OSError, WeightFileError) as error:
                problems.append(f"{_rel(truss_dir, path)}: {error}")
                continue
            header_files += 1
            header_params += header.parameters
            header_bytes += header.data_bytes
            for dtype, size in header.bytes_by_dtype.items():
                header_dtypes[dtype] = header_dtypes.get(dtype, 0) + size
        if tensors:
            continue  # a loader prefers safetensors: .bin/.pt twins in the same folder are not loaded
        for path in paths:
            if path.suffix.lower() in SIZED_BY_FILE_SIZE:
                try:
                    other_bytes += path.stat().st_size
                except OSError as error:
                    problems.append(f"{_rel(truss_dir, path)}: {error.strerror or error}")
                    continue
                other_suffixes.add(path.suffix.lower())
                other_files += 1

    where = _rel(truss_dir, root) + ("/" if root.is_dir() else "")
    parts = []
    if header_files:
        dtype = max(header_dtypes, key=header_dtypes.get) if header_dtypes else "?"
        kind = "parameters" if dtype in _FLOAT_DTYPES else "tensor elements"
        parts.append(WeightEstimate(
            where, header_bytes, METHOD_HEADER,
            f"safetensors headers of {_count(header_files, 'file')}: {format_parameters(header_params)} "
            f"{kind}, mostly {dtype}", exact=True, key_path=key_path, parameters=header_params))
    if index_files:
        parts.append(WeightEstimate(
            where, index_bytes, METHOD_INDEX,
            f"`metadata.total_size` of {_count(index_files, 'safetensors index', 'safetensors indexes')}",
            exact=True, key_path=key_path))
    if other_files:
        parts.append(WeightEstimate(
            where, other_bytes, METHOD_FILE_SIZE,
            f"file size of {_count(other_files, 'file')} ({', '.join(sorted(other_suffixes))}); "
            "the size in memory depends on the dtype they are loaded in", key_path=key_path))
    return parts


def _rel(truss_dir: Path, path: Path) -> str:
    try:
        return path.relative_to(truss_dir).as_posix()
    except ValueError:
        return path.as_posix()


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


# ---------------------------------------------------------------------------------------------
# Referenced weights

class Reference(Struct):
    __slots__ = ("name", "key_path", "quantization")

    def __init__(self, name: str, key_path: KeyPath, quantization: str | None = None) -> None:
        self.name = name  # `owner/repo` or a URL / bucket path
        self.key_path = key_path
        self.quantization = quantization  # trt_llm quantization_type


def _get(value: Any, *path: str) -> Any:
    for part in path:
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def _fetches_weights(entry: dict) -> bool:
    """False when `allow_patterns`/`ignore_patterns` keep no weight file (a tokenizer-only download)."""
    allow, ignore = entry.get("allow_patterns"), entry.get("ignore_patterns")
    allow = [p for p in allow if isinstance(p, str)] if isinstance(allow, list) else None
    ignore = [p for p in ignore if isinstance(p, str)] if isinstance(ignore, list) else []
    return any((allow is None or _matches_any(name, allow)) and not _matches_any(name, ignore)
               for name in _WEIGHT_FILE_SAMPLES)


def _matches_any(name: str, patterns: list[str]) -> bool:
    """Hugging Face's pattern matching: fnmatch on the path; a trailing `/` means the folder."""
    return any(fnmatch.fnmatch(name, p + "*" if p.endswith("/") else p) for p in patterns)


def references(config: dict) -> list[Reference]:
    """Every remote model the config downloads, in config order, without repeats."""
    found: list[Reference] = []
    trt_quant = _get(config, "trt_llm", "build", "quantization_type")
    # A quantization_type Truss does not know (`int4`, `FP8`, 16), or a `trt_llm.build` that is not a
    # mapping, leaves the engine's storage type unknown: sizing it as bf16 would add a made-up error
    # beside the real one.
    trt_llm = config.get("trt_llm")
    unknown_quant = trt_llm is not None and (
        not isinstance(trt_llm, dict) or not isinstance(trt_llm.get("build"), dict)
        or (trt_quant is not None and not (isinstance(trt_quant, str) and (
            trt_quant in TRT_LLM_WEIGHT_DTYPE or trt_quant == "no_quant"))))
    trt_quant = trt_quant if isinstance(trt_quant, str) else None
    for key in ("model_cache", "hf_cache"):
        entries = config.get(key)
        for i, entry in enumerate(entries if isinstance(entries, list) else []):
            if isinstance(entry, dict) and isinstance(entry.get("repo_id"), str) and _fetches_weights(entry):
                found.append(Reference(entry["repo_id"], (key, i, "repo_id")))
    entries = config.get("weights")
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        if isinstance(entry, dict) and isinstance(entry.get("source"), str) and _fetches_weights(entry):
            found.append(Reference(entry["source"], ("weights", i, "source")))
    entries = config.get("external_data")
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        url = entry.get("url") if isinstance(entry, dict) else None
        if isinstance(url, str) and url.lower().split("?")[0].endswith(SIZED_BY_FILE_SIZE + (".safetensors",)):
            found.append(Reference(url, ("external_data", i, "url")))
    checkpoint = _get(config, "trt_llm", "build", "checkpoint_repository")
    if (isinstance(checkpoint, dict) and isinstance(checkpoint.get("repo"), str) and checkpoint.get("source") != "LOCAL"
            and not unknown_quant):
        found.append(Reference(checkpoint["repo"], ("trt_llm", "build", "checkpoint_repository", "repo"), trt_quant))
    if not found and not unknown_quant:  # a hint only: prefer a truss's engine over the repo it was built from
        for key in ("engine_repository", "repo_id"):
            hint = _get(config, "model_metadata", key)
            if isinstance(hint, str) and hint.strip():
                found.append(Reference(hint, ("model_metadata", key), trt_quant))
                break
    unique: dict[str, Reference] = {}
    for ref in found:
        unique.setdefault(repo_key(ref.name), ref)
    return list(unique.values())


def repo_key(name: str) -> str:
    """`hf://Org/Name@rev` and `Org/Name` are the same repository."""
    name = name.strip()
    if name.lower().startswith("hf://"):
        name = name[5:]
    return name.split("@", 1)[0].rstrip("/").lower()


def repo_name(name: str) -> str:
    """The part that names the model: after the owner, or the last segment of a URL/bucket path."""
    key = repo_key(name).split("?", 1)[0]
    return key.rsplit("/", 1)[-1]


def parse_size_token(name: str) -> tuple[float, str] | None:
    """Parameters from a size token in a name, and how: `8x7B` → (44.8e9, "8x7B …"), `1.5B` → (1.5e9, "1.5B")."""
    lowered = name.lower()
    moe = re.search(_MOE_TOKEN, lowered)
    if moe:
        experts, size, unit = int(moe.group(1)), float(moe.group(2)), moe.group(3)
        total = experts * size * _TOKEN_SCALE[unit] * MOE_SHARED_FACTOR
        token = moe.group(0).replace("x", "×").upper()
        how = f"{token} in the name × {MOE_SHARED_FACTOR:g} (experts share attention) ≈ {format_parameters(total)}"
        return total, how
    tokens = [(float(m.group(1)) * _TOKEN_SCALE[m.group(2)], m.group(0)) for m in re.finditer(_SIZE_TOKEN, lowered)]
    tokens = [t for t in tokens if t[0] >= 1e6]
    if not tokens:
        return None
    count, token = max(tokens)
    return count, f"{token.upper()} in the name"


def dtype_for(ref: Reference, family: Family | None, table: SizeTable) -> tuple[DType, str]:
    """The storage type of a referenced model's weights and why."""
    if ref.quantization and ref.quantization in TRT_LLM_WEIGHT_DTYPE:
        return table.dtypes[TRT_LLM_WEIGHT_DTYPE[ref.quantization]], f"quantization_type {ref.quantization}"
    name = repo_name(ref.name)
    for key, pattern in _NAME_DTYPES:
        if re.search(pattern, name):
            return table.dtypes[key], "from the name"
    if family and family.dtype:
        return table.dtypes[family.dtype], "as published"
    return table.dtypes["bf16"], "default"


def size_reference(ref: Reference, table: SizeTable | None = None) -> WeightEstimate | None:
    """The estimated size of a referenced model, or None when nothing says how big it is."""
    sized = (table or size_table()).sizing(ref)
    if sized is None:
        return None
    size, method, derivation, parameters, shape, kv_bytes = sized
    return WeightEstimate(ref.name.strip(), size, method, derivation, key_path=ref.key_path,
                          parameters=parameters, shape=shape, kv_bytes_per_value=kv_bytes)


def _size_of_reference(ref: Reference, table: SizeTable) -> tuple | None:
    name = repo_name(ref.name)
    if "gguf" in name:
        return None  # a GGUF repo holds many quantizations; which file loads is not in the config
    family = table.family(name)
    if family:
        parameters = family.parameters
        how = f"{format_parameters(parameters)} parameters (table: {family.name})"
        method, shape = METHOD_TABLE, family.shape
    else:
        parsed = parse_size_token(name)
        if parsed is None:
            return None
        parameters, how = parsed
        method, shape = METHOD_NAME, None
    dtype, why = dtype_for(ref, family, table)
    kv_bytes = 1 if ref.quantization in TRT_LLM_KV_8BIT else 2
    unit = "byte" if dtype.bytes == 1 else "bytes"
    derivation = f"{how} × {dtype.bytes:g} {unit} {dtype.label} ({why})"
    return parameters * dtype.bytes, method, derivation, parameters, shape, kv_bytes


# ---------------------------------------------------------------------------------------------

def estimate_model_size(config: Any, config_path: str | None = None,
                        stat_cache: StatCache = NO_CACHE) -> ModelSize:
    """All weights a config loads: local files in its truss directory plus referenced models."""
    size = ModelSize()
    if not isinstance(config, dict):
        return size
    truss_dir = _truss_directory(config_path, stat_cache)
    if truss_dir is not None:
        parts, problems = local_weights(truss_dir, config, stat_cache)
        size.parts.extend(parts)
        size.problems.extend(problems)
    refs = list(references(config))
    table = size_table() if refs else None  # loaded only when a model is named
    sized = []
    for ref in refs:
        estimate = size_reference(ref, table)
        if estimate is None:
            size.unknown.append(ref.name.strip())
        else:
            sized.append(estimate)
    sized.sort(key=lambda e: -e.bytes)
    size.parts.extend(sized[:1])
    size.others.extend(sized[1:])
    return size
