"""Validates the agreement corpus with gymhook's generated Pydantic models, for tests/export_pydantic.rs.

Usage: .venv/bin/python tests/export/pydantic_check.py MODULE_DIR CASES_FILE
  MODULE_DIR: holds the generated modules (perfectgym.py, gymos.py).
  CASES_FILE: {"vendors": {slug: {"module", "root", "parse", "holder"}},
               "cases": [{"label", "vendor", "text", "event_class", "exact": [[pointer, digits]]}]}
  `event_class` is the class the explorer's event match calls for; `exact` lists each int64 past 2^53;
  `holder` leads from the root model to the model whose `.root` is the event (attributes and indexes;
  empty when the root itself is).
Prints {"results": [{"valid", "errors", "problems"}], "exact_ids", "exact_decimals"} as JSON on stdout:
`valid` is model_validate_json's verdict; `problems` lists what went wrong beyond the verdict (the exact
parse helper disagreeing, a wrong event class, an id or decimal that did not come out exact).
"""

import importlib
import json
import sys
from decimal import Decimal
from pathlib import Path

from pydantic import RootModel, ValidationError


def at(value, pointer):
    """The value at a JSON pointer (RFC 6901) in dicts and lists, or KeyError."""
    for raw in pointer.split("/")[1:]:
        key = raw.replace("~1", "/").replace("~0", "~")
        value = value[int(key)] if isinstance(value, list) else value[key]
    return value


def event_of(body, holder):
    """The event model: `.root` of the model `holder` leads to from `body`."""
    for step in holder:
        body = body[int(step)] if step.isdigit() else getattr(body, step)
    return body.root


def dump(model):
    """A model as JSON-like data by alias, a root model by its root."""
    return (model.root if isinstance(model, RootModel) else model).model_dump(by_alias=True)


def decimals(value, pointer=""):
    """Every Decimal leaf of a json.loads(parse_float=Decimal) value, as (pointer, Decimal)."""
    if isinstance(value, Decimal):
        yield pointer, value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from decimals(child, f"{pointer}/{key.replace('~', '~0').replace('/', '~1')}")
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from decimals(child, f"{pointer}/{i}")


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    sys.path.insert(0, sys.argv[1])
    spec = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    vendors = {}
    for slug, names in spec["vendors"].items():
        module = importlib.import_module(names["module"])
        vendors[slug] = (getattr(module, names["root"]), getattr(module, names["parse"]), names["holder"])
    results = []
    exact_ids = exact_decimals = 0
    for case in spec["cases"]:
        root, parse, holder = vendors[case["vendor"]]
        problems = []
        try:
            body = root.model_validate_json(case["text"])
            valid, errors = True, []
        except ValidationError as error:
            body, valid = None, False
            errors = [f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()[:5]]
        try:
            exact = parse(case["text"])
        except (ValidationError, ValueError) as error:
            exact = None
            if valid:
                problems.append(f"the exact parse helper rejects it: {str(error)[:300]}")
        if exact is not None and not valid:
            problems.append("the exact parse helper accepts what model_validate_json rejects")
        if body is not None:
            try:
                name = type(event_of(body, holder)).__name__
            except (AttributeError, IndexError, TypeError):
                # No element names an event (an empty list): the explorer's match is the unknown event.
                name = case["event_class"] if case["event_class"].startswith("Unknown") else "no event"
            if name != case["event_class"]:
                problems.append(f"read as {name}, the explorer's match calls for {case['event_class']}")
            dumped = dump(body)
            for pointer, digits in case["exact"]:
                value = at(dumped, pointer)
                if type(value) is int and value == int(digits):
                    exact_ids += 1
                else:
                    problems.append(f"{pointer} is {value!r}, expected the int {digits}")
        if exact is not None:
            dumped = dump(exact)
            loaded = json.loads(case["text"], parse_float=Decimal)
            for pointer, number in decimals(loaded):
                try:
                    value = at(dumped, pointer)
                except (KeyError, IndexError, TypeError):
                    continue
                if isinstance(value, Decimal):
                    if value == number and str(value) == str(number):
                        exact_decimals += 1
                    else:
                        problems.append(f"{pointer} is {value!r}, the text says {number}")
        results.append({"valid": valid, "errors": errors, "problems": problems})
    json.dump({"results": results, "exact_ids": exact_ids, "exact_decimals": exact_decimals}, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
