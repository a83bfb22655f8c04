"""Writes the captures of this folder: what receiver developers paste, made here (no real delivery).

Run it from the repository root (`python3 tests/captures/make.py`) after changing a capture's recipe; the
expectations (`*.expect`) are written by hand and are not touched. Perfect Gym deliveries are signed with
SECRET as Perfect Gym signs them (MD5 of the request id, ":" and the secret); a forged one carries the
signature of another secret. GymOS documents no signing, so its deliveries have no request id. PerfectGym
Next sends SECRET as its static key (x-api-key); a forged one another key.
"""

import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SECRET = "corpus-secret-7Qx"


def sign(request_id, secret=SECRET):
    return hashlib.md5(f"{request_id}:{secret}".encode()).hexdigest()


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


USER_MODIFIED = compact({"event": "UserModified", "triggeredDate": "2025-11-26T16:02:01Z", "data": {"userId": 9778831}})
CLASSES_BOOKED = compact({"event": "ClassesBooked", "triggeredDate": "2025-11-26T16:05:12Z",
                          "data": {"userId": 9778831, "timeTableEventId": 9971587}})
PAYMENT_DONE = compact({"event": "ContractPaymentDone", "triggeredDate": "2025-11-26T16:07:40Z",
                        "data": {"userId": 4410927, "contractId": 771203}})
# A type error a receiver would trip on: the class's id is no number.
BOOKED_BAD = compact({"event": "ClassesBooked", "triggeredDate": "2025-11-26T16:09:03Z",
                      "data": {"userId": 4410927, "timeTableEventId": "n/a"}})

LEAD = {"eventType": "Lead created", "eventTimestampUtc": "2025-11-26T16:02:01Z",
        "webHookTimestampUtc": "2025-11-26T16:02:04Z", "clientId": "e02ac15a-6377-42ef-a7f1-e5e547e138e3",
        "clientBusinessName": "Tempo Health Clubs Ltd", "clientTradingName": "Tempo", "subjectType": "LEAD",
        "subject": {"member": None, "lead": {
            "id": "b66e7409-969f-4c03-afb5-c7f98332e5d6", "firstName": "Isla", "fullName": "Isla Okafor",
            "lastName": "Okafor", "email": "isla.okafor@example.com", "mobile": "+447700900561",
            "createdUtc": "2024-09-06T17:22:07Z", "gender": "Female", "dateOfBirth": "1991-12-09T00:00:00Z",
            "source": "Facebook Ad", "preferredVenue": "Tempo Uptown Fitness Centre"}, "attendee": None},
        "payload": {"session": None, "booking": None, "membership": None, "supplementalData": None}}
LEAD_BODY = compact(LEAD)
LEAD_PRETTY = json.dumps(LEAD, indent=2)
MEMBERSHIP = dict(LEAD, eventType="Membership added", subjectType="MEMBER")
MEMBERSHIP["subject"] = {"member": {"id": "9f57ea63-0e60-4f94-a3e0-26319e00dbf5", "fullName": "Callum Patel",
                                    "firstName": "Callum", "lastName": "Patel"}, "lead": None, "attendee": None}
MEMBERSHIP_BODY = compact(MEMBERSHIP)


def pgm_head(request_id, body, signature=None, path="/webhooks/pgm", eol="\n", extra=()):
    lines = [f"POST {path} HTTP/1.1", "Host: receiver.example.com", "Content-Type: application/json; charset=utf-8",
             f"Content-Length: {len(body.encode())}", f"X-PerfectGym-Request: {request_id}",
             f"X-PerfectGym-Signature: {signature or sign(request_id)}", *extra]
    return eol.join(lines) + eol + eol


def gymos_head(body, path="/webhooks/gymos", eol="\n"):
    lines = [f"POST {path} HTTP/1.1", "Host: receiver.example.com", "Content-Type: application/json",
             f"Content-Length: {len(body.encode())}", "User-Agent: GymOS-Webhooks"]
    return eol.join(lines) + eol + eol


