"""Generate ``schemas/truss-config.schema.json`` from Truss's own pydantic models.

Maintainer script -- NOT part of the package and never imported by it.
Truss is not a dependency of truss-lint; run this inside a scratch virtualenv
that has exactly the Truss version the schema describes::

    python -m venv /tmp/truss-venv && /tmp/truss-venv/bin/pip install truss==0.18.36
    /tmp/truss-venv/bin/python scripts/generate_schema.py            # writes the file
    /tmp/truss-venv/bin/python scripts/generate_schema.py --check    # exit 1 if stale

How it works
------------
1. Walk ``truss.base.truss_config.TrussConfig`` and every nested model through
   pydantic's ``model_fields`` (not ``model_json_schema()``, whose output is
   ``additionalProperties: true`` everywhere and lacks Truss's validators).
   Every field becomes a property; types are mapped with pydantic *lax-mode*
   coercion in mind (an ``int`` field also takes ``"2"``; see ``$defs/Int``).
   ``custom_types.ConfigModel`` subclasses are closed
   (``additionalProperties: false``) because ``truss push`` runs
   ``validate_forbid_extra``; plain ``pydantic.BaseModel`` sub-objects ignore
   extras and stay open.
2. Apply the hand-tuned overrides in ``OVERRIDES`` / ``_post_process``: the
   ``resources`` rules, field validators Truss implements in Python (cpu/memory
   formats, accelerator strings, model_cache v2 rules, TRT-LLM checks, ...),
   mutual exclusions, deprecated keys and removed keys.
3. Write deterministic, pretty-printed JSON (indent 2, keys in model order).

Conventions (read by truss-lint's validator; all valid 2020-12 annotations):
``x-rule`` (rule name a failure of that subschema maps to), ``x-stricter``
(one-sentence reason wherever we reject something Truss 0.18.36 accepts),
``x-hint`` (short fixed hint), ``x-truss`` (Truss's own message for a failure
of that subschema, ``{value}`` or ``{key}`` standing for the value; on an anyOf it
makes the union one condition, reported as such), ``x-discriminator``
(``{propertyName, mapping: {tag: $ref}, default?, missing?, unknown?}``: the
branch of the anyOf whose errors are reported, as pydantic's discriminated union
picks it), ``x-unchecked-keys`` (on a $def: Truss never checks unknown keys
below it, with the reason; they go to the ignored-key rule). Only this keyword subset is used: $schema $id
$defs $ref title description default examples deprecated type enum const
pattern minLength maxLength minimum maximum exclusiveMinimum exclusiveMaximum
properties additionalProperties patternProperties required items minItems
maxItems uniqueItems anyOf oneOf allOf not propertyNames.

Note on ``integer``: truss-lint's validator treats a YAML int as ``integer``;
a Python float with zero fraction (``2.0``) is a ``number`` only, and a bool is
never ``integer``/``number``. The reference ``jsonschema`` library counts
``2.0`` as an integer, so tests avoid relying on that difference.
"""

from __future__ import annotations

import argparse
import enum
import json
import sys
import typing
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parents[1] / "schemas" / "truss-config.schema.json"
TRUSS_VERSION = "0.18.36"

ACCELERATORS = [
    "B10", "T4", "L4", "A10G", "V100", "A100", "A100_40GB", "H100", "H200",
    "H100_40GB", "B200", "L40S", "RTX_PRO_6000", "B300", "GB300",
]
ACCEL_ALT = "|".join(sorted(ACCELERATORS, key=lambda s: (-len(s), s)))

# Regexes below are valid in both Python ``re`` and ECMA-262.
INT_STRING = r"^\s*[+-]?[0-9]+\s*$"
NUMBER_STRING = r"^\s*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?\s*$"
BOOL_STRING = (
    r"^([tT][rR][uU][eE]|[fF][aA][lL][sS][eE]|[yY][eE][sS]|[nN][oO]"
    r"|[oO][nN]|[oO][fF][fF]|[tTfFyYnN]|0|1)$"
)
# cpu: non-negative decimal (optionally exponent, surrounding blanks) or <decimal>m.
CPU_PATTERN = (
    r"^(\s*\+?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?\s*"
    r"|([0-9]+(\.[0-9]*)?|\.[0-9]+)m)$"
)
# memory: plain non-negative float-like number (bytes) or <decimal><unit>.
MEMORY_PATTERN = (
    r"^(\s*\+?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?\s*"
    r"|([0-9]+(\.[0-9]*)?|\.[0-9]+)(k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))$"
)
ACCEL_STRING = r"^\s*(" + ACCEL_ALT + r")(:0*[1-9][0-9]*)?\s*$"


