from __future__ import annotations

from collections.abc import Iterator

from ..diagnostics import Diagnostic, Severity
from . import Rule
from ._trt_llm import BUILD, as_int, build, mapping

LOW, HIGH, STEP = 64, 16384, 64  # TrussTRTQuantizationConfiguration.validate_cuda_friendly
FIELDS = ("calib_size", "calib_max_seq_length")


class TrtLlmCalibration(Rule):
    """What it does: reports a `quantization_config.calib_size` or `calib_max_seq_length` outside
    64..16384 or not a multiple of 64 (in `trt_llm.build`, and in a speculator's own `build`).

    Why: Truss 0.18.36 refuses to load the config ("calib_size must be between 64 and 16384, but
    got 32"; "calib_size must be a multiple of 64, but got 1000"), so `truss push` fails. The
    calibration run that quantizes the weights works in CUDA-friendly batches of 64.

    Example:
        trt_llm:
          build:
            quantization_type: fp8
            quantization_config:
              calib_size: 1000     # not a multiple of 64

    Fix: use a multiple of 64 between 64 and 16384 (e.g. 1024, or 1536 for production runs).
    """

    code = "TC123"
    name = "trt-llm-calibration"
    reads_keys = frozenset({"trt_llm"})
    severity = Severity.ERROR
    summary = "calib_size / calib_max_seq_length outside 64..16384 or not a multiple of 64"

    def check(self, ctx) -> Iterator[Diagnostic]:
        section = build(ctx)
        if section is None:
            return
        places = [(BUILD, section), ((*BUILD, "speculator", "build"), mapping(section, "speculator", "build"))]
        for path, place in places:
            config = mapping(place, "quantization_config")
            for field in FIELDS:
                value = as_int(config.get(field))
                if value is None:
                    continue
                if not LOW <= value <= HIGH:
                    truss = f"{field} must be between {LOW} and {HIGH}, but got {value}"
                    nearest = min(max(value, LOW), HIGH)
                elif value % STEP:
                    truss = f"{field} must be a multiple of {STEP}, but got {value}"
                    nearest = round(value / STEP) * STEP
                else:
                    continue
                yield self.diagnostic(
                    ctx, (*path, "quantization_config", field),
                    f"`{field}: {value}`: Truss refuses to load the config (\"{truss}\"), so `truss push` fails",
                    help=f"use a multiple of {STEP} between {LOW} and {HIGH}, e.g. {nearest}")
