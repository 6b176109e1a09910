"""`--output-format junit`: JUnit XML for CI test-report views (GitLab, Jenkins, Azure).

One <testcase> per finding, named `path::CODE:line` with one <failure> (most viewers show only a
test case's first failure); a config without findings is one passing <testcase> named by its
path, and a file that was not linted a <skipped> one. Each config's instance is in the
<system-out> of its test cases.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..diagnostics import FileResult
from ..output import PRICE_ASSUMPTION, ReportOptions, file_instance

# Characters XML 1.0 cannot carry at all, even escaped (a NUL quoted from a hostile file).
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def report(results: list[FileResult], catalog_as_of: str, options: ReportOptions) -> str:
    linted = [r for r in results if r.skipped is None]
    failures = sum(len(r.diagnostics) for r in linted)
    skipped = len(results) - len(linted)
    tests = failures + sum(1 for r in linted if not r.diagnostics) + skipped
    counts = {"tests": str(tests), "failures": str(failures), "errors": "0", "skipped": str(skipped)}
    suites = ET.Element("testsuites", {"name": "truss-lint", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "truss-lint", **counts})
    properties = ET.SubElement(suite, "properties")
    ET.SubElement(properties, "property", {"name": "catalog_as_of", "value": catalog_as_of})
    ET.SubElement(properties, "property", {"name": "price_assumption", "value": PRICE_ASSUMPTION})
    for result in results:
        path = _clean(result.path)
        if result.skipped or not result.diagnostics:
            case = ET.SubElement(suite, "testcase", {"classname": "truss-lint", "name": path, "file": path})
            if result.skipped:
                ET.SubElement(case, "skipped", {"message": _clean(result.skipped)})
            else:
                ET.SubElement(case, "system-out").text = _clean(f"instance: {file_instance(result)}")
            continue
        for d in result.diagnostics:
            case = ET.SubElement(suite, "testcase", {"classname": "truss-lint", "name": f"{path}::{d.code}:{d.span.line}",
                                                      "file": path, "line": str(d.span.line)})
            where = f"{result.path}:{d.span.line}:{d.span.column}"
            failure = ET.SubElement(case, "failure", {
                "type": f"{d.code} {d.name}",
                "message": _clean(f"{where}: {d.code} [{d.severity.value}] {d.message}"),
            })
            details = [f"{where}: {d.code} {d.name} [{d.severity.value}]", d.message]
            if d.help:
                details.append(f"help: {d.help}")
            if d.instance:
                details.append(f"instance: {d.instance.describe()}")
            failure.text = _clean("\n".join(details))
            ET.SubElement(case, "system-out").text = _clean(f"instance: {file_instance(result)}")
    ET.indent(suites)
    body = ET.tostring(suites, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'