def build_defs() -> dict[str, dict]:
    """Hand-written shared definitions (lax scalars and the resources family)."""
    return {
        "Int": {
            "description": "An integer. Like Truss (pydantic lax mode) a quoted integer such as \"2\" is accepted.",
            "anyOf": [
                {"type": "integer"},
                {
                    "type": "string",
                    "pattern": INT_STRING,
                    "x-stricter": "Only plain integer strings are accepted; Truss also takes forms like \"1_000\" or \"2.0\", which are easy to misread.",
                },
            ],
            "x-stricter": "Booleans and fractional-zero floats (2.0) are not accepted as integers; write a plain integer.",
        },
        "Number": {
            "description": "A number. Like Truss a quoted number such as \"0.5\" is accepted.",
            "anyOf": [
                {"type": "number"},
                {
                    "type": "string",
                    "pattern": NUMBER_STRING,
                    "x-stricter": "Strings like \"nan\", \"inf\" or \"1_0\" are rejected; they parse in Python but are never meaningful here.",
                },
            ],
            "x-stricter": "Booleans are not accepted as numbers; write a number.",
        },
        "Bool": {
            "description": "A boolean. Like Truss the quoted words true/false/yes/no/on/off/t/f/y/n/1/0 (any case) are accepted.",
            "anyOf": [
                {"type": "boolean"},
                {"type": "string", "pattern": BOOL_STRING},
            ],
            "x-stricter": "The integers 0 and 1 are not accepted as booleans; write true or false.",
        },
        "PythonVersion": {
            "description": "Python version of the serving image.",
            "type": "string",
            "enum": ["py39", "py310", "py311", "py312", "py313", "py314"],
            "x-hint": "Use one of py310, py311, py312, py313, py314 (py39 is deprecated).",
        },
        "Cpu": {
            "description": "CPU request as a YAML string: cores (\"4\", \"1.5\") or millicores (\"500m\"). Default \"1\".",
            "type": "string",
            "pattern": CPU_PATTERN,
            "minLength": 1,
            "examples": ["1", "500m", "4"],
            "x-hint": "Quote it: cpu: \"4\" or cpu: \"500m\".",
            "x-stricter": "Negative numbers, nan/inf, a bare \"m\" and Python-only spellings like \"1_000\" pass Truss but the Baseten server cannot parse or use them.",
        },
        "Memory": {
            "description": "Memory request as a YAML string: a number with a unit (k M G T P E Ki Mi Gi Ti Pi Ei, case-sensitive) or a plain number of bytes. Default \"2Gi\".",
            "type": "string",
            "pattern": MEMORY_PATTERN,
            "examples": ["2Gi", "512Mi", "16Gi"],
            "x-hint": "Quote it and use a Kubernetes unit: memory: \"16Gi\".",
            "x-stricter": "A unit without a number (\"Gi\"), malformed numbers (\"1.2.3Gi\"), negative numbers, nan/inf and spellings like \"1_000\" pass Truss's load but cannot be converted to bytes by Truss or the server.",
        },
        "AcceleratorName": {
            "description": "GPU type understood by Truss 0.18.36 (case-sensitive).",
            "type": "string",
            "enum": list(ACCELERATORS),
        },
        "AcceleratorString": {
            "description": "GPU type with an optional count: TYPE or TYPE:N (N a positive integer).",
            "type": "string",
            "pattern": ACCEL_STRING,
            "examples": ["A10G", "H100:8", "L4:2"],
            "x-hint": "Write TYPE or TYPE:N, e.g. H100:2; TYPE is one of " + ", ".join(ACCELERATORS) + ".",
            "x-stricter": "A string with more than one ':' (\"A10G:2:3\") is accepted by Truss but silently requests only one GPU.",
        },
        "AcceleratorSpec": {
            "description": "Mapping form of the accelerator: {accelerator: TYPE, count: N}. Extra keys are dropped by Truss.",
            "type": "object",
            "properties": {
                "accelerator": {
                    "description": "GPU type; null (or missing) means no GPU.",
                    "anyOf": [{"$ref": "#/$defs/AcceleratorName"}, {"type": "null"}],
                },
                "count": {
                    "description": "Number of GPUs (default 1).",
                    "default": 1,
                    "anyOf": [
                        {"type": "integer", "minimum": 1},
                        {"type": "string", "pattern": r"^\s*\+?0*[1-9][0-9]*\s*$"},
                    ],
                    "x-stricter": "count 0 is accepted by Truss but yields use_gpu true with no GPU type, which no instance matches; booleans and floats are not counts.",
                },
            },
            "additionalProperties": True,
        },
        "Accelerator": {
            "description": "GPU request: TYPE, TYPE:N, a mapping {accelerator, count}, or null for no GPU.",
            "anyOf": [
                {"type": "null"},
                {"$ref": "#/$defs/AcceleratorString"},
                {"$ref": "#/$defs/AcceleratorSpec"},
            ],
            "examples": ["A100", "T4:2", "H100:8"],
        },
        "NodeCount": {
            "description": "Number of nodes for multi-node deployments (strict integer >= 1, or null for 1).",
            "anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}],
            "x-hint": "Write an unquoted integer such as node_count: 2.",
        },
        "InstanceType": {
            "description": "Full Baseten SKU name (e.g. \"L4:4x16\"). When set, cpu, memory and accelerator are ignored for instance selection.",
            "type": ["string", "null"],
            "examples": ["L4:4x16"],
        },
        "Fabric": {
            "description": "Network fabric requirements for this deployment.",
            "type": "object",
            "properties": {
                "use_rdma": {
                    "description": "Whether to use RDMA with any supported fabric.",
                    "anyOf": [{"$ref": "#/$defs/Bool"}, {"type": "null"}],
                },
                "preferences": {
                    "description": "Exhaustive list of acceptable network fabrics, in preference order. An empty list requires no fabric.",
                    "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}],
                    "examples": [["infiniband"]],
                },
            },
            "additionalProperties": False,
        },
        "Resources": {
            "description": "Compute resources that your model needs, including CPU, memory, and GPU resources.",
            "type": "object",
            "properties": {
                "cpu": {"$ref": "#/$defs/Cpu", "default": "1"},
                "memory": {"$ref": "#/$defs/Memory", "default": "2Gi"},
                "accelerator": {"$ref": "#/$defs/Accelerator", "default": None},
                "use_gpu": {
                    "description": "Ignored by Truss since 0.9.77: recomputed as 'an accelerator is set'. Any value is accepted.",
                    "deprecated": True,
                    "x-hint": "Remove use_gpu; set accelerator to request a GPU.",
                },
                "instance_type": {"$ref": "#/$defs/InstanceType", "default": None},
                "node_count": {"$ref": "#/$defs/NodeCount", "default": None},
                "fabric": {
                    "description": "Network fabric requirements (Truss >= 0.18.24), or null.",
                    "anyOf": [{"$ref": "#/$defs/Fabric"}, {"type": "null"}],
                    "default": None,
                },
            },
            "additionalProperties": False,
            "propertyNames": {"type": "string"},
        },
    }


