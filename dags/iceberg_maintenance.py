"""Daily Iceberg table maintenance through Trino: compaction (optimize), snapshot expiry
(expire_snapshots) and orphan file removal (remove_orphan_files) on every table of the
configured schemas of the `iceberg` catalog.

Schemas, retention and schedule come from platform config (airflow.maintenance), through
the environment (AIRFLOW_VAR_MAINTENANCE_*). Trino refuses retentions below the catalog's
minimum (7 days unless configured otherwise).
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
        retention = int(os.environ.get("AIRFLOW_VAR_MAINTENANCE_RETENTION_DAYS", "7"))
        client = TrinoClient.from_connection("trino_default")
        for statement in maintenance_statements(table, retention):
            print(statement)
            client.query(statement)
        return table

    maintain.expand(table=flatten(tables.expand(schema=schemas())))


iceberg_table_maintenance()