def curl_verbose():
    rid = "5b1c2f0e-8d7a-4c1b-9e1f-3a2b4c5d6e7f"
    out = ["Note: Unnecessary use of -X or --request, POST is already inferred.",
           "*   Trying 127.0.0.1:8443...", "* Connected to localhost (127.0.0.1) port 8443 (#0)",
           "* ALPN: offers http/1.1", "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384",
           "> POST /webhooks/pgm HTTP/1.1", "> Host: localhost:8443", "> User-Agent: curl/8.5.0", "> Accept: */*",
           "> Content-Type: application/json", f"> X-PerfectGym-Request: {rid}",
           f"> X-PerfectGym-Signature: {sign(rid)}", f"> Content-Length: {len(CLASSES_BOOKED)}", "> ",
           CLASSES_BOOKED, f"}} [{len(CLASSES_BOOKED)} bytes data]", "* We are completely uploaded and fine",
           "< HTTP/1.1 200 OK", "< Content-Type: application/json; charset=utf-8", "< Date: Wed, 26 Nov 2025 16:05:13 GMT",
           "< Content-Length: 17", "< ", "{ [17 bytes data]"]
    return "\n".join(out) + '\n{"received":true}* Connection #0 to host localhost left intact\n'


def curl_verbose_no_body():
    out = ["*   Trying 203.0.113.7:443...", "* Connected to receiver.example.com (203.0.113.7) port 443 (#0)",
           "> POST /webhooks/gymos HTTP/1.1", "> Host: receiver.example.com", "> User-Agent: curl/8.5.0",
           "> Accept: */*", "> Content-Type: application/json", f"> Content-Length: {len(LEAD_BODY)}", "> ",
           f"}} [{len(LEAD_BODY)} bytes data]", "* We are completely uploaded and fine",
           "< HTTP/1.1 500 Internal Server Error", "< Content-Type: application/problem+json", "< Content-Length: 83", "< ",
           "{ [83 bytes data]",
           '{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"lead"}',
           "* Connection #0 to host receiver.example.com left intact"]
    return "\n".join(out) + "\n"


def tcp_stream():
    rid = "0c9d7e3a-2b41-4f6e-8a1d-77e0b5c4f201"
    head = pgm_head(rid, PAYMENT_DONE, eol="\r\n", extra=["Expect: 100-continue"])
    answer = "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No Content\r\nDate: Wed, 26 Nov 2025 16:07:41 GMT\r\nServer: Kestrel\r\n\r\n"
    return head + PAYMENT_DONE + answer


def aspnet():
    rid = "9e2b6c1d-4f3a-4e8b-b1c2-d3e4f5a6b7c8"
    return f"""info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[1]
      Request:
      Protocol: HTTP/1.1
      Method: POST
      Scheme: https
      PathBase: 
      Path: /webhooks/pgm
      Accept-Encoding: gzip
      Host: receiver.example.com
      Content-Type: application/json
      Content-Length: {len(USER_MODIFIED)}
      X-PerfectGym-Request: {rid}
      X-PerfectGym-Signature: [Redacted]
info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[3]
      RequestBody: {USER_MODIFIED}
      RequestBodyStatus: [Completed]
info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[2]
      Response:
      StatusCode: 200
      Content-Type: text/plain; charset=utf-8
info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[4]
      ResponseBody: OK
"""


def nginx_escape(body):
    out = []
    for byte in body.encode():
        ch = chr(byte)
        out.append(f"\\x{byte:02X}" if ch in '"\\' or byte < 0x20 or byte > 0x7E else ch)
    return "".join(out)


def nginx_gymos():
    return (f'198.51.100.23 - - [26/Nov/2025:16:02:04 +0000] "POST /webhooks/gymos HTTP/1.1" 200 2 "-" '
            f'"GymOS-Webhooks" "{nginx_escape(LEAD_BODY)}"\n')


