from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import mapping

AWS_OIDC = ("aws_oidc_role_arn", "aws_oidc_region")
GCP_OIDC = ("gcp_oidc_service_account", "gcp_oidc_workload_id_provider")
ASSUME_ROLE = ("aws_assume_role_arn", "aws_assume_role_region")
# AuthFieldsMixin._validate_fields per auth_method (truss/base/truss_config.py, Truss 0.18.36):
# method -> (required, forbidden); "SECRET" stands for the secret-name field of the section.
METHODS = {
    "AWS_OIDC": (AWS_OIDC, ("SECRET", *GCP_OIDC, *ASSUME_ROLE)),
    "GCP_OIDC": (GCP_OIDC, ("SECRET", *AWS_OIDC, *ASSUME_ROLE)),
    "AWS_ASSUME_ROLE": (ASSUME_ROLE, ("SECRET", *AWS_OIDC, *GCP_OIDC)),
}
SECRET_METHOD = {"auth_secret_name": "CUSTOM_SECRET", "secret_name": "GCP_SERVICE_ACCOUNT_JSON"}
TRUSS_TWICE = ("auth_secret_name cannot be specified both at the top level and in auth section. Please use only "
               "one location.")


def _rules(method: str, secret: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    if method == SECRET_METHOD[secret]:
        return (secret,), (*AWS_OIDC, *GCP_OIDC, *ASSUME_ROLE)
    if method not in METHODS:
        return None
    required, forbidden = METHODS[method]
    return required, tuple(secret if name == "SECRET" else name for name in forbidden)


class AuthFields(Rule):
    """What it does: reports an `auth` section (in `weights`, or `base_image.docker_auth`) that
    lacks a field its `auth_method` needs, or sets a field of another method; and a weights
    source with `auth_secret_name` both beside and inside `auth`.

    Why: Truss 0.18.36 refuses to load each ("aws_oidc_role_arn, aws_oidc_region must be
    provided when auth_method is AWS_OIDC"; "auth_secret_name cannot be specified when
    auth_method is AWS_OIDC"; "auth_secret_name cannot be specified both at the top level and in
    auth section"), so `truss push` fails.

    Example:
        weights:
          - source: s3://my-bucket/llama
            mount_location: /models/llama
            auth:
              auth_method: AWS_OIDC     # needs aws_oidc_role_arn and aws_oidc_region

    Fix: add the fields the method needs (CUSTOM_SECRET / GCP_SERVICE_ACCOUNT_JSON: the secret
    name; AWS_OIDC: role ARN and region; GCP_OIDC: service account and workload identity
    provider; AWS_ASSUME_ROLE: role ARN and region) and delete the others.
    """

    code = "TC136"
    name = "auth-fields"
    reads_keys = frozenset({"weights", "base_image"})
    severity = Severity.ERROR
    summary = "An auth section missing a field its auth_method needs, or with another method's fields"

    def check(self, ctx) -> Iterator[Diagnostic]:
        sections = []
        weights = ctx.config.get("weights")
        for index, source in enumerate(weights if isinstance(weights, list) else []):
            auth = source.get("auth") if isinstance(source, dict) else None
            if isinstance(auth, dict):
                sections.append((("weights", index, "auth"), auth, "auth_secret_name"))
                if source.get("auth_secret_name") and auth.get("auth_secret_name"):
                    yield self.diagnostic(
                        ctx, ("weights", index, "auth_secret_name"),
                        f"`auth_secret_name` is set both here and in `auth`: Truss refuses to load the config "
                        f"(\"{TRUSS_TWICE}\"), so `truss push` fails",
                        at="key", help="keep it in one place (inside `auth` is the current form)")
        docker_auth = mapping(ctx.config, "base_image", "docker_auth")
        if docker_auth:
            sections.append((("base_image", "docker_auth"), docker_auth, "secret_name"))
        for path, auth, secret in sections:
            method = auth.get("auth_method")
            rules = _rules(method.upper(), secret) if isinstance(method, str) else None
            if rules is None:
                continue
            required, forbidden = rules
            method = method.upper()
            missing = [name for name in required if auth.get(name) in (None, "")]
            present = [name for name in forbidden if auth.get(name) not in (None, "")]
            if missing:
                yield self.diagnostic(
                    ctx, (*path, "auth_method"),
                    f"`auth_method: {method}` needs {', '.join(f'`{name}`' for name in missing)}: "
                    "Truss refuses to load "
                    f"the config (\"{', '.join(missing)} must be provided when auth_method is {method}\"), "
                    "so `truss push` fails",
                    help=f"add {', '.join(f'`{name}`' for name in missing)}")
            elif present:
                for name in present:
                    yield self.diagnostic(
                        ctx, (*path, name),
                        f"`{name}` does not belong to `auth_method: {method}`: Truss refuses to load the config "
                        f"(\"{', '.join(present)} cannot be specified when auth_method is {method}\"), "
                        "so `truss push` fails",
                        at="key", help=f"delete `{name}`, or choose the auth_method it belongs to")
