"""Daily Iceberg table maintenance through Trino: compaction (optimize) of every table of the
configured schemas of the `iceberg` catalog.

Snapshot expiry and orphan file removal are not done here. The tables live in Nessie, which
sets gc.enabled=false on them: Iceberg's expire_snapshots refuses, and remove_orphan_files
only knows one branch's history, so it would delete files that other branches and tags still
read. Nessie GC does both, across every reference (the nessie component's CronJob).

Schemas and schedule come from platform config (airflow.maintenance), through the
environment (AIRFLOW_VAR_MAINTENANCE_*).
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from airflow.sdk import dag, task

from lakeplane.sql import maintenance_statements, parse_schemas, qualified
from lakeplane.trino import TrinoClient

CATALOG = "iceberg"
SCHEDULE = os.environ.get("AIRFLOW_VAR_MAINTENANCE_SCHEDULE", "0 3 * * *")
DEFAULT_ARGS = {"retries": 2, "retry_delay": timedelta(minutes=10), "execution_timeout": timedelta(hours=4)}


@dag(
    dag_id="iceberg_table_maintenance",
    schedule=SCHEDULE,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    max_active_tasks=4,
    default_args=DEFAULT_ARGS,
    tags=["lakeplane", "iceberg", "maintenance"],
    doc_md=__doc__,
)
def iceberg_table_maintenance():
    @task
    def schemas() -> list[str]:
        return parse_schemas(os.environ.get("AIRFLOW_VAR_MAINTENANCE_SCHEMAS", "bronze,silver,gold"))

    @task
    def tables(schema: str) -> list[str]:
        client = TrinoClient.from_connection("trino_default")
        existing = {row[0] for row in client.query(f"SHOW SCHEMAS FROM \"{CATALOG}\"")}
        if schema not in existing:
            print(f"schema {CATALOG}.{schema} does not exist yet; nothing to maintain")
            return []
        return [qualified(CATALOG, schema, row[0]) for row in client.query(f'SHOW TABLES FROM "{CATALOG}"."{schema}"')]

    @task
    def flatten(per_schema: list[list[str]]) -> list[str]:
        return sorted(t for group in per_schema for t in group)

    @task
    def maintain(table: str) -> str:
        client = TrinoClient.from_connection("trino_default")
        for statement in maintenance_statements(table):
            print(statement)
            client.query(statement)
        return table

    maintain.expand(table=flatten(tables.expand(schema=schemas())))


iceberg_table_maintenance()