# --------------------------------------------------------------------------
# Generic pydantic -> schema walk
# --------------------------------------------------------------------------


class Walker:
    def __init__(self) -> None:
        import pydantic
        from truss.base import custom_types, truss_config

        self.pydantic = pydantic
        self.ConfigModel = custom_types.ConfigModel
        self.tc = truss_config
        self.defs: dict[str, dict] = {}
        # Classes rendered by hand in build_defs().
        self.manual = {
            truss_config.Resources: "Resources",
            truss_config.AcceleratorSpec: "Accelerator",
            truss_config.FabricRequirement: "Fabric",
        }

    def def_name(self, cls: type) -> str:
        names = {
            "TrussConfig": None,
            "ModelRepo": "ModelRepo",
            "WeightsSource": "Weight",
            "TRTLLMConfigurationV1": "TrtLlmV1",
            "TRTLLMConfigurationV2": "TrtLlmV2",
            "TrussTRTLLMBuildConfiguration": "TrtLlmBuild",
            "TrussTRTLLMRuntimeConfiguration": "TrtLlmRuntimeV1",
            "TRTLLMRuntimeConfigurationV2": "TrtLlmRuntimeV2",
            "TrussTRTLLMPluginConfiguration": "TrtLlmPluginConfiguration",
            "TrussTRTQuantizationConfiguration": "TrtLlmQuantizationConfig",
            "TrussSpeculatorConfiguration": "TrtLlmSpeculator",
            "TrussTRTLLMLoraConfiguration": "TrtLlmLoraConfiguration",
            "CheckpointRepository": "CheckpointRepository",
            "VersionsOverrides": "TrtLlmVersionOverrides",
            "BISLLM": "BisLlm",
            "BDNConfig": "Bdn",
            "CheckpointList": "TrainingCheckpoints",
            "ExternalDataItem": "ExternalDataItem",
        }
        return names.get(cls.__name__, cls.__name__)

    def model(self, cls: type) -> dict:
        """Return a $ref to the def for ``cls``, creating it on first use."""
        if cls in self.manual:
            return {"$ref": f"#/$defs/{self.manual[cls]}"}
        name = self.def_name(cls)
        if name not in self.defs:
            self.defs[name] = {}  # placeholder breaks recursion
            self.defs[name] = self.object_schema(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object_schema(self, cls: type) -> dict:
        doc = (cls.__doc__ or "").strip().split("\n\n")[0].replace("\n", " ")
        props: dict[str, dict] = {}
        required: list[str] = []
        for fname, fi in cls.model_fields.items():
            sub = self.field(fi.annotation, list(fi.metadata))
            prop: dict[str, Any] = {}
            prop["description"] = fi.description or describe(cls.__name__, fname)
            if fi.is_required():
                required.append(fname)
            else:
                dflt = default_of(fi)
                if dflt is not NO_DEFAULT:
                    prop["default"] = dflt
            if fi.examples:
                prop["examples"] = json_safe(fi.examples)
            prop.update(sub)
            props[fname] = prop
        out: dict[str, Any] = {"type": "object"}
        if doc:
            out["description"] = doc
        out["properties"] = props
        if required:
            out["required"] = required
        if issubclass(cls, self.ConfigModel):
            out["additionalProperties"] = False
            out["x-rule"] = "unknown-key"
        return out

    def field(self, ann: Any, metadata: list) -> dict:
        pyd = self.pydantic
        if isinstance(ann, (typing.ForwardRef, str)):
            from truss.base import trt_llm_config

            src = ann.__forward_arg__ if isinstance(ann, typing.ForwardRef) else ann
            ann = eval(src, vars(trt_llm_config))  # noqa: S307 - trusted source
        origin = typing.get_origin(ann)
        args = typing.get_args(ann)
        if origin is typing.Annotated:
            extra = []
            for a in args[1:]:
                if isinstance(a, pyd.fields.FieldInfo):
                    extra.extend(a.metadata)
                else:
                    extra.append(a)
            return self.field(args[0], metadata + extra)
        if origin is typing.Union:
            non_none = [a for a in args if a is not type(None)]
            subs = [self.field(a, metadata) for a in non_none]
            if type(None) in args:
                if len(subs) == 1 and set(subs[0]) == {"type"} and isinstance(subs[0]["type"], str):
                    return {"type": [subs[0]["type"], "null"]}
                subs.append({"type": "null"})
            return subs[0] if len(subs) == 1 else {"anyOf": subs}
        if origin is typing.Literal:
            vals = [a.value if isinstance(a, enum.Enum) else a for a in args]
            return {"const": vals[0]} if len(vals) == 1 else {"enum": vals}
        if origin in (list, typing.List):
            return {"type": "array", "items": self.field(args[0], [])} | constraints(metadata, "array")
        if origin in (dict, typing.Dict) or (origin is not None and origin.__name__ in ("Mapping", "MutableMapping")):
            vs = self.field(args[1], []) if args else {}
            out: dict[str, Any] = {"type": "object", "propertyNames": {"type": "string"}}
            if vs:
                out["additionalProperties"] = vs
            return out
        if ann is Any or ann is dict:
            return {"type": "object"} if ann is dict else {}
        if ann is list:
            return {"type": "array"}
        if isinstance(ann, type) and issubclass(ann, enum.Enum):
            return {"type": "string", "enum": [m.value for m in ann]}
        if isinstance(ann, type) and issubclass(ann, pyd.RootModel):
            root = ann.model_fields["root"]
            return self.field(root.annotation, list(root.metadata))
        if isinstance(ann, type) and issubclass(ann, pyd.BaseModel):
            return self.model(ann)
        strict = any(getattr(m, "strict", None) for m in metadata)
        if ann is bool:
            return {"type": "boolean"} if strict else {"$ref": "#/$defs/Bool"}
        if ann is int:
            c = constraints(metadata, "number")
            if strict or c:
                return {"type": "integer"} | c
            return {"$ref": "#/$defs/Int"}
        if ann is float:
            c = constraints(metadata, "number")
            if strict or c:
                return {"type": "number"} | c
            return {"$ref": "#/$defs/Number"}
        if ann is str:
            return {"type": "string"} | constraints(metadata, "string")
        raise TypeError(f"unmapped annotation {ann!r}")


NO_DEFAULT = object()


def json_safe(v: Any) -> Any:
    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, (list, tuple)):
        return [json_safe(x) for x in v]
    if isinstance(v, dict):
        return {str(k): json_safe(x) for k, x in v.items()}
    if hasattr(v, "model_dump"):
        return v.model_dump(mode="json")
    return v


