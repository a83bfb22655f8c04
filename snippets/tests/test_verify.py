"""Perfect Gym signature test vectors for a Python receiver (pytest): every vector's raw request goes
through your verify function; valid ones must pass, invalid ones must fail.

Run: pytest test_verify.py  (next to perfectgym.vectors.json and verify.py, which defines
is_valid_pgm_signature(request_id, signature, secret); PGM_VECTORS overrides the vectors' path).
"""
import json
import os
import pathlib

import pytest

from verify import is_valid_pgm_signature

HERE = pathlib.Path(__file__).parent
VECTORS = json.loads(pathlib.Path(os.environ.get("PGM_VECTORS", HERE / "perfectgym.vectors.json")).read_text("utf-8"))["vectors"]


def headers(request: str) -> dict:
    """Header values by lower-cased name, from the raw request's head."""
    head = request.split("\r\n\r\n", 1)[0]
    out = {}
    for line in head.split("\r\n")[1:]:
        name, colon, value = line.partition(":")
        if colon:
            out[name.strip().lower()] = value.strip()
    return out


@pytest.mark.parametrize("vector", VECTORS, ids=[v["name"] for v in VECTORS])
def test_vector(vector):
    h = headers(vector["request"])
    verdict = is_valid_pgm_signature(h.get("x-perfectgym-request", ""), h.get("x-perfectgym-signature", ""), vector["secret"])
    assert verdict == vector["valid"], vector["reason"]
