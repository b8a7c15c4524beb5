"""A loopback server that checks every request's EdgeGrid signature with Akamai's own
Python library (edgegrid-python), independently of moks's signer.

Usage: python3 edgegrid_verify_server.py CLIENT_TOKEN CLIENT_SECRET ACCESS_TOKEN
It listens on 127.0.0.1 on a free port, prints "PORT <n>" on stdout, then for each request
recomputes the Authorization header from the request exactly as received (method, Host
header, raw path and query, body) with the timestamp and nonce moks sent. It answers 200 with
a small MOKS-shaped JSON body when the signature matches and 401 otherwise, and writes one
JSON line per request to stdout: {"method", "path", "verified", "dataToSign"}. It exits when
its standard input closes (the test holds it open), so it never outlives the test.
"""
import json
import sys
import threading
import types
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from requests.structures import CaseInsensitiveDict
from akamai.edgegrid.edgegrid import EdgeGridAuthHeaders

CT, CS, AT = sys.argv[1:4]
LOCK = threading.Lock()


def verify(method, host, path, headers, body):
    received = headers.get("Authorization", "")
    try:
        fields = dict(p.split("=", 1) for p in received.split(" ", 1)[1].split(";"))
    except (IndexError, ValueError):
        return False, ""
    ah = EdgeGridAuthHeaders(CT, CS, AT, headers_to_sign=[], max_body=131072)
    # A plain object, not a requests.Request: requests would re-quote the URL. This server
    # is plain http, and Akamai's signers sign the scheme of the URL they call.
    req = types.SimpleNamespace(
        method=method,
        url="http://" + host + path,
        headers=CaseInsensitiveDict({"Host": host}),
        body=body,
    )
    expected = ah.make_auth_header(req, fields.get("timestamp", ""), fields.get("nonce", ""))
    return expected == received, ah.make_data_to_sign(req, "")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def handle_any(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        ok, dts = verify(self.command, self.headers.get("Host", ""), self.path, self.headers, body)
        with LOCK:
            print(json.dumps({"method": self.command, "path": self.path, "verified": ok,
                              "dataToSign": dts}), flush=True)
        if ok:
            status, payload = 200, {"certificates": [], "versions": [
                {"version": 2, "status": "DEPLOYED"}, {"version": 1, "status": "DEPLOYED"}]}
            if self.command == "POST" and self.path.split("?")[0].endswith("/client-certificates"):
                status, payload = 201, {"certificateId": 1, "certificateName": "x", "signer": "AKAMAI"}
        else:
            status, payload = 401, {"type": "https://problems.luna.akamaiapis.net/-/pep-authn/deny",
                                    "title": "Not authorized", "detail": "The signature does not match"}
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = handle_any


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print("PORT %d" % server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.read()  # until the test closes our stdin
    server.shutdown()


if __name__ == "__main__":
    main()
