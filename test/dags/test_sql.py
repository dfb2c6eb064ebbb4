"""Unit tests of the DAGs' pure helpers (dags/lakeplane/sql.py); run by test/dags.test.ts."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "dags"))

from lakeplane.sql import (  # noqa: E402
    MAINTENANCE_PROCEDURES,
    UNSAFE_WITH_NESSIE,
    batches,
    column_names,
    create_table_sql,
    infer_type,
    insert_sql,
    maintenance_statements,
    parse_schemas,
    percentile,
    qualified,
    sql_literal,
    to_identifier,
)
from lakeplane.trino import TrinoError, collect_page  # noqa: E402


class IdentifierTest(unittest.TestCase):
    def test_file_and_column_names_become_identifiers(self):
        self.assertEqual(to_identifier("Order Date"), "order_date")
        self.assertEqual(to_identifier("2024-sales.csv"), "c_2024_sales_csv")
        self.assertEqual(column_names(["id", "ID", "Name"]), ["id", "id_2", "name"])

    def test_qualified_names_reject_injection(self):
        self.assertEqual(qualified("iceberg", "bronze", "orders"), '"iceberg"."bronze"."orders"')
        with self.assertRaises(ValueError):
            qualified("iceberg", "bronze", 'x"; DROP TABLE y; --')

    def test_empty_name_is_an_error(self):
        with self.assertRaises(ValueError):
            to_identifier("---")


class TypeInferenceTest(unittest.TestCase):
    def test_narrowest_type(self):
        self.assertEqual(infer_type(["1", "2", ""]), "BIGINT")
        self.assertEqual(infer_type(["1", "2.5"]), "DOUBLE")
        self.assertEqual(infer_type(["true", "False"]), "BOOLEAN")
        self.assertEqual(infer_type(["2026-01-31", None]), "DATE")
        self.assertEqual(infer_type(["a", "1"]), "VARCHAR")
        self.assertEqual(infer_type(["", None]), "VARCHAR")

    def test_literals_are_escaped(self):
        self.assertEqual(sql_literal("O'Brien", "VARCHAR"), "'O''Brien'")
        self.assertEqual(sql_literal("", "BIGINT"), "NULL")
        self.assertEqual(sql_literal("2026-01-31", "DATE"), "DATE '2026-01-31'")
        self.assertEqual(sql_literal("yes", "BOOLEAN"), "TRUE")


class StatementTest(unittest.TestCase):
    columns = [("id", "BIGINT"), ("name", "VARCHAR")]

    def test_create_table_adds_lineage_columns(self):
        sql = create_table_sql('"iceberg"."bronze"."t"', self.columns)
        self.assertIn('"id" BIGINT, "name" VARCHAR, "_source_file" VARCHAR', sql)
        self.assertTrue(sql.startswith('CREATE TABLE IF NOT EXISTS "iceberg"."bronze"."t"'))

    def test_insert_batches(self):
        sql = insert_sql('"iceberg"."bronze"."t"', self.columns, [["1", "a"], ["2", ""]], "s3://bronze/uploads/t.csv")
        self.assertIn("(1, 'a', 's3://bronze/uploads/t.csv', current_timestamp)", sql)
        self.assertIn("(2, NULL,", sql)
        with self.assertRaises(ValueError):
            insert_sql("t", self.columns, [["1"]], "f")
        self.assertEqual(batches(list(range(5)), 2), [[0, 1], [2, 3], [4]])

    def test_maintenance_only_compacts(self):
        statements = maintenance_statements('"iceberg"."gold"."sales"')
        self.assertEqual(statements, ["ALTER TABLE \"iceberg\".\"gold\".\"sales\" EXECUTE optimize(file_size_threshold => '128MB')"])
        self.assertEqual(MAINTENANCE_PROCEDURES, ("optimize",))

    def test_no_procedure_that_deletes_files_branches_still_use(self):
        # Nessie tables carry gc.enabled=false; their files are collected by Nessie GC.
        for statement in maintenance_statements('"iceberg"."bronze"."t"'):
            for unsafe in UNSAFE_WITH_NESSIE:
                self.assertNotIn(unsafe, statement)
        self.assertTrue(set(UNSAFE_WITH_NESSIE).isdisjoint(MAINTENANCE_PROCEDURES))

    def test_schema_list(self):
        self.assertEqual(parse_schemas(" bronze, silver ,gold"), ["bronze", "silver", "gold"])
        with self.assertRaises(ValueError):
            parse_schemas(" , ")


class ProtocolTest(unittest.TestCase):
    def test_pages_and_errors(self):
        self.assertEqual(collect_page({"data": [[1]]}), [[1]])
        self.assertEqual(collect_page({"nextUri": "x"}), [])
        with self.assertRaises(TrinoError) as ctx:
            collect_page({"id": "q1", "error": {"errorName": "TABLE_NOT_FOUND", "message": "nope"}})
        self.assertIn("TABLE_NOT_FOUND", str(ctx.exception))

    def test_percentiles(self):
        values = [float(v) for v in range(1, 101)]
        self.assertEqual(percentile(values, 50), 50.0)
        self.assertEqual(percentile(values, 95), 95.0)
        self.assertEqual(percentile(values, 99), 99.0)
        self.assertEqual(percentile([3.0], 99), 3.0)


if __name__ == "__main__":
    unittest.main()
