"""Datasets the platform declares in bronze: their tables exist before the first upload (so
the dbt models over them build), and an upload is loaded into them by column name, every
value as text. Bronze keeps what was uploaded; the dbt staging models type it, and the
quality gate checks the typed rows before gold is built from them.

An upload of a declared dataset goes to uploads/<dataset>/<any name>.csv (one file per day
or batch); its header must name every declared column, in any order and case.
Standard library only, so it is unit-tested without Airflow.
"""

from __future__ import annotations

from typing import Sequence

from lakeplane.sql import check_identifier, column_names, qualified, to_identifier

#: dataset -> its columns, in order. dbt/models/staging/sources.yml lists the same columns
#: (test/dbt.test.ts holds the two together).
DECLARED_DATASETS: dict[str, tuple[str, ...]] = {
    # Orders from the shop system: one row per order. price is the order's total, quantity
    # its items, ordered_at an ISO 8601 timestamp with its offset (2026-12-01T09:30:00Z).
    "orders": ("order_id", "customer_id", "email", "country_code", "price", "quantity", "ordered_at"),
}


def dataset_columns(dataset: str) -> list[tuple[str, str]]:
    """The declared columns of a dataset as (name, type): every value is kept as text."""
    if dataset not in DECLARED_DATASETS:
        raise ValueError(f"{dataset!r} is not a declared dataset ({', '.join(sorted(DECLARED_DATASETS))})")
    return [(check_identifier(name), "VARCHAR") for name in DECLARED_DATASETS[dataset]]


def declared_table(dataset: str, catalog: str = "iceberg", schema: str = "bronze") -> str:
    return qualified(catalog, schema, check_identifier(dataset))


def table_for_key(key: str, prefix: str = "uploads/") -> tuple[str, bool]:
    """The bronze table an uploaded key loads into, and whether it is a declared dataset.

    uploads/<dataset>/<file>.csv loads into the declared dataset; uploads/<name>.csv into a
    table named after the file, its types inferred. Anything deeper is refused.
    """
    if not key.startswith(prefix) or not key.lower().endswith(".csv"):
        raise ValueError(f"{key!r} is not a CSV upload under {prefix}")
    parts = key[len(prefix) :].split("/")
    if len(parts) == 1:
        return to_identifier(parts[0].rsplit(".", 1)[0]), False
    if len(parts) == 2 and parts[0] in DECLARED_DATASETS:
        return parts[0], True
    raise ValueError(f"{key!r}: a folder under {prefix} must be a declared dataset ({', '.join(sorted(DECLARED_DATASETS))}) holding CSV files")


def reorder_rows(dataset: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[list[str | None]]:
    """The rows with their cells in the declared column order; extra columns are dropped.

    Raises ValueError naming the missing columns when the header lacks a declared one.
    """
    names = column_names(header)
    declared = DECLARED_DATASETS[dataset]
    missing = [c for c in declared if c not in names]
    if missing:
        raise ValueError(f"the header of a {dataset} upload lacks {', '.join(missing)} (it has {', '.join(names)})")
    index = [names.index(c) for c in declared]
    return [[row[i] if i < len(row) else None for i in index] for row in rows]
