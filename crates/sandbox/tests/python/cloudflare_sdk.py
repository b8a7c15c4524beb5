"""Drives the sandbox's Cloudflare emulation with Cloudflare's official Python SDK
(PyPI `cloudflare`), its base URL pointed at the sandbox, and prints one JSON object of
what the SDK parsed. Used by crates/sandbox/tests/cloudflare_python.rs.

Arguments: base URL (…/client/v4), API token, path of a PEM CSR, number of certificates
to create before listing.
"""

import json
import sys

from cloudflare import Cloudflare


def main():
    base_url, token, csr_path, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    csr = open(csr_path, encoding="ascii").read()
    # No retries: a create must never be sent twice by the test.
    cf = Cloudflare(api_token=token, base_url=base_url, max_retries=0)
    zone = next(iter(cf.zones.list(name="example.com")))
    certs = cf.client_certificates
    created = [certs.create(zone_id=zone.id, csr=csr, validity_days=30) for _ in range(count)]
    first = created[0]
    got = certs.get(first.id, zone_id=zone.id)
    # per_page 5 makes the auto-pager follow several pages until an empty one
    listed = [c.id for c in certs.list(zone_id=zone.id, per_page=5)]
    revoked = certs.delete(first.id, zone_id=zone.id)
    reactivated = certs.edit(first.id, zone_id=zone.id, reactivate=True)
    hostnames = cf.certificate_authorities.hostname_associations.update(
        zone_id=zone.id, hostnames=["api.example.com"]
    )
    read_back = cf.certificate_authorities.hostname_associations.get(zone_id=zone.id)
    print(
        json.dumps(
            {
                "zone": zone.id,
                "created": first.id,
                "created_status": first.status,
                "created_cn": first.common_name,
                "ca_name": first.certificate_authority.name,
                "got": got.id,
                "got_fingerprint": got.fingerprint_sha256,
                "listed": listed,
                "created_ids": [c.id for c in created],
                "revoked_status": revoked.status,
                "reactivated_status": reactivated.status,
                "hostnames": hostnames.hostnames,
                "read_back": read_back.hostnames,
            }
        )
    )


if __name__ == "__main__":
    main()