def default_of(fi: Any) -> Any:
    try:
        v = fi.get_default(call_default_factory=True)
    except Exception:
        return NO_DEFAULT
    v = json_safe(v)
    try:
        json.dumps(v)
    except TypeError:
        return NO_DEFAULT
    return v


def constraints(metadata: list, kind: str) -> dict:
    out: dict[str, Any] = {}
    for m in metadata:
        for attr, key in (("ge", "minimum"), ("le", "maximum"), ("gt", "exclusiveMinimum"), ("lt", "exclusiveMaximum")):
            if getattr(m, attr, None) is not None and kind == "number":
                out[key] = getattr(m, attr)
        if getattr(m, "min_length", None) is not None:
            out["minItems" if kind == "array" else "minLength"] = m.min_length
        if getattr(m, "max_length", None) is not None:
            out["maxItems" if kind == "array" else "maxLength"] = m.max_length
        if getattr(m, "pattern", None):
            out["pattern"] = m.pattern
    return out


# Descriptions for fields Truss leaves undocumented.
DESCRIPTIONS = {
    "TrussConfig.input_type": "Legacy field, unused.",
    "TrussConfig.model_framework": "Legacy field, unused.",
    "TrussConfig.model_type": "Legacy field, unused.",
    "TrussConfig.model_class_filename": "File (inside model_module_dir) that defines the model class.",
    "TrussConfig.use_local_src": "Internal: use the local Truss source when building.",
    "TrussConfig.cache_internal": "Internal list of repositories cached into the image.",
    "TrussConfig.spec_version": "Truss config spec version. Must be a YAML string (quote \"2.0\").",
    "Build.model_server": "Server backend that the image is built for.",
    "Build.arguments": "Free-form build arguments for the model server.",
    "Build.no_cache": "Not allowed in config.yaml; use the --no-cache CLI flag.",
    "AutoscalingMetric.name": "Metric name.",
    "AutoscalingMetric.target": "Target value for the metric.",
    "HTTPOptions.kind": "Transport kind.",
    "WebsocketOptions.kind": "Transport kind.",
    "WebsocketOptions.ping_interval_seconds": "Interval between websocket pings, in seconds.",
    "WebsocketOptions.ping_timeout_seconds": "Timeout for a websocket ping reply, in seconds.",
    "GRPCOptions.kind": "Transport kind.",
    "DockerAuthSettings.auth_method": "How to authenticate to the registry.",
    "DockerAuthSettings.registry": "Registry host, e.g. us-docker.pkg.dev.",
    "DockerAuthSettings.secret_name": "Baseten secret holding the registry credentials.",
    "DockerAuthSettings.aws_access_key_id_secret_name": "Baseten secret holding the AWS access key id (AWS_IAM).",
    "DockerAuthSettings.aws_secret_access_key_secret_name": "Baseten secret holding the AWS secret access key (AWS_IAM).",
    "TrainingArtifactReference.training_job_id": "The training job id that the artifact reference belongs to.",
}


