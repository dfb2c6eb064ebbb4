"""Trino load test (the Month 5-6 checklist): LOADTEST_QUERIES queries, LOADTEST_CONCURRENCY at
a time, then latency percentiles (p50/p95/p99) in the log. Standard library only; the Trino
endpoint, user and CA file are the Airflow connection from the environment
(AIRFLOW_CONN_TRINO_DEFAULT), the service user's password is LAKEPLANE_TRINO_PASSWORD."""

import base64
import json
import os
import ssl
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def connection():
    conn = json.loads(os.environ["AIRFLOW_CONN_TRINO_DEFAULT"])
    extra = conn.get("extra", {})
    protocol = extra.get("protocol", "https")
    verify = extra.get("verify")
    context = ssl.create_default_context(cafile=verify if isinstance(verify, str) else None) if protocol == "https" else None
    return f"{protocol}://{conn['host']}:{conn.get('port', 8443)}", conn.get("login", "airflow"), context


def run_query(base_url, user, sql, context=None, password=None):
    headers = {"X-Trino-User": user, "X-Trino-Source": "lakeplane-loadtest"}
    if password:
        headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    started = time.monotonic()
    request = urllib.request.Request(f"{base_url}/v1/statement", data=sql.encode(), headers=headers, method="POST")
    while True:
        with urllib.request.urlopen(request, timeout=600, context=context) as response:
            page = json.loads(response.read().decode())
        if page.get("error"):
            raise RuntimeError(page["error"].get("message", "query failed"))
        next_uri = page.get("nextUri")
        if not next_uri:
            return time.monotonic() - started
        request = urllib.request.Request(next_uri, headers=headers)


def percentile(sorted_values, pct):
    rank = max(1, -(-len(sorted_values) * pct // 100))
    return sorted_values[int(rank) - 1]


def main():
    concurrency = int(os.environ.get("LOADTEST_CONCURRENCY", "100"))
    total = int(os.environ.get("LOADTEST_QUERIES", "1000"))
    sql = os.environ["LOADTEST_SQL"]
    base_url, user, context = connection()
    password = os.environ.get("LAKEPLANE_TRINO_PASSWORD")
    if password and context is None:
        print(f"refusing to send the password of {user} to {base_url} over plain HTTP", flush=True)
        return 1
    print(f"load test: {total} queries, {concurrency} concurrent, against {base_url}: {sql}", flush=True)
    latencies, errors = [], []

    def one(_):
        try:
            latencies.append(run_query(base_url, user, sql, context, password))
        except Exception as err:  # counted and reported, the run goes on
            errors.append(str(err))

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(total)))
    elapsed = time.monotonic() - started
    latencies.sort()
    if not latencies:
        print(f"all {total} queries failed; first error: {errors[0] if errors else '?'}", flush=True)
        return 1
    print(
        f"completed={len(latencies)} failed={len(errors)} wall={elapsed:.1f}s throughput={len(latencies) / elapsed:.1f}/s "
        f"p50={percentile(latencies, 50):.3f}s p95={percentile(latencies, 95):.3f}s p99={percentile(latencies, 99):.3f}s max={latencies[-1]:.3f}s",
        flush=True,
    )
    if errors:
        print(f"first error: {errors[0]}", flush=True)
    return 0 if not errors else 2


if __name__ == "__main__":
    sys.exit(main())