def nginx_pgm_log():
    lines = []
    for time, rid, body, status in [("16:02:01", "a1f0c3e2-1111-4c1b-9e1f-000000000001", USER_MODIFIED, 200),
                                    ("16:05:12", "a1f0c3e2-1111-4c1b-9e1f-000000000002", CLASSES_BOOKED, 502),
                                    ("16:05:43", "a1f0c3e2-1111-4c1b-9e1f-000000000002", CLASSES_BOOKED, 200)]:
        lines.append(f'203.0.113.9 - - [26/Nov/2025:{time} +0000] "POST /webhooks/pgm HTTP/1.1" {status} 2 "-" '
                     f'"-" x_perfectgym_request="{rid}" x_perfectgym_signature="{sign(rid)}" '
                     f'"{nginx_escape(body)}"')
    return "\n".join(lines) + "\n"


def kv_log():
    lines = []
    for time, rid, body, sig in [("16:02:01", "kv-7d1e-0001", USER_MODIFIED, None),
                                 ("16:09:03", "kv-7d1e-0002", BOOKED_BAD, sign("kv-7d1e-0002", "old-secret"))]:
        quoted = body.replace('"', '\\"')
        lines.append(f'time=2025-11-26T{time}Z level=info msg="webhook received" method=POST path=/webhooks/pgm '
                     f'x_perfectgym_request={rid} x_perfectgym_signature={sig or sign(rid)} status=200 body="{quoted}"')
    return "\n".join(lines) + "\n"


def node_inspect():
    rid = "e7a1c9d2-3b4f-4a5e-8c6d-112233445566"
    return f"""<ref *1> IncomingMessage {{
  _events: [Object: null prototype] {{ end: [Function: clearRequestTimeout] }},
  httpVersion: '1.1',
  complete: true,
  rawHeaders: [
    'Host',
    'receiver.example.com',
    'Content-Type',
    'application/json',
    'X-PerfectGym-Request',
    '{rid}',
    'X-PerfectGym-Signature',
    '{sign(rid)}'
  ],
  headers: {{
    host: 'receiver.example.com',
    'content-type': 'application/json',
    'x-perfectgym-request': '{rid}',
    'x-perfectgym-signature': '{sign(rid)}'
  }},
  url: '/webhooks/pgm',
  method: 'POST',
  statusCode: null,
  body: {{
    event: 'ClassesBooked',
    triggeredDate: '2025-11-26T16:05:12Z',
    data: {{ userId: 9778831, timeTableEventId: 9971587 }}
  }},
  [Symbol(kCapture)]: false
}}
"""


def express_json():
    return json.dumps({"method": "POST", "url": "/webhooks/gymos",
                       "headers": {"host": "receiver.example.com", "content-type": "application/json",
                                   "user-agent": "GymOS-Webhooks"},
                       "body": MEMBERSHIP}, indent=2) + "\n"


def flask():
    rid = "f1a5c0de-7b2a-4d9e-9c3f-aa11bb22cc33"
    headers = {"Host": "receiver.example.com", "Content-Type": "application/json",
               "Content-Length": str(len(PAYMENT_DONE)), "X-Perfectgym-Request": rid,
               "X-Perfectgym-Signature": sign(rid)}
    body = "b'" + PAYMENT_DONE.replace("'", "\\'") + "'"
    return (f"[2025-11-26 16:07:40,512] INFO in webhooks: headers: {headers!r}\n"
            f"[2025-11-26 16:07:40,513] INFO in webhooks: body: {body}\n"
            f'127.0.0.1 - - [26/Nov/2025 16:07:40] "POST /webhooks/pgm HTTP/1.1" 200 -\n')


def django():
    headers = {"Content-Length": str(len(LEAD_BODY)), "Content-Type": "application/json",
               "Host": "receiver.example.com", "User-Agent": "GymOS-Webhooks"}
    return f"{{'method': 'POST', 'path': '/webhooks/gymos', 'headers': {headers!r}, 'body': b'{LEAD_BODY}'}}\n"


