"""Check a webhook's static key in Python.

The vendor signs nothing: it sends the same key in the {{HEADER}} header on every delivery, so comparing
it with your key (in constant time) is the whole check.
"""
import hashlib
import hmac


def is_expected_key(received: str, expected: str) -> bool:
    # Hashing both sides first gives equal lengths, so compare_digest's time says nothing about the key.
    def digest(text: str) -> bytes:
        return hashlib.sha256((text or "").encode("utf-8")).digest()

    return bool(expected) and hmac.compare_digest(digest(received), digest(expected))


if __name__ == "__main__":
    # In a handler (Flask shown): request.headers matches the name in any letter case.
    #   received = request.headers.get('{{HEADER}}', "")
    #   expected = os.environ["WEBHOOK_API_KEY"]
    expected = '{{KEY}}'
    received = '{{RECEIVED}}'

    print("match" if is_expected_key(received, expected) else "mismatch")
