"""`truss-lint check --fix / --unsafe-fixes / --diff`: minimal edits, every other byte kept."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from truss_lint.fixer import apply_edits, fix_bytes
from truss_lint.yaml_loader import decode, load

TRUSS_LINT = shutil.which("truss-lint", path=str(Path(sys.executable).parent)) or "truss-lint"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def truss_lint(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "TRUSS_LINT_OUTPUT_FORMAT")}
    return subprocess.run([TRUSS_LINT, "check", *args], cwd=cwd, input=stdin, capture_output=True,
                          env=env, timeout=120)


def fix_file(tmp_path: Path, content: bytes, *flags: str, name: str = "config.yaml"):
    path = tmp_path / name
    path.write_bytes(content)
    result = truss_lint(name, "--fix", *flags, cwd=tmp_path)
    return path.read_bytes(), result


# --- Each safe fix, with the file around it untouched ---------------------------------------------

def test_numeric_cpu_and_memory_are_quoted_as_written_keeping_comments(tmp_path):
    before = (b"# my model\nmodel_name: demo   # trailing\n\nresources:\n  cpu: 4      # four cores\n"
              b"  memory: 1073741824\n  accelerator: A10G\nspec_version: 2.0\n")
    after, result = fix_file(tmp_path, before)
    assert after == (b"# my model\nmodel_name: demo   # trailing\n\nresources:\n  cpu: \"4\"      # four cores\n"
                     b"  memory: \"1073741824\"\n  accelerator: A10G\nspec_version: \"2.0\"\n")
    assert result.returncode == 0, result.stdout.decode()
    assert b"Fixed 3 problems in 1 file (0 remaining)" in result.stderr


def test_fractional_cpu_keeps_its_digits(tmp_path):
    after, _ = fix_file(tmp_path, b"model_name: x\nresources:\n  cpu: 1.50\n")
    assert after == b'model_name: x\nresources:\n  cpu: "1.50"\n'  # not "1.5"


@pytest.mark.parametrize("written", [b"010", b"0x10", b"1_000"])
def test_numbers_yaml_reads_differently_are_not_quoted(tmp_path, written):
    # YAML 1.1 reads 010 as 8 and 0x10 as 16: quoting the digits would change the amount.
    before = b"model_name: x\nresources:\n  cpu: " + written + b"\n"
    after, result = fix_file(tmp_path, before)
    assert after == before
    assert result.returncode == 1
    assert b"Nothing to fix" in result.stderr


@pytest.mark.parametrize(("written", "fixed"), [
    (b"a10g", b"A10G"),
    (b"'a10g:2'", b"'A10G:2'"),
    (b'"h100-40gb"', b'"H100_40GB"'),
    (b"H100MIG", b"H100_40GB"),
    (b"rtx_pro_6000:4", b"RTX_PRO_6000:4"),
])
def test_accelerator_names_are_corrected_in_their_quoting_style(tmp_path, written, fixed):
    before = b"model_name: x\nresources:\n  accelerator: " + written + b"  # gpu\n  cpu: '4'\n"
    after, result = fix_file(tmp_path, before)
    assert after == b"model_name: x\nresources:\n  accelerator: " + fixed + b"  # gpu\n  cpu: '4'\n"
    assert result.returncode == 0, result.stdout.decode()


def test_accelerator_mapping_form_is_fixed_too(tmp_path):
    before = b"model_name: x\nresources:\n  accelerator:\n    accelerator: l4\n    count: 2\n"
    after, _ = fix_file(tmp_path, before)
    assert after == before.replace(b"l4", b"L4")


def test_an_accelerator_only_close_in_spelling_is_not_guessed(tmp_path):
    before = b"model_name: x\nresources:\n  accelerator: A100_80GB\n"
    after, result = fix_file(tmp_path, before)
    assert after == before
    assert result.returncode == 1


@pytest.mark.parametrize(("written", "fixed"), [
    (b'"3.11"', b'"py311"'),
    (b"'3.12'", b"'py312'"),
    (b"3.11", b"py311"),
    (b"3.10", b"py310"),  # a float 3.1 as YAML reads it; the digits as written say 3.10
])
def test_python_version_becomes_a_truss_name(tmp_path, written, fixed):
    before = b"model_name: x\npython_version: " + written + b"\n"
    after, result = fix_file(tmp_path, before)
    assert after == b"model_name: x\npython_version: " + fixed + b"\n"
    assert yaml.safe_load(after)["python_version"] == fixed.strip(b"'\"").decode()


def test_hf_cache_is_renamed_to_model_cache(tmp_path):
    before = b"model_name: x\nhf_cache:   # weights\n  - repo_id: org/model\n    use_volume: false\n"
    after, _ = fix_file(tmp_path, before)
    assert after == before.replace(b"hf_cache:", b"model_cache:")


def test_hf_cache_beside_model_cache_is_left_alone(tmp_path):
    before = (b"model_name: x\nmodel_cache:\n  - repo_id: a/b\n    use_volume: false\n"
              b"hf_cache:\n  - repo_id: c/d\n    use_volume: false\n")
    after, _ = fix_file(tmp_path, before)
    assert after == before


# --- Byte-exactness: line endings, BOM, encodings, anchors ----------------------------------------

def test_crlf_line_endings_and_a_bom_survive(tmp_path):
    before = ("\ufeff# héllo ✓\r\nmodel_name: \"dé\"\r\npython_version: \"3.11\"\r\nresources:\r\n"
              "  cpu: 4\r\n  accelerator: a10g   # GPU 😀\r\n").encode()
    after, result = fix_file(tmp_path, before)
    assert after == ("\ufeff# héllo ✓\r\nmodel_name: \"dé\"\r\npython_version: \"py311\"\r\nresources:\r\n"
                     "  cpu: \"4\"\r\n  accelerator: A10G   # GPU 😀\r\n").encode()
    assert result.returncode == 0


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_stays_utf16(codec):
    # Through the library: the CLI's Truss-config sniffing reads UTF-8 only.
    bom = "\ufeff".encode(codec)
    before = bom + "model_name: ü\nresources:\n  cpu: 4\n".encode(codec)
    outcome = fix_bytes(before, "config.yaml")
    assert outcome.fixed == bom + 'model_name: ü\nresources:\n  cpu: "4"\n'.encode(codec)


def test_anchored_and_aliased_values_are_not_edited(tmp_path):
    # Editing the anchor would change every place that refers to it.
    before = b"model_name: x\ndefaults: &cpu 4\nresources:\n  cpu: *cpu\n"
    after, _ = fix_file(tmp_path, before)
    assert after == before
    before = b"model_name: x\nresources:\n  cpu: &c 4\n  memory: 2Gi\n"
    after, _ = fix_file(tmp_path, before)
    assert after == before
    before = b"model_name: x\nbase: &b\n  cpu: 4\n  accelerator: a10g\nresources:\n  <<: *b\n  memory: 2Gi\n"
    after, _ = fix_file(tmp_path, before)
    assert after == before


def test_apply_edits_maps_text_offsets_back_to_the_original_bytes():
    raw = "\ufeffa: é😀\r\nb: 1\r\n".encode()
    text = decode(raw)
    start = text.index("1")
    assert apply_edits(raw, text, [(start, start, '"'), (start + 1, start + 1, '"')]) == \
        "\ufeffa: é😀\r\nb: \"1\"\r\n".encode()


# --- Unsafe fixes ---------------------------------------------------------------------------------

def test_memory_unit_typo_needs_unsafe_fixes(tmp_path):
    before = b"model_name: x\nresources:\n  memory: 16GB  # sixteen\n"
    after, result = fix_file(tmp_path, before)
    assert after == before
    assert result.returncode == 1
    assert b"1 more fix available with --unsafe-fixes" in result.stderr
    after, result = fix_file(tmp_path, before, "--unsafe-fixes")
    assert after == b"model_name: x\nresources:\n  memory: 16Gi  # sixteen\n"
    assert result.returncode == 0


def test_a_misspelt_key_is_renamed_with_unsafe_fixes(tmp_path):
    before = b"model_nmae: x  # ours\ndocker_server:\n  \"start_comand\": vllm serve x\n  server_port: 8000\n" \
             b"  predict_endpoint: /v1/chat/completions\n  readiness_endpoint: /health\n  liveness_endpoint: /health\n"
    after, result = fix_file(tmp_path, before)
    assert after == before
    assert b"2 more fixes available with --unsafe-fixes" in result.stderr
    after, result = fix_file(tmp_path, before, "--unsafe-fixes")
    assert after == before.replace(b"model_nmae", b"model_name").replace(b"start_comand", b"start_command")
    assert result.returncode == 0


def test_two_misspellings_of_one_key_are_not_both_renamed(tmp_path):
    before = b"model_nmae: x\nmodelname: y\n"
    after, result = fix_file(tmp_path, before, "--unsafe-fixes")
    assert after == before  # renaming both would write `model_name` twice
    assert b"did you mean `model_name`?" in result.stdout


def test_contradicting_use_gpu_line_is_deleted_with_unsafe_fixes(tmp_path):
    before = (b"model_name: x\nresources:\n  accelerator: A10G\n  # legacy flag below\n"
              b"  use_gpu: false  # old truss\n  cpu: '4'\n")
    after, _ = fix_file(tmp_path, before)
    assert after == before
    after, result = fix_file(tmp_path, before, "--unsafe-fixes")
    assert after == b"model_name: x\nresources:\n  accelerator: A10G\n  # legacy flag below\n  cpu: '4'\n"
    assert result.returncode == 0


def test_use_gpu_in_a_flow_mapping_is_deleted_with_its_comma(tmp_path):
    before = b"model_name: x\nresources: {accelerator: A10G, use_gpu: false}\n"
    after, _ = fix_file(tmp_path, before, "--unsafe-fixes")
    assert after == b"model_name: x\nresources: {accelerator: A10G}\n"
    before = b"model_name: x\nresources: {use_gpu: true, cpu: '4'}\n"
    after, _ = fix_file(tmp_path, before, "--unsafe-fixes")
    assert after == b"model_name: x\nresources: {cpu: '4'}\n"


def test_fixes_reach_values_in_flow_mappings_but_not_nested_or_merged_ones(tmp_path):
    before = b"model_name: x\nresources: {cpu: 4, accelerator: a10g, memory: 16GB}\n"
    after, _ = fix_file(tmp_path, before, "--unsafe-fixes")
    assert after == b'model_name: x\nresources: {cpu: "4", accelerator: A10G, memory: 16Gi}\n'
    # `{x: {cpu: 4}}`: the inner `cpu` is not resources' own; a quoted `}` does not end the mapping.
    before = b"model_name: x\nresources: {node_count: 1, accelerator: 'a10g', x: {cpu: 4}}\nenvironment_variables: {A: '}'}\n"
    after, _ = fix_file(tmp_path, before)
    assert after == before.replace(b"'a10g'", b"'A10G'")


# --- The command: --diff, what remains, atomic writes, stdin --------------------------------------

def test_diff_prints_a_unified_diff_and_writes_nothing(tmp_path):
    path = tmp_path / "config.yaml"
    before = b"model_name: x\nresources:\n  cpu: 4\n  memory: 16GB\n"
    path.write_bytes(before)
    result = truss_lint("config.yaml", "--diff", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.decode() == (
        "--- a/config.yaml\n+++ b/config.yaml\n@@ -1,4 +1,4 @@\n model_name: x\n resources:\n"
        '-  cpu: 4\n+  cpu: "4"\n   memory: 16GB\n')
    assert "Would fix 1 problem in 1 file" in result.stderr.decode()
    assert path.read_bytes() == before
    assert truss_lint("config.yaml", "--diff", "--unsafe-fixes", cwd=tmp_path).stdout.count(b"\n+  ") == 2
    path.write_bytes(b"model_name: x\n")
    clean = truss_lint("config.yaml", "--diff", cwd=tmp_path)
    assert (clean.returncode, clean.stdout) == (0, b"")


def test_fix_reports_what_remains_and_fails_on_it(tmp_path):
    before = b"model_name: x\nresources:\n  cpu: 4\n  gpu: A10G\n"
    after, result = fix_file(tmp_path, before)
    assert after == b'model_name: x\nresources:\n  cpu: "4"\n  gpu: A10G\n'
    assert result.returncode == 1
    assert b"Fixed 1 problem in 1 file (1 remaining)" in result.stderr
    report = result.stdout.decode()
    assert "unknown key `gpu`" in report and "cpu must be a YAML string" not in report


def test_fix_writes_atomically_and_keeps_the_mode(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_bytes(b"model_name: x\nresources:\n  cpu: 2\n")
    path.chmod(0o640)
    inode = path.stat().st_ino
    assert truss_lint("config.yaml", "--fix", cwd=tmp_path).returncode == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.stat().st_ino != inode  # replaced by a rename, never truncated in place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml"]  # no temporary left behind


def test_fix_on_stdin_prints_the_fixed_buffer(tmp_path):
    result = truss_lint("-", "--fix", "--stdin-filename", "model/config.yaml", cwd=tmp_path,
                        stdin=b"model_name: x\r\nresources:\r\n  accelerator: t4\r\n")
    assert result.stdout == b"model_name: x\r\nresources:\r\n  accelerator: T4\r\n"
    assert result.returncode == 0


def test_a_file_that_cannot_be_written_is_an_io_error_not_a_traceback(tmp_path, monkeypatch, capsys):
    from truss_lint import cli, fixer

    def refuse(path, data):
        raise PermissionError(13, "Permission denied")

    (tmp_path / "config.yaml").write_bytes(b"model_name: x\nresources:\n  cpu: 2\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(fixer, "write_atomically", refuse)
    assert cli.run_check(["config.yaml", "--fix"]) == 2
    err = capsys.readouterr().err
    assert "truss-lint: config.yaml: cannot write the fixes: Permission denied" in err
    assert (tmp_path / "config.yaml").read_bytes() == b"model_name: x\nresources:\n  cpu: 2\n"


# --- The whole corpus -----------------------------------------------------------------------------

def _changed_lines_are_only_fixed_values(original: bytes, fixed: bytes) -> list[str]:
    """Problems with the difference between two files, judged line by line without truss-lint's code."""
    problems = []
    old, new = original.splitlines(keepends=True), fixed.splitlines(keepends=True)
    editable = re.compile(rb"^(\s*)(cpu|memory|accelerator|python_version|spec_version|hf_cache|model_cache|start_command|server_port"
                          rb"|tensor_parallel_count|tensor_parallel_size)"
                          rb"(\s*:)")
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag == "delete" and all(re.match(rb"^\s+(use_gpu|num_workers)\s*:", line) for line in old[i1:i2]):
            continue
        if tag != "replace" or i2 - i1 != j2 - j1:
            problems.append(f"{tag} of lines {i1 + 1}-{i2}")
            continue
        for before, after in zip(old[i1:i2], new[j1:j2], strict=True):
            match = editable.match(before)
            ending = re.search(rb"\r?\n?$", before).group()
            if match is None or not after.endswith(ending) or len(after) - len(before) > 24:
                problems.append(f"unexpected edit: {before!r} -> {after!r}")
            elif not after.startswith(match.group(1)) or b"#" in before and \
                    before[before.index(b"#"):] != after[after.index(b"#"):]:
                problems.append(f"indentation or comment changed: {before!r} -> {after!r}")
    return problems