def pino():
    lines = []
    for n, (ms, rid, body, status) in enumerate([(1764172921000, "p-0001", USER_MODIFIED, 200),
                                                 (1764173112000, "p-0002", CLASSES_BOOKED, 500),
                                                 (1764173143000, "p-0002", CLASSES_BOOKED, 200)]):
        lines.append(compact({"level": 30, "time": ms, "pid": 4127, "hostname": "hooks-1",
                              "req": {"id": n + 1, "method": "POST", "url": "/webhooks/pgm",
                                      "headers": {"host": "receiver.example.com", "content-type": "application/json",
                                                  "x-perfectgym-request": rid, "x-perfectgym-signature": sign(rid)}},
                              "body": json.loads(body), "res": {"statusCode": status}, "msg": "webhook received"}))
    return "\n".join(lines) + "\n"


def winston():
    lines = [compact({"level": "info", "message": "webhook received",
                      "headers": {"content-type": "application/json", "user-agent": "GymOS-Webhooks"},
                      "body": body, "timestamp": time})
             for time, body in [("2025-11-26T16:02:04.101Z", LEAD_BODY), ("2025-11-26T16:12:09.877Z", MEMBERSHIP_BODY)]]
    return "\n".join(lines) + "\n"


def array_headers_body():
    items = [{"headers": {"X-PerfectGym-Request": "arr-0001", "X-PerfectGym-Signature": sign("arr-0001"),
                          "Content-Type": "application/json"}, "body": USER_MODIFIED},
             {"headers": {"Content-Type": "application/json"}, "body": LEAD_BODY},
             {"headers": {"X-PerfectGym-Request": "arr-0002", "X-PerfectGym-Signature": sign("arr-0002", "guess"),
                          "Content-Type": "application/json"}, "body": PAYMENT_DONE}]
    return json.dumps(items, indent=2) + "\n"


def array_request_wrapped():
    items = [{"receivedAt": "2025-11-26T16:02:01Z",
              "request": {"method": "POST", "url": "/webhooks/pgm",
                          "headers": {"x-perfectgym-request": "wr-01", "x-perfectgym-signature": sign("wr-01")},
                          "body": json.loads(CLASSES_BOOKED)}},
             {"receivedAt": "2025-11-26T16:02:04Z",
              "request": {"method": "POST", "url": "/webhooks/gymos", "headers": {"content-type": "application/json"},
                          "body": json.loads(MEMBERSHIP_BODY)}}]
    return json.dumps(items, indent=2) + "\n"


def prefixed_line():
    return f"2025-11-26T16:02:04Z INFO webhook received: {LEAD_BODY}\n"


def chunked():
    rid = "c4a7e1b0-5d2c-4e3f-9a8b-0c1d2e3f4a5b"
    head = pgm_head(rid, USER_MODIFIED).replace(f"Content-Length: {len(USER_MODIFIED)}", "Transfer-Encoding: chunked")
    first, second = USER_MODIFIED[:40], USER_MODIFIED[40:]
    return head.replace("\n", "\r\n") + f"{len(first):x}\r\n{first}\r\n{len(second):x}\r\n{second}\r\n0\r\n\r\n"


