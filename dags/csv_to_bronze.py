"""CSV upload to the bronze bucket -> Iceberg table in the bronze schema.

Drop a CSV file at s3://bronze/uploads/<table>.csv (any S3 client, the object store console).
Every 30 minutes (or when triggered by hand) this DAG loads each uploaded file into
iceberg.bronze.<table> through Trino: columns from the header, types inferred from the
values, two lineage columns (_source_file, _loaded_at). A loaded file moves to processed/,
a file that fails moves to failed/ with the error in the task log.

The platform's declared datasets (lakeplane/datasets.py: orders) are uploaded to
s3://bronze/uploads/<dataset>/<file>.csv, one file per batch. Their tables are created
before anything is uploaded (the dbt models over them build from the first night on), and
an upload is loaded by column name, every value as text: typing is the dbt staging
model's job, and the quality gate checks the typed rows before gold is built.
"""

from __future__ import annotations

import csv
import io
import os
from datetime import datetime, timedelta

from airflow.sdk import dag, task

from lakeplane.datasets import DECLARED_DATASETS, dataset_columns, declared_table, reorder_rows, table_for_key
from lakeplane.sql import batches, column_names, create_table_sql, infer_type, insert_sql, qualified
from lakeplane.trino import TrinoClient

UPLOAD_PREFIX = "uploads/"
BATCH_ROWS = 500
DEFAULT_ARGS = {"retries": 1, "retry_delay": timedelta(minutes=5), "execution_timeout": timedelta(hours=1)}


def _bucket() -> str:
    return os.environ.get("AIRFLOW_VAR_BRONZE_BUCKET", "bronze")


def _s3():
    from airflow.providers.amazon.aws.hooks.s3 import S3Hook

    return S3Hook(aws_conn_id="object_store")


@dag(
    dag_id="csv_to_bronze",
    schedule=timedelta(minutes=30),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["lakeplane", "ingestion", "bronze"],
    doc_md=__doc__,
)
def csv_to_bronze():
    @task
    def declared_tables() -> list[str]:
        """The declared datasets' tables, created if missing (dbt's staging views read them)."""
        client = TrinoClient.from_connection("trino_default")
        tables = [declared_table(dataset) for dataset in sorted(DECLARED_DATASETS)]
        for dataset, table in zip(sorted(DECLARED_DATASETS), tables):
            client.query(create_table_sql(table, dataset_columns(dataset)))
        return tables

    @task
    def uploaded_files() -> list[str]:
        keys = _s3().list_keys(bucket_name=_bucket(), prefix=UPLOAD_PREFIX) or []
        return sorted(k for k in keys if k.lower().endswith(".csv"))

    @task(map_index_template="{{ task.op_kwargs['key'] }}")
    def load(key: str) -> str:
        s3 = _s3()
        bucket = _bucket()
        name = key[len(UPLOAD_PREFIX) :]
        try:
            text = s3.read_key(key, bucket_name=bucket)
            reader = csv.reader(io.StringIO(text))
            header = next(reader, None)
            if not header:
                raise ValueError(f"{key} is empty")
            rows = [row for row in reader if any(cell.strip() for cell in row)]
            target, declared = table_for_key(key, UPLOAD_PREFIX)
            if declared:
                columns = dataset_columns(target)
                rows = reorder_rows(target, header, rows)
            else:
                names = column_names(header)
                columns = [(n, infer_type(row[i] if i < len(row) else None for row in rows)) for i, n in enumerate(names)]
            table = qualified("iceberg", "bronze", target)
            client = TrinoClient.from_connection("trino_default")
            client.query(create_table_sql(table, columns))
            for batch in batches(rows, BATCH_ROWS):
                client.query(insert_sql(table, columns, batch, f"s3://{bucket}/{key}"))
        except Exception:
            s3.copy_object(key, f"failed/{name}", source_bucket_name=bucket, dest_bucket_name=bucket)
            s3.delete_objects(bucket, [key])
            raise
        s3.copy_object(key, f"processed/{name}", source_bucket_name=bucket, dest_bucket_name=bucket)
        s3.delete_objects(bucket, [key])
        return f"{len(rows)} rows of {key} loaded into {table}"

    # Declared tables first: a declared upload is loaded into a table that already exists.
    files = uploaded_files()
    declared_tables() >> files
    load.expand(key=files)


csv_to_bronze()
