#!/usr/bin/env python3
"""Validates the CI recipes the README gives (its ```yaml blocks) against the published schemas.

Users paste these workflows into their repositories; a key misspelt or misplaced would only show on their
CI. The first block is a GitHub Actions workflow, the second a GitLab CI file: check-jsonschema carries
both schemas (SchemaStore's), so this needs no network beyond installing it.
"""
import pathlib
import re
import subprocess
import sys
import tempfile

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"
SCHEMAS = ["vendor.github-workflows", "vendor.gitlab-ci"]

blocks = re.findall(r"^```yaml\n(.*?)^```", README.read_text(), re.S | re.M)
if len(blocks) != len(SCHEMAS):
    sys.exit(f"ci: README.md holds {len(blocks)} yaml blocks; this check expects {len(SCHEMAS)} (GitHub, GitLab)")
failed = False
with tempfile.TemporaryDirectory() as folder:
    for number, (block, schema) in enumerate(zip(blocks, SCHEMAS), start=1):
        path = pathlib.Path(folder) / f"recipe-{number}.yml"
        path.write_text(block)
        result = subprocess.run(["check-jsonschema", "--builtin-schema", schema, str(path)])
        if result.returncode != 0:
            print(f"ci: README.md's yaml block {number} is not a valid {schema} file", file=sys.stderr)
            failed = True
sys.exit(1 if failed else 0)
