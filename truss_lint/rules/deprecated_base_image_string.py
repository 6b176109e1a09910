from __future__ import annotations

from collections.abc import Iterator

from . import ChainRule
from ..diagnostics import Diagnostic, Fix, Severity


class DeprecatedBaseImageString(ChainRule):
    """What it does: reports `chains.DockerImage(base_image="...")` written as a string.

    Why: Truss 0.18.36 refuses it when the chain file is imported (`ChainsUsageError:
    "DockerImage.base_image as string is deprecated. Specify as BasetenImage or CustomImage"`),
    so `truss chains push` fails before anything is built. Older examples still show the string
    form.

    Example:
        docker_image=chains.DockerImage(
            base_image="baseten/truss-server-base:3.10-gpu-v0.9.0")

    Fix: `base_image=chains.CustomImage(image="baseten/truss-server-base:3.10-gpu-v0.9.0")` for an
    image of your own, or `chains.BasetenImage.PY311` for Baseten's (an unsafe fix writes the
    former: it keeps the image you named).
    """

    code = "TC702"
    name = "deprecated-base-image-string"
    severity = Severity.ERROR
    summary = "DockerImage(base_image=\"...\") as a string: Truss 0.18.36 rejects it; use CustomImage/BasetenImage"

    def check(self, ctx) -> Iterator[Diagnostic]:
        import ast

        from ..chains.reader import CHAINS_MODULE, Call, Unresolved

        reader = ctx.reader
        if reader is None:
            return
        prefix = next((name for name, symbol in reader.imports.items() if symbol.name == CHAINS_MODULE), None)
        for node in ast.walk(reader.tree):
            if not isinstance(node, ast.Call):
                continue
            image = next((k.value for k in node.keywords if k.arg == "base_image"), None)
            if image is None:
                continue
            try:
                called = reader.evaluate(node, reader.module)
                value = reader.evaluate(image, reader.module)
            except Unresolved:
                continue
            if not isinstance(called, Call) or called.short != "DockerImage" or not isinstance(value, str):
                continue
            fix = None
            if prefix and isinstance(image, ast.Constant):
                start, end = ctx.source.offsets(image)
                written = ctx.source.text[start:end]
                fix = Fix([(start, end, f"{prefix}.CustomImage(image={written})")],
                          "write `CustomImage(image=...)`", safe=False)
            yield self.at(ctx, image,
                          f"`DockerImage(base_image=\"{value}\")`: Truss rejects a string here (\"`DockerImage."
                          "base_image` as string is deprecated. Specify as `BasetenImage` or `CustomImage`\"), "
                          "so `truss chains push` fails",
                          help=f"write `base_image={prefix or 'chains'}.CustomImage(image=\"{value}\")`", fix=fix)