def har():
    def entry(method, url, headers, body=None, status=200, answer=""):
        request = {"method": method, "url": url, "httpVersion": "HTTP/1.1",
                   "headers": [{"name": k, "value": v} for k, v in headers], "queryString": [], "cookies": [],
                   "headersSize": -1, "bodySize": len(body or "")}
        if body is not None:
            request["postData"] = {"mimeType": "application/json", "text": body}
        return {"startedDateTime": "2025-11-26T16:02:01.000Z", "time": 41, "request": request,
                "response": {"status": status, "statusText": "OK" if status < 300 else "Bad Gateway",
                             "httpVersion": "HTTP/1.1", "headers": [], "cookies": [],
                             "content": {"size": len(answer), "mimeType": "text/plain", "text": answer},
                             "redirectURL": "", "headersSize": -1, "bodySize": len(answer)},
                "cache": {}, "timings": {"send": 1, "wait": 39, "receive": 1}}
    entries = [entry("GET", "https://app.example.com/", []),
               entry("POST", "https://receiver.example.com/webhooks/pgm",
                     [("X-PerfectGym-Request", "har-01"), ("X-PerfectGym-Signature", sign("har-01"))], USER_MODIFIED,
                     answer="OK"),
               entry("POST", "https://receiver.example.com/webhooks/gymos", [("Content-Type", "application/json")],
                     LEAD_BODY, status=502, answer="upstream timed out")]
    return json.dumps({"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                               "pages": [], "entries": entries}}, indent=2) + "\n"


def glued():
    deliveries = [("g-0001", USER_MODIFIED, None), ("g-0002", CLASSES_BOOKED, None),
                  ("g-0003", PAYMENT_DONE, sign("g-0003", "not-the-secret")), ("g-0002", CLASSES_BOOKED, None),
                  ("g-0002", CLASSES_BOOKED, None)]
    return "\n\n".join(pgm_head(rid, body, sig) + body for rid, body, sig in deliveries) + "\n"


def next_glued():
    """PerfectGym Next / Magicline: its static key in x-api-key (the corpus secret), one delivery with another key."""
    def delivery(key, uuid, kind, content, timestamp):
        body = json.dumps({"entityId": 5772691, "uuid": uuid,
                           "payload": [{"timestamp": timestamp, "type": kind, "content": content}]}, indent=2)
        return (f"POST /webhooks/next HTTP/1.1\nHost: receiver.example.com\nContent-Type: application/json\n"
                f"Content-Length: {len(body.encode())}\nx-api-key: {key}\n\n{body}")
    return "\n\n".join([
        delivery(SECRET, "960e783e-804f-4c82-9182-520f95720a2d", "CONTRACT_CREATED", {"contractId": 952308},
                 1764172921000),
        delivery("a-leaked-old-key", "0b7f3d2c-5a1e-4c9b-8f6d-2e4a6c8b0d1f", "CUSTOMER_CHECKIN", {},
                 1764173112000),
    ]) + "\n"


def raw_gymos():
    return gymos_head(LEAD_PRETTY) + LEAD_PRETTY


def jsonl_prefixed_ids():
    lines = []
    for time, rid, body in [("16:02:01", "px-01", USER_MODIFIED), ("16:05:12", "px-02", CLASSES_BOOKED)]:
        lines.append(f"2025-11-26T{time}Z INFO [hooks] x-perfectgym-request={rid} "
                     f"x-perfectgym-signature={sign(rid)} {body}")
    lines.append(f"2025-11-26T16:09:03Z INFO [hooks] x-perfectgym-request=px-03 "
                 f"x-perfectgym-signature={'0' * 32} {BOOKED_BAD}")
    return "\n".join(lines) + "\n"


CAPTURES = {
    "curl-v-pgm.txt": curl_verbose,
    "curl-v-gymos-no-body.txt": curl_verbose_no_body,
    "tcp-stream-100-continue-pgm.txt": tcp_stream,
    "aspnet-httplogging-pgm.txt": aspnet,
    "nginx-access-gymos.log": nginx_gymos,
    "nginx-access-ids-pgm.log": nginx_pgm_log,
    "kv-log-pgm.log": kv_log,
    "express-inspect-pgm.txt": node_inspect,
    "express-json-gymos.json": express_json,
    "flask-dump-pgm.txt": flask,
    "django-dump-gymos.txt": django,
    "pino-pgm.jsonl": pino,
    "winston-gymos.jsonl": winston,
    "array-headers-body.json": array_headers_body,
    "array-request-wrapped.json": array_request_wrapped,
    "prefixed-log-line-gymos.txt": prefixed_line,
    "chunked-pgm.http": chunked,
    "devtools.har": har,
    "glued-compact-pgm.http": glued,
    "raw-gymos.http": raw_gymos,
    "glued-next.http": next_glued,
    "log-ids-in-prefix-pgm.log": jsonl_prefixed_ids,
}

if __name__ == "__main__":
    for name, make in CAPTURES.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            f.write(make())
    print(f"wrote {len(CAPTURES)} captures")