def describe(cls: str, field: str) -> str:
    key = f"{cls}.{field}"
    if key in DESCRIPTIONS:
        return DESCRIPTIONS[key]
    words = field.replace("_", " ")
    if cls.startswith(("Truss", "TRTLLM")) or cls in ("CheckpointRepository", "VersionsOverrides"):
        return f"TRT-LLM setting: {words}."
    return f"{words.capitalize()}."


# --------------------------------------------------------------------------
# Hand-tuned post-processing
# --------------------------------------------------------------------------


def _set(d: dict, path: str, **kv: Any) -> None:
    node = d
    for p in path.split("/"):
        node = node[p]
    node.update(kv)


def post_process(schema: dict) -> None:
    defs = schema["$defs"]
    top = schema["properties"]

    # ---- top level --------------------------------------------------------
    top["python_version"] = {
        "description": top["python_version"]["description"],
        "default": "py313",
        "$ref": "#/$defs/PythonVersion",
    }
    top["resources"] = {
        "description": "Compute resources that your model needs, including CPU, memory, and GPU resources.",
        "$ref": "#/$defs/Resources",
    }
    top["spec_version"].update(
        {"x-hint": "Quote it: spec_version: \"2.0\"."}
    )
    top["environment_variables"]["additionalProperties"] = {
        # null is not refused either, but `FOO:` with the value forgotten becomes FOO="None" (truthy): warned.
        "type": ["string", "number", "boolean"],
        "description": "The variable's value: a string (numbers and booleans are converted to one).",
        "x-rule": "coerced-value",
        "x-stricter": "Truss does not reject a list, mapping or null here: TrussConfig.from_dict turns it into its Python text with str() (null becomes \"None\"), and the model sees that string.",
        "x-hint": "Write the string you mean: \"\" for an empty value, \"a,b\" (or a JSON string) for a list; a secret's name goes under `secrets:` (Baseten mounts it at /secrets/NAME).",
    }
    top["environment_variables"]["description"] += (
        " Non-string scalars are converted to strings (booleans to \"true\"/\"false\"; null to \"None\")."
    )
    top["secrets"]["additionalProperties"] = {"type": ["string", "null"]}
    top["model_cache"].update({"deprecated": True, "x-hint": "Use `weights` instead."})
    top["external_data"]["deprecated"] = True
    top["hf_cache"] = {
        "description": "Deprecated alias of model_cache (renamed on load when model_cache is absent).",
        "deprecated": True,
        "anyOf": [{"type": "array", "items": {"$ref": "#/$defs/ModelRepo"}}, {"type": "null"}],
        "x-hint": "Rename hf_cache to weights (or model_cache).",
    }
    top["model_metadata"]["properties"] = {
        "example_model_input": {
            "description": "Sample input that populates the Baseten playground.",
            "examples": [{"prompt": "What is the meaning of life?"}],
        }
    }
    top["cache_internal"] = {
        "description": DESCRIPTIONS["TrussConfig.cache_internal"],
        "default": [],
        "anyOf": [{"type": "array", "items": {"$ref": "#/$defs/ModelRepoCacheInternal"}}, {"type": "null"}],
    }
    for name in ("requirements_file", "requirements", "model_cache", "weights"):
        top[name].setdefault("x-rule", "requirements-conflict" if name.startswith("req") else "weights-conflict")
    nonempty = {"type": "array", "minItems": 1}
    schema["allOf"] = [
        {
            "description": "`requirements` and `requirements_file` cannot both be set.",
            "x-rule": "requirements-conflict",
            "x-hint": "Keep either requirements or requirements_file, not both.",
            "not": {
                "required": ["requirements", "requirements_file"],
                "properties": {
                    "requirements": nonempty,
                    "requirements_file": {"type": "string", "minLength": 1},
                },
            },
        },
        {
            "description": "`model_cache` (or its alias `hf_cache`) and `weights` cannot both be set.",
            "x-rule": "weights-conflict",
            "x-hint": "Move the model_cache entries to weights.",
            "not": {
                "anyOf": [
                    {"required": ["model_cache", "weights"], "properties": {"model_cache": nonempty, "weights": nonempty}},
                    {"required": ["hf_cache", "weights"], "properties": {"hf_cache": nonempty, "weights": nonempty}},
                ]
            },
        },
        {
            "description": "`hf_cache` is only renamed when `model_cache` is absent; with both, push rejects hf_cache as an unknown key.",
            "x-rule": "weights-conflict",
            "x-hint": "Remove hf_cache.",
            "not": {"required": ["hf_cache", "model_cache"]},
        },
    ]

    for prop in defs["Resources"]["properties"].values():
        if "$ref" in prop and "description" not in prop:
            prop["description"] = defs[prop["$ref"].rsplit("/", 1)[1]]["description"]

    # ---- runtime ----------------------------------------------------------
    rt = defs["Runtime"]["properties"]
    rt["is_websocket_endpoint"]["deprecated"] = True
    rt["is_websocket_endpoint"]["x-hint"] = "Use runtime.transport.kind: websocket."
    rt["num_workers"] = {
        "description": "Removed: only one worker per server is allowed since Truss 0.9.49 (any value but 1 fails the load, 1 fails the push; rule runtime-num-workers reports it).",
        "deprecated": True,
    }
    rt["transport"] = {
        "description": rt["transport"]["description"],
        "default": {"kind": "http"},
    }
    rt["transport"]["anyOf"] = [
        {"type": "object", "properties": {}, "additionalProperties": False,
         "description": "An empty mapping means http."},
        {"$ref": "#/$defs/HTTPOptions"},
        {"$ref": "#/$defs/WebsocketOptions"},
        {"$ref": "#/$defs/GRPCOptions"},
    ]
    # pydantic's `Field(discriminator="kind")`: `kind` alone picks the branch.
    rt["transport"]["x-discriminator"] = {
        "propertyName": "kind",
        "mapping": {"http": "#/$defs/HTTPOptions", "websocket": "#/$defs/WebsocketOptions", "grpc": "#/$defs/GRPCOptions"},
        "missing": "Unable to extract tag using discriminator 'kind'",
        "unknown": "Input tag '{value}' found using 'kind' does not match any of the expected tags: 'http', 'websocket', 'grpc'",
    }
    for n in ("HTTPOptions", "WebsocketOptions", "GRPCOptions"):
        defs[n]["required"] = ["kind"]
        defs[n]["description"] = f"{n[:-7].upper() if n != 'WebsocketOptions' else 'Websocket'} transport options (extra keys are ignored by Truss)."
    rt["truss_server_version_override"]["pattern"] = r"^\s*v?[0-9]+(\.[0-9]+)*([._-]?(a|b|rc|alpha|beta|c|pre|preview|post|rev|r|dev)[._-]?[0-9]*)*(\+[A-Za-z0-9.]+)?\s*$"
    rt["truss_server_version_override"]["x-stricter"] = "Approximates PEP 440: a few exotic version spellings Truss parses may be rejected."
    eg = defs["EgressRestrictions"]["properties"]
    eg["fqdn_allow_list"]["anyOf"][0]["items"] = {
        "type": "string",
        "pattern": r"^[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?(\.[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?)*$",
    }
    eg["ip_allow_list"]["anyOf"][0]["items"] = {
        "type": "string",
        "pattern": r"^([0-9]{1,3}\.){3}[0-9]{1,3}(/[0-9]{1,2})?$",
        "description": "IPv4 address or CIDR range.",
    }

    # ---- build ------------------------------------------------------------
    b = defs["Build"]["properties"]
    b["no_cache"] = {  # true in config.yaml: rule build-no-cache
        "description": DESCRIPTIONS["Build.no_cache"],
        "default": False,
        "$ref": "#/$defs/Bool",
    }
    b["secret_to_path_mapping"]["propertyNames"] = {
        "description": "A Baseten secret name: Kubernetes object naming (letters, digits, - . _), or DOCKER_REGISTRY_*.",
        "type": "string",
        "maxLength": 253,
        "x-truss": "Secret name `{value}` must be shorter than 253.",
        # In an allOf, so the length's `x-truss` above does not make the anyOf one condition.
        "allOf": [{"anyOf": [
            {
                "pattern": r"^[-._a-zA-Z0-9]+$",
                "not": {"description": "`.` and `..` are not secret names.", "enum": [".", ".."],
                        "x-truss": "Secret name `{value}` cannot be `{value}`."},
                "x-truss": "Secrets used in builds must follow Kubernetes object naming conventions. Name `{value}` "
                           "is not valid. Please comply with the regex `^[-._a-zA-Z0-9]+$` and do not start with "
                           "`DOCKER_REGISTRY_`.",
            },
            {"pattern": r"^DOCKER_REGISTRY_[\s\S]*$"},
        ]}],
    }

    # ---- docker_server / base_image ---------------------------------------
    # start_command unless no_build, run_as_user_id not 0/60000, remote_ssh: rule docker-server-settings.
    bi = defs["BaseImage"]["properties"]
    bi["python_executable_path"]["pattern"] = r"^(/[\s\S]*)?$"
    bi["python_executable_path"]["x-hint"] = "Provide an absolute path such as /usr/bin/python3."
    bi["python_executable_path"]["x-truss"] = "Invalid relative python executable path {value}. Provide an absolute path"
    da = defs["DockerAuthSettings"]["properties"]
    da["auth_method"] = {
        "description": DESCRIPTIONS["DockerAuthSettings.auth_method"] + " Case-insensitive.",
        "type": "string",
        "pattern": case_insensitive_enum(["GCP_SERVICE_ACCOUNT_JSON", "AWS_IAM", "AWS_OIDC", "GCP_OIDC", "REGISTRY_SECRET", "AWS_ASSUME_ROLE"]),
    }
    defs["WeightsAuth"]["properties"]["auth_method"].pop("enum")
    defs["WeightsAuth"]["properties"]["auth_method"]["pattern"] = case_insensitive_enum(["CUSTOM_SECRET", "AWS_OIDC", "GCP_OIDC", "AWS_ASSUME_ROLE"])
    defs["WeightsAuth"]["properties"]["auth_method"]["description"] += " Case-insensitive."

    # ---- model_cache ------------------------------------------------------
    mr = defs["ModelRepo"]
    mr["description"] = "A repository to bundle into the image (model_cache entry)."
    mr["properties"]["revision"]["anyOf"] = [{"maxLength": 0}, {"minLength": 2}]
    mr["properties"]["revision"]["x-hint"] = "revision must be empty or at least 2 characters."
    mr["properties"]["use_volume"]["x-hint"] = "Add use_volume: true (and volume_folder, revision) to each model_cache entry."
    # use_volume: true needs volume_folder (and a revision for Hugging Face): rule model-cache-volume.
    defs["ModelRepoCacheInternal"]["description"] = "Internal cache entry (like ModelRepo, use_volume optional)."

    # ---- weights ----------------------------------------------------------
    w = defs["Weight"]["properties"]
    # The scheme and URI form of `source`: rule weights-source; unique mount_location: duplicate-mount-path.
    w["mount_location"]["pattern"] = r"^/[\s\S]*$"
    w["mount_location"]["x-hint"] = "mount_location must be an absolute path."

    # ---- bdn --------------------------------------------------------------
    m = defs["BDNVolumeMount"]["properties"]
    m["source"]["pattern"] = r"^bdn:[^/:@]+/[^/:@]+(:[^/:@]+|@(b3:)?[0-9a-fA-F]{12,64})?$"
    m["source"]["not"] = {"description": "A BDN volume source must not contain `..`.", "pattern": r"^[\s\S]*\.\.[\s\S]*$"}
    m["path"]["pattern"] = r"^/[\s\S]*$"
    m["path"]["not"] = {
        "description": "A volume mount must not be the filesystem root or contain a `..` part.",
        "anyOf": [
            {"pattern": r"^/+$", "x-truss": "Volume mount must not be the filesystem root"},
            {"pattern": r"^([\s\S]*/)?\.\.(/[\s\S]*)?$", "x-truss": "Volume mount must not contain parent traversal: {value}"},
        ],
    }
    ac = defs["BDNAccess"]["properties"]
    ac["namespace"]["pattern"] = r"^[^/]{1,256}$"
    ac["namespace"]["not"] = {
        "description": "A BDN namespace must not contain `..`.",
        "pattern": r"^[\s\S]*\.\.[\s\S]*$",
        "x-truss": "Invalid BDN namespace: '{value}'",
    }
    ac["grants"]["uniqueItems"] = True
    ac["grants"]["x-truss"] = "BDN access grants must be unique within a namespace"

    # ---- training checkpoints ---------------------------------------------
    defs["TrainingCheckpoints"]["description"] = "Deploy from training checkpoints."
    # artifact_references and loops_checkpoint_ids together: rule training-checkpoints-conflict.

    # ---- TRT-LLM ----------------------------------------------------------
    trt_llm(defs, top)


