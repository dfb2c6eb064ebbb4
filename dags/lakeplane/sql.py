"""Pure SQL helpers for the DAGs: identifiers, literals, CSV type inference and the Iceberg
compaction statement. Standard library only, so they are unit-tested without Airflow."""

from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Sequence

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")

#: Iceberg maintenance procedures run per table. Only compaction: Nessie sets gc.enabled=false
#: on its tables, so Iceberg's own expire_snapshots refuses, and remove_orphan_files would delete
#: files that other branches or tags still reference. Nessie GC, which walks every reference,
#: expires snapshots and removes unreferenced files instead (a CronJob of the nessie component).
MAINTENANCE_PROCEDURES = ("optimize",)

#: Procedures that delete files on the strength of one branch's history: never run here.
UNSAFE_WITH_NESSIE = ("expire_snapshots", "remove_orphan_files")


def to_identifier(name: str) -> str:
    """A safe lower-case SQL identifier from a file or column name ("Order Date" -> order_date)."""
    cleaned = re.sub(r"[^a-z0-9_]+", "_", name.strip().lower()).strip("_")
    if not cleaned:
        raise ValueError(f"cannot make an identifier from {name!r}")
    if cleaned[0].isdigit():
        cleaned = f"c_{cleaned}"
    return cleaned


def check_identifier(name: str) -> str:
    """Returns the name if it is a plain lower-case identifier, else raises ValueError."""
    if not _IDENTIFIER.match(name):
        raise ValueError(f"{name!r} is not a plain SQL identifier (lower-case letters, digits, _)")
    return name


def qualified(catalog: str, schema: str, table: str) -> str:
    """catalog.schema.table with every part checked and double-quoted."""
    return ".".join(f'"{check_identifier(part)}"' for part in (catalog, schema, table))


def sql_literal(value: str | None, sql_type: str) -> str:
    """A Trino literal of the given type from a CSV cell; empty cells are NULL."""
    if value is None or value.strip() == "":
        return "NULL"
    text = value.strip()
    if sql_type == "BIGINT":
        return str(int(text))
    if sql_type == "DOUBLE":
        return repr(float(text))
    if sql_type == "BOOLEAN":
        return "TRUE" if text.lower() in ("true", "t", "yes", "1") else "FALSE"
    if sql_type == "DATE":
        return f"DATE '{date.fromisoformat(text).isoformat()}'"
    return "'" + text.replace("'", "''") + "'"


def _is_int(text: str) -> bool:
    return re.fullmatch(r"[+-]?[0-9]+", text) is not None and abs(int(text)) < 2**63


def _is_float(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) is not None


def infer_type(values: Iterable[str | None]) -> str:
    """The narrowest of BIGINT, DOUBLE, BOOLEAN, DATE, VARCHAR that fits every non-empty value."""
    present = [v.strip() for v in values if v is not None and v.strip() != ""]
    if not present:
        return "VARCHAR"
    if all(_is_int(v) for v in present):
        return "BIGINT"
    if all(_is_float(v) for v in present):
        return "DOUBLE"
    if all(v.lower() in ("true", "false") for v in present):
        return "BOOLEAN"
    if all(_is_date(v) for v in present):
        return "DATE"
    return "VARCHAR"


def column_names(header: Sequence[str]) -> list[str]:
    """Identifiers for a CSV header; duplicates get a numeric suffix."""
    seen: dict[str, int] = {}
    names = []
    for raw in header:
        name = to_identifier(raw)
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 1
        names.append(name)
    return names


def create_table_sql(table: str, columns: Sequence[tuple[str, str]]) -> str:
    """CREATE TABLE IF NOT EXISTS with the CSV columns and two lineage columns."""
    cols = [f'"{check_identifier(name)}" {sql_type}' for name, sql_type in columns]
    cols += ['"_source_file" VARCHAR', '"_loaded_at" TIMESTAMP(6) WITH TIME ZONE']
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)}) WITH (format = 'PARQUET')"


def insert_sql(table: str, columns: Sequence[tuple[str, str]], rows: Sequence[Sequence[str | None]], source_file: str) -> str:
    """One INSERT ... VALUES statement for a batch of CSV rows."""
    if not rows:
        raise ValueError("no rows to insert")
    names = [f'"{check_identifier(name)}"' for name, _ in columns] + ['"_source_file"', '"_loaded_at"']
    source = sql_literal(source_file, "VARCHAR")
    tuples = []
    for row in rows:
        if len(row) != len(columns):
            raise ValueError(f"row has {len(row)} fields, the header has {len(columns)}: {list(row)!r}")
        cells = [sql_literal(cell, sql_type) for cell, (_, sql_type) in zip(row, columns)]
        tuples.append("(" + ", ".join(cells + [source, "current_timestamp"]) + ")")
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES " + ", ".join(tuples)


def batches(rows: Sequence, size: int) -> list:
    """Rows in consecutive batches of at most `size`."""
    if size < 1:
        raise ValueError("batch size must be >= 1")
    return [rows[i : i + size] for i in range(0, len(rows), size)]


def maintenance_statements(table: str) -> list[str]:
    """Trino's Iceberg maintenance for one table: compaction of small files (see MAINTENANCE_PROCEDURES)."""
    return [f"ALTER TABLE {table} EXECUTE optimize(file_size_threshold => '128MB')"]


def parse_schemas(value: str) -> list[str]:
    """The comma-separated schema list of the maintenance variable, checked."""
    schemas = [s.strip() for s in value.split(",") if s.strip()]
    if not schemas:
        raise ValueError("no schema configured for maintenance")
    return [check_identifier(s) for s in schemas]


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of already sorted values (pct in 0..100)."""
    if not sorted_values:
        raise ValueError("no values")
    if not 0 < pct <= 100:
        raise ValueError("pct must be in (0, 100]")
    rank = max(1, -(-len(sorted_values) * pct // 100))
    return sorted_values[int(rank) - 1]
