"""Validates payloads against gymhook's exported JSON Schemas with Python's jsonschema (draft 2020-12),
for the agreement test in tests/export_agreement.rs.

Usage: .venv/bin/python tests/export/jsonschema_check.py SCHEMA_DIR CASES_FILE
  CASES_FILE: a JSON array of {"id": n, "schema": "perfectgym.schema.json", "payload": <any JSON>}.
Prints one JSON array of {"id": n, "valid": bool, "errors": [messages]} on stdout.
"""

import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    schema_dir, cases_file = Path(sys.argv[1]), Path(sys.argv[2])
    validators = {}
    for path in sorted(schema_dir.glob("*.schema.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        # A broken schema is an error of the generator, not a verdict on a payload.
        Draft202012Validator.check_schema(schema)
        validators[path.name] = Draft202012Validator(schema)
    # Python reads JSON numbers as int (exact, any size) and float, as json.loads does by default.
    cases = json.loads(cases_file.read_text(encoding="utf-8"))
    results = []
    for case in cases:
        validator = validators.get(case["schema"])
        if validator is None:
            results.append({"id": case["id"], "valid": False, "errors": [f"no schema {case['schema']}"]})
            continue
        errors = [
            f"/{'/'.join(str(p) for p in e.absolute_path)} {e.message[:300]}"
            for e in validator.iter_errors(case["payload"])
        ]
        results.append({"id": case["id"], "valid": not errors, "errors": errors})
    json.dump(results, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
