"""Verify a Perfect Gym (PGM) webhook signature.

PGM sends X-PerfectGym-Signature = MD5(X-PerfectGym-Request + ":" + secret) as hex.
The hex letter case is not documented: compare lower-cased, in constant time.
"""
import hashlib
import hmac


def pgm_signature(request_id: str, secret: str) -> str:
    return hashlib.md5(f"{request_id}:{secret}".encode("utf-8")).hexdigest()


def is_valid_pgm_signature(request_id: str, signature: str, secret: str) -> bool:
    expected = pgm_signature(request_id, secret).encode("utf-8")
    received = (signature or "").lower().encode("utf-8")
    return hmac.compare_digest(expected, received)


if __name__ == "__main__":
    # In a handler (Flask shown) the values come from the request and your configuration:
    #   request_id = request.headers.get("X-PerfectGym-Request", "")
    #   signature = request.headers.get("X-PerfectGym-Signature", "")  # absent when no secret is configured
    #   secret = os.environ["PGM_WEBHOOK_SECRET"]
    request_id = '{{REQUEST_ID}}'
    secret = '{{SECRET}}'
    signature = '{{SIGNATURE}}'

    print(pgm_signature(request_id, secret))
    print("valid" if is_valid_pgm_signature(request_id, signature, secret) else "invalid")
