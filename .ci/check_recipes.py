#!/usr/bin/env python3
"""Validates the CI recipes the README gives (its ```yaml blocks) against the published schemas, then checks
what a schema cannot see and a real runner would trip on.

Users paste these workflows into their repositories; a key misspelt or misplaced would only show on their
CI. The first block is a GitHub Actions workflow, the second a GitLab CI file: check-jsonschema carries
both schemas (SchemaStore's), so this needs no network beyond installing it. Then, in both: every job runs
where Swift is (the `swift:` image), and a job that may fail on a diagnostic (`--fail-on`) still hands its
site to the diff, which still runs; in GitLab's, a pipeline reading `CI_MERGE_REQUEST_*` runs for merge
requests only (elsewhere the variables are empty and `git checkout ""` fails).
"""
import pathlib
import re
import subprocess
import sys
import tempfile

import yaml

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


def problem(text):
    global failed
    print(f"ci: README.md's CI recipe: {text}", file=sys.stderr)
    failed = True


def runs_always(condition):
    return condition is not None and ("always()" in str(condition) or "!cancelled()" in str(condition))


github = yaml.safe_load(blocks[0])
for name, job in github["jobs"].items():
    image = job.get("container")
    image = image.get("image") if isinstance(image, dict) else image
    if not str(image or "").startswith("swift:"):
        problem(f"GitHub job '{name}' runs swift without the swift image (container: swift:…)")
    steps = job.get("steps", [])
    if any("--fail-on" in str(step.get("run", "")) for step in steps):
        uploads = [step for step in steps if str(step.get("uses", "")).startswith("actions/upload-artifact")]
        if not uploads or not all(runs_always(step.get("if")) for step in uploads):
            problem(f"GitHub job '{name}' may fail on a diagnostic, and then uploads no site")
        for other, dependent in github["jobs"].items():
            needs = dependent.get("needs", [])
            if name in ([needs] if isinstance(needs, str) else needs) and not runs_always(dependent.get("if")):
                problem(f"GitHub job '{other}' needs '{name}', which may fail on a diagnostic, and then never runs")

gitlab = yaml.safe_load(blocks[1])
jobs = {name: job for name, job in gitlab.items() if isinstance(job, dict) and "script" in job}
for name, job in jobs.items():
    image = job.get("image", gitlab.get("default", {}).get("image", gitlab.get("image", "")))
    if not str(image).startswith("swift:"):
        problem(f"GitLab job '{name}' runs swift without the swift image (image: swift:…)")
    if "--fail-on" in str(job["script"]):
        if job.get("artifacts", {}).get("when") != "always":
            problem(f"GitLab job '{name}' may fail on a diagnostic, and then keeps no artifacts")
        for other, dependent in jobs.items():
            if name in dependent.get("needs", []) and dependent.get("when") != "always":
                problem(f"GitLab job '{other}' needs '{name}', which may fail on a diagnostic, and then never runs")
if "CI_MERGE_REQUEST_" in blocks[1]:
    rules = gitlab.get("workflow", {}).get("rules", [])
    if not rules or not all("merge_request_event" in str(rule.get("if", "")) for rule in rules):
        problem("the GitLab pipeline reads CI_MERGE_REQUEST_* but may run outside merge requests")
sys.exit(1 if failed else 0)
