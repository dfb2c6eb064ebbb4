"""Connection health check: Trino, Nessie, the object store and PostgreSQL, every 15 minutes.

Each check is its own task and fails with a message naming the service and the error, so a
red run says at a glance what is down (and the failed task alerts like any other failure).
Endpoints and credentials come from Airflow connections defined by the platform in the
environment (AIRFLOW_CONN_*), never from this file.
"""

from __future__ import annotations

import json
import os
import ssl
import urllib.error
import urllib.request
from datetime import datetime, timedelta

from airflow.sdk import dag, task

from lakeplane.trino import TrinoClient

DEFAULT_ARGS = {"retries": 1, "retry_delay": timedelta(minutes=1), "execution_timeout": timedelta(minutes=5)}


class ServiceDown(RuntimeError):
    """A platform service failed its health check."""


@dag(
    dag_id="platform_health_check",
    schedule="*/15 * * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["lakeplane", "health"],
    doc_md=__doc__,
)
def platform_health_check():
    @task
    def trino() -> str:
        client = TrinoClient.from_connection("trino_default")
        try:
            rows = client.query("SELECT 1")
        except Exception as err:
            raise ServiceDown(f"Trino is down: {err}") from err
        if rows != [[1]]:
            raise ServiceDown(f"Trino answered SELECT 1 with {rows!r}")
        return "trino ok"

    @task
    def nessie() -> str:
        from airflow.sdk import BaseHook

        conn = BaseHook.get_connection("nessie")
        base = conn.host.rstrip("/")
        # Nessie serves TLS signed by the platform CA: the connection's `verify` is its CA file.
        verify = (conn.extra_dejson or {}).get("verify")
        context = ssl.create_default_context(cafile=verify if isinstance(verify, str) else None)
        try:
            with urllib.request.urlopen(f"{base}/config", timeout=15, context=context if base.startswith("https://") else None) as response:
                config = json.loads(response.read().decode())
        except urllib.error.HTTPError as err:
            # Nessie asks for a bearer token when authentication is on: it is up and answering.
            if err.code in (401, 403):
                return f"nessie ok (answers, authentication required: HTTP {err.code})"
            raise ServiceDown(f"Nessie at {base} answered HTTP {err.code}") from err
        except Exception as err:
            raise ServiceDown(f"Nessie at {base} is down: {err}") from err
        branch = config.get("defaultBranch")
        if not branch:
            raise ServiceDown(f"Nessie at {base} answered without a default branch: {config!r}")
        return f"nessie ok (default branch {branch})"

    @task
    def object_store() -> str:
        from airflow.providers.amazon.aws.hooks.s3 import S3Hook

        bucket = os.environ.get("AIRFLOW_VAR_BRONZE_BUCKET", "bronze")
        try:
            exists = S3Hook(aws_conn_id="object_store").check_for_bucket(bucket)
        except Exception as err:
            raise ServiceDown(f"object store is down: {err}") from err
        if not exists:
            raise ServiceDown(f"object store is up but bucket {bucket!r} is missing or not readable")
        return f"object store ok (bucket {bucket})"

    @task
    def postgresql() -> str:
        from airflow.providers.postgres.hooks.postgres import PostgresHook

        try:
            row = PostgresHook(postgres_conn_id="airflow_db").get_first("SELECT 1")
        except Exception as err:
            raise ServiceDown(f"PostgreSQL is down: {err}") from err
        if not row or row[0] != 1:
            raise ServiceDown(f"PostgreSQL answered SELECT 1 with {row!r}")
        return "postgresql ok"

    trino()
    nessie()
    object_store()
    postgresql()


platform_health_check()