def _corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name in ("config.yaml", "config.yml"))


def _mutate(raw: bytes) -> bytes:
    """Undo, by hand, what the fixes do: unquote a cpu, lower-case an accelerator, write the
    python_version and memory the way people mistype them, say hf_cache for model_cache."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw
    doc = load(text)
    if doc.problem or not isinstance(doc.data, dict):
        return raw
    edits: list[tuple[int, int, str]] = []

    def value_source(path):
        entry = doc.entries.get(path)
        if entry is None or entry.value_start < entry.key_end:
            return None
        if not re.fullmatch(r"[ \t]*:[ \t]*", text[entry.key_end:entry.value_start]):
            return None
        return entry.value_start, entry.value_end, text[entry.value_start:entry.value_end]

    found = value_source(("resources", "cpu"))
    if found and re.fullmatch(r'"[1-9][0-9]*"', found[2]):
        edits.append((found[0], found[1], found[2].strip('"')))
    found = value_source(("resources", "accelerator"))
    if found and re.fullmatch(r"""(["']?)[A-Z][A-Z0-9_]*(:[1-9][0-9]*)?\1""", found[2]):
        edits.append((found[0], found[1], found[2].lower()))
    found = value_source(("resources", "memory"))
    if found and re.fullmatch(r"""(["']?)[1-9][0-9]*Gi\1""", found[2]):
        edits.append((found[0], found[1], found[2].replace("Gi", "GB")))
    found = value_source(("python_version",))
    if found and re.fullmatch(r"""(["']?)py3(1[0-4])\1""", found[2]):
        edits.append((found[0], found[1], re.sub(r"py3(\d+)", r"3.\1", found[2])))
    entry = doc.entries.get(("model_cache",))
    if entry is not None and "hf_cache" not in doc.data and text[entry.key_start:entry.key_end] == "model_cache":
        edits.append((entry.key_start, entry.key_end, "hf_cache"))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text.encode("utf-8")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not beside this checkout")
def test_fixing_every_corpus_file_is_byte_exact_parses_and_is_idempotent(tmp_path):
    originals = {p.relative_to(CORPUS): p.read_bytes() for p in _corpus_files(CORPUS)}
    assert originals
    plain, mutated = tmp_path / "plain", tmp_path / "mutated"
    for relative, raw in originals.items():
        for root, content in ((plain, raw), (mutated, _mutate(raw))):
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_bytes(content)
    mutations = sum((mutated / r).read_bytes() != raw for r, raw in originals.items())

    for root in (plain, mutated):
        result = truss_lint(".", "--fix", "--unsafe-fixes", "--output-format", "json", cwd=root)
        assert result.returncode in (0, 1), result.stderr.decode()
        assert b"Traceback" not in result.stderr

    problems = {}
    for relative, raw in originals.items():
        fixed = (plain / relative).read_bytes()
        found = _changed_lines_are_only_fixed_values(raw, fixed)
        if fixed != raw:
            try:
                yaml.safe_load(decode(fixed))
            except yaml.YAMLError as error:
                found.append(f"no longer parses: {error}")
        # The fixes undo the mutations exactly: same bytes as fixing the untouched file.
        if (mutated / relative).read_bytes() != fixed:
            found.append("fixing the mutated copy did not give back the fixed original")
        if found:
            problems[str(relative)] = found
    assert not problems, problems
    assert mutations > 50  # the mutation pass really exercised the fixes

    snapshot = {r: (plain / r).read_bytes() for r in originals}
    again = truss_lint(".", "--fix", "--unsafe-fixes", cwd=plain)
    assert b"Nothing to fix" in again.stderr
    assert {r: (plain / r).read_bytes() for r in originals} == snapshot


def test_fix_bytes_is_a_library_call_too():
    outcome = fix_bytes(b"model_name: x\nresources:\n  cpu: 4\n", "config.yaml")
    assert outcome.fixed == b'model_name: x\nresources:\n  cpu: "4"\n'
    assert [fix.description for fix in outcome.applied] == ['quote it: "4"']
    assert outcome.result.diagnostics == []