def case_insensitive_enum(values: list[str]) -> str:
    def ci(s: str) -> str:
        return "".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in s)
    return "^(" + "|".join(ci(v) for v in values) + ")$"


def trt_llm(defs: dict, top: dict) -> None:
    top["trt_llm"] = {
        "description": top["trt_llm"]["description"],
        "default": None,
        "anyOf": [{"type": "null"}, {"$ref": "#/$defs/TrtLlm"}],
    }
    defs["TrtLlm"] = {
        "description": "TRT-LLM configuration: inference_stack v1 (default) or v2.",
        "anyOf": [{"$ref": "#/$defs/TrtLlmV1"}, {"$ref": "#/$defs/TrtLlmV2"}],
        # trt_llm_config.get_discriminator_value: inference_stack picks the model; missing or
        # empty, it is v1.
        "x-discriminator": {
            "propertyName": "inference_stack",
            "mapping": {"v1": "#/$defs/TrtLlmV1", "v2": "#/$defs/TrtLlmV2"},
            "default": "#/$defs/TrtLlmV1",
            "unknown": "'{value}' is not a valid InferenceStack",
        },
    }
    v1 = defs["TrtLlmV1"]
    v1["description"] = "TRT-LLM with inference_stack v1 (the default when inference_stack is missing)."
    v1["properties"]["inference_stack"] = {"description": "Inference stack; v1 when omitted.", "const": "v1", "default": "v1"}
    v1["properties"]["build"] = {
        "description": "Engine build settings (checkpoint_repository is required for v1).",
        "$ref": "#/$defs/TrtLlmBuild",
    }
    v2 = defs["TrtLlmV2"]
    v2["description"] = "TRT-LLM with inference_stack v2 (MoE and multi-node models)."
    v2["properties"]["inference_stack"] = {"description": "Inference stack.", "const": "v2"}
    v2["required"] = ["inference_stack", "build"]  # a missing runtime: rule trt-llm-stack-v2
    v2["properties"]["build"] = {
        "description": "Engine build settings; v2 only allows checkpoint_repository, quantization_type, quantization_config, skip_build_result, num_builder_gpus.",
        "$ref": "#/$defs/TrtLlmBuild",
    }
    rt2 = defs["TrtLlmRuntimeV2"]["properties"]
    rt2["patch_kwargs"].pop("additionalProperties")  # values: any JSON-like value (bool counts as int)
    rt2["patch_kwargs"]["description"] = "Preview: extra keyword arguments for the v2 runtime (free-form)."
    rt2["gated_features"] = dict(rt2["patch_kwargs"], description="Deprecated alias of patch_kwargs.", deprecated=True)
    bld = defs["TrtLlmBuild"]
    # TrussTRTLLMBuildConfiguration defines __init__, and pydantic validates a model with its own
    # __init__ without the validation context, so validate_forbid_extra's `forbid_extra` never
    # reaches build or anything inside it: an unknown key there is kept and shipped, never rejected.
    bld["x-unchecked-keys"] = "Truss does not check keys inside `trt_llm.build`"
    # palmyra/qwen/llama/mistral/deepseek (renamed to decoder) and whisper stay in Truss's enum:
    # rule renamed-trt-llm-model reports them.
    bld["properties"]["lora_adapters"]["anyOf"][0]["propertyNames"] = {"type": "string"}  # the name pattern: rule trt-llm-lora
    for k in ("lora_cache_max_adapter_size", "lora_cache_optimal_adapter_size", "lora_cache_gpu_memory_fraction", "lora_cache_host_memory_bytes"):
        bld["properties"][k] = {"description": f"Misplaced: {k} belongs under trt_llm.runtime (rule trt-llm-lora reports it)."}
    # TrtLlmPluginConfiguration: paged context FMHA without the paged KV cache: rule trt-llm-kv-cache.
    q = defs["TrtLlmQuantizationConfig"]["properties"]
    for k in ("calib_size", "calib_max_seq_length"):
        q[k] = {
            "description": q[k]["description"] + " Between 64 and 16384, a multiple of 64.",
            "default": q[k]["default"],
            "type": "integer",  # the range and the multiple of 64: rule trt-llm-calibration
            "x-stricter": "Quoted numbers are rejected here; write a plain integer.",
        }
    sp = defs["TrtLlmSpeculator"]
    # External draft (the default mode), missing lookahead sizes, num_draft_tokens limits:
    # rule trt-llm-speculative-decoding.
    for k in ("lookahead_windows_size", "lookahead_ngram_size", "lookahead_verification_set_size"):
        sp["properties"][k] = {"description": sp["properties"][k]["description"],
                               "anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]}
    cr = defs["CheckpointRepository"]
    cr["description"] = "Where the TRT-LLM checkpoint comes from."
    # A `source: HF` repo must be a valid Hugging Face id: rule trt-llm-checkpoint.
    vo = defs["TrtLlmVersionOverrides"]["properties"]
    for k in ("engine_builder_version", "briton_version", "bei_version", "bei_bert_version"):
        vo[k]["anyOf"] = [{"type": "null"}, {"type": "string"}]  # a leading digit: rule trt-llm-version-override
        vo[k].pop("type")


def build_schema() -> dict:
    from truss.base import truss_config

    w = Walker()
    root = w.object_schema(truss_config.TrussConfig)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://truss-lint.invalid/schemas/truss-config.schema.json",
        "title": f"Truss config.yaml (truss {TRUSS_VERSION}, as checked by truss push)",
        "description": (
            f"Schema for Truss {TRUSS_VERSION} config.yaml files, strict where truss push is strict. "
            "Generated by scripts/generate_schema.py from Truss's pydantic models plus hand-tuned overrides. "
            "x-stricter marks places where truss-lint rejects something Truss accepts."
        ),
        "type": "object",
        "properties": root["properties"],
        "additionalProperties": False,
        "propertyNames": {"type": "string"},
        "x-rule": "unknown-key",
        "x-hint": "truss push rejects unknown top-level keys (\"Extra fields not allowed\").",
    }
    defs = build_defs()
    defs.update(w.defs)
    schema["$defs"] = defs
    post_process(schema)
    _cleanup(schema)
    schema["$defs"] = dict(sorted(schema["$defs"].items()))
    # Key order: put $defs last for readability.
    order = ["$schema", "$id", "title", "description", "type", "properties", "additionalProperties",
             "propertyNames", "allOf", "x-rule", "x-hint", "$defs"]
    return {k: schema[k] for k in order if k in schema}


def _cleanup(node: Any) -> None:
    """Drop empty ``examples`` and recurse."""
    if isinstance(node, dict):
        if node.get("examples") == []:
            node.pop("examples")
        for v in node.values():
            _cleanup(v)
    elif isinstance(node, list):
        for v in node:
            _cleanup(v)


def render() -> str:
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the committed schema is stale")
    ap.add_argument("--output", type=Path, default=OUT)
    args = ap.parse_args()
    import truss

    if getattr(truss, "__version__", TRUSS_VERSION) != TRUSS_VERSION:
        print(f"warning: running with truss {truss.__version__}, schema targets {TRUSS_VERSION}", file=sys.stderr)
    text = render()
    if args.check:
        current = args.output.read_text() if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale; re-run scripts/generate_schema.py", file=sys.stderr)
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
