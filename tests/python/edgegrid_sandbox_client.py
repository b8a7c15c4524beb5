"""Drives a MOKS API server with Akamai's own Python library (edgegrid-python), the way a
user's script would: requests + EdgeGridAuth from an .edgerc section.

Usage: python3 edgegrid_sandbox_client.py EDGERC SECTION
It creates an Akamai-signed client certificate, rotates it and lists its versions, printing
one JSON line per call: {"call", "status", "body"} (body null when the answer had none).
The host of the section is used as written when it has a scheme (the sandbox's is
http://127.0.0.1:PORT), else https:// is put in front, as Akamai's tools do.
"""
import json
import sys

import requests
from akamai.edgegrid import EdgeGridAuth, EdgeRc

EDGERC, SECTION = sys.argv[1:3]
rc = EdgeRc(EDGERC)
host = rc.get(SECTION, "host")
base = host if "://" in host else "https://" + host
session = requests.Session()
session.auth = EdgeGridAuth.from_edgerc(rc, SECTION)
api = base + "/mtls-origin-keystore/v1"


def call(name, method, path, **kw):
    r = session.request(method, api + path, timeout=30, **kw)
    body = r.json() if r.content else None
    print(json.dumps({"call": name, "status": r.status_code, "body": body}), flush=True)
    return body


created = call("create", "POST", "/client-certificates", json={
    "certificateName": "from-python", "contractId": "C-0N7RAC7", "groupId": 12345,
    "geography": "CORE", "secureNetwork": "STANDARD_TLS", "signer": "AKAMAI",
    "notificationEmails": ["ops@example.com"],
})
cid = (created or {}).get("certificateId")
call("rotate", "POST", "/client-certificates/%s/versions" % cid)
call("list", "GET", "/client-certificates/%s/versions" % cid)
