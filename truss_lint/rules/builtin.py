"""The built-in rules: one static list, read at start-up without asking the installer.

Adding a rule is a module under `truss_lint/rules/`, its line here (code = "module:Class"),
and a fixture folder `tests/fixtures/rules/<rule-name>/` with `ok/` and `bad/` cases
(tests/test_rule_fixtures.py fails for a rule without them, and for a rule module not listed
here). Third-party rules register through the `truss_lint.rules` entry points instead.
"""

BUILTIN_RULES = {
    "TC001": "truss_lint.rules.invalid_yaml:InvalidYaml",
    "TC002": "truss_lint.rules.duplicate_key:DuplicateKey",
    "TC003": "truss_lint.rules.rule_error:RuleError",
    "TC010": "truss_lint.rules.unused_suppression:UnusedSuppression",
    "TC011": "truss_lint.rules.unknown_suppression:UnknownSuppression",
    "TC101": "truss_lint.rules.schema_rules:UnknownKey",
    "TC102": "truss_lint.rules.schema_rules:InvalidType",
    "TC103": "truss_lint.rules.schema_rules:InvalidValue",
    "TC104": "truss_lint.rules.schema_rules:MissingKey",
    "TC201": "truss_lint.rules.no_matching_instance:NoMatchingInstance",
    "TC202": "truss_lint.rules.use_gpu_without_accelerator:UseGpuWithoutAccelerator",
    "TC203": "truss_lint.rules.accelerator_without_use_gpu:AcceleratorWithoutUseGpu",
    "TC204": "truss_lint.rules.gpu_count_rounded_up:GpuCountRoundedUp",
    "TC205": "truss_lint.rules.implicit_gpu_upgrade:ImplicitGpuUpgrade",
    "TC206": "truss_lint.rules.resource_rounding_waste:ResourceRoundingWaste",
    "TC207": "truss_lint.rules.under_provisioned_memory:UnderProvisionedMemory",
    "TC208": "truss_lint.rules.decimal_memory_unit:DecimalMemoryUnit",
    "TC209": "truss_lint.rules.instance_type_overrides_resources:InstanceTypeOverridesResources",
    "TC210": "truss_lint.rules.unknown_instance_type:UnknownInstanceType",
    "TC211": "truss_lint.rules.resources_changed_after_push:ResourcesChangedAfterPush",
    "TC301": "truss_lint.rules.weights_conflict:WeightsConflict",
    "TC302": "truss_lint.rules.model_exceeds_vram:ModelExceedsVram",
    "TC303": "truss_lint.rules.model_tight_vram:ModelTightVram",
    "TC304": "truss_lint.rules.host_ram_below_weights:HostRamBelowWeights",
    "TC401": "truss_lint.rules.committed_secret:CommittedSecret",
    "TC402": "truss_lint.rules.reserved_env_var:ReservedEnvVar",
    "TC501": "truss_lint.rules.requirements_conflict:RequirementsConflict",
    "TC621": "truss_lint.rules.legacy_quantization:LegacyQuantization",
    "TC701": "truss_lint.rules.gpu_count_without_gpu:GpuCountWithoutGpu",
    "TC702": "truss_lint.rules.deprecated_base_image_string:DeprecatedBaseImageString",
    "TC703": "truss_lint.rules.truss_chainlet_config:TrussChainletConfig",
    "TC704": "truss_lint.rules.python_syntax_error:PythonSyntaxError",
    "TC705": "truss_lint.rules.chains_name_not_exported:ChainsNameNotExported",
    "TC801": "truss_lint.rules.deprecated_key:DeprecatedKey",
}
