#!/usr/bin/env python3
"""Floods a `moks sandbox serve` and reports its peak memory (VmHWM) and how long a signed
GET takes meanwhile. Not run by the test suite (it needs a release build and minutes);
the figures go in the sandbox's security notes.

    python3 tests/python/sandbox_flood.py target/release/moks

Phases, each followed by a signed `moks get-ca-cert` timed against the flooded sandbox:
  1. 3000 unauthenticated POSTs, each with a whole 1 MiB body;
  2. 300 slow-loris connections (half a request head, then silence) and 1000 POSTs that
     announce 1 MiB and send 512 KiB of it (half of them with the public sandbox tokens
     and a current timestamp, so that they pass the checks made before the body).
"""

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import datetime, timezone

BASE = "/mtls-origin-keystore/v1"


def status(pid):
    out = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmHWM", "VmRSS"):
                out[k] = v.strip()
    return out


def start(moks):
    p = subprocess.Popen(
        [moks, "sandbox", "serve", "--listen", "127.0.0.1:0", "--rate-limit", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    section = [p.stdout.readline() for _ in range(5)]
    fields = dict(l.strip().split(" = ", 1) for l in section[1:])
    host = fields["host"].split("://", 1)[1]
    return p, section, fields, host


def signed_get(moks, edgerc):
    t = time.monotonic()
    r = subprocess.run(
        [moks, "--edgerc", edgerc, "--section", "sandbox", "--timeout", "30", "get-ca-cert"],
        capture_output=True,
    )
    return r.returncode, time.monotonic() - t


def post_head(host, length, auth):
    h = f"POST {BASE}/client-certificates HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n"
    if auth:
        h += f"Authorization: {auth}\r\n"
    return (h + "\r\n").encode()


def fake_auth(fields):
    ts = datetime.now(timezone.utc).strftime("%Y%m%dT%H:%M:%S+0000")
    return (
        f"EG1-HMAC-SHA256 client_token={fields['client_token']};access_token={fields['access_token']};"
        f"timestamp={ts};nonce={uuid.uuid4()};signature=AAAA"
    )


def unauthenticated_posts(host, n, threads=8):
    ip, port = host.rsplit(":", 1)
    body = b" " * (1 << 20)
    head = post_head(host, len(body), None)

    def worker(count):
        for _ in range(count):
            try:
                s = socket.create_connection((ip, int(port)), timeout=30)
                s.sendall(head)
                try:
                    s.sendall(body)
                except OSError:
                    pass  # answered 401 and closed before the body was read
                try:
                    s.recv(4096)
                except OSError:
                    pass
                s.close()
            except OSError:
                pass

    ts = [threading.Thread(target=worker, args=(n // threads,)) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


def slow_flood(host, fields):
    ip, port = host.rsplit(":", 1)
    socks = []
    for _ in range(300):
        s = socket.create_connection((ip, int(port)))
        s.sendall(f"GET {BASE}/ca-certificates HTTP/1.1\r\nHost: {host}\r\n".encode())
        socks.append(s)
    half = b"x" * (512 << 10)
    for i in range(1000):
        try:
            s = socket.create_connection((ip, int(port)), timeout=5)
            s.sendall(post_head(host, 1 << 20, fake_auth(fields) if i % 2 == 0 else None))
            s.settimeout(0.2)
            try:
                s.sendall(half)
            except OSError:
                pass
            socks.append(s)
        except OSError:
            pass
    return socks


def main():
    moks = sys.argv[1]
    p, section, fields, host = start(moks)
    with tempfile.NamedTemporaryFile("w", suffix=".edgerc", delete=False) as f:
        f.write("".join(section))
        edgerc = f.name
    os.chmod(edgerc, 0o600)
    try:
        print("start:", status(p.pid), "GET", signed_get(moks, edgerc))
        t = time.monotonic()
        unauthenticated_posts(host, 3000)
        print(f"after 3000 unauthenticated 1 MiB POSTs ({time.monotonic() - t:.1f}s):", status(p.pid))
        print("  GET", signed_get(moks, edgerc))
        socks = slow_flood(host, fields)
        print("during 300 slow-loris + 1000 half-sent 1 MiB bodies:", status(p.pid))
        print("  GET", signed_get(moks, edgerc))
        time.sleep(2)
        print("  GET", signed_get(moks, edgerc), status(p.pid))
        for s in socks:
            s.close()
    finally:
        p.terminate()
        p.wait()
        os.unlink(edgerc)


if __name__ == "__main__":
    main()
