"""Unit tests of the declared datasets (dags/lakeplane/datasets.py); run by test/dags.test.ts."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "dags"))

from lakeplane.datasets import DECLARED_DATASETS, dataset_columns, declared_table, reorder_rows, table_for_key  # noqa: E402
from lakeplane.sql import create_table_sql, insert_sql  # noqa: E402


class DeclaredDatasetTest(unittest.TestCase):
    def test_orders_are_declared_as_text_columns(self):
        self.assertIn("orders", DECLARED_DATASETS)
        self.assertEqual({t for _, t in dataset_columns("orders")}, {"VARCHAR"})
        self.assertEqual(declared_table("orders"), '"iceberg"."bronze"."orders"')
        ddl = create_table_sql(declared_table("orders"), dataset_columns("orders"))
        self.assertTrue(ddl.startswith('CREATE TABLE IF NOT EXISTS "iceberg"."bronze"."orders" ("order_id" VARCHAR, "customer_id" VARCHAR'))
        self.assertIn('"_loaded_at" TIMESTAMP(6) WITH TIME ZONE', ddl)

    def test_an_unknown_dataset_is_refused(self):
        with self.assertRaisesRegex(ValueError, "'refunds' is not a declared dataset"):
            dataset_columns("refunds")

    def test_keys_name_their_table(self):
        self.assertEqual(table_for_key("uploads/Sales 2024.csv"), ("sales_2024", False))
        self.assertEqual(table_for_key("uploads/orders/2026-12-01.csv"), ("orders", True))
        with self.assertRaisesRegex(ValueError, "must be a declared dataset"):
            table_for_key("uploads/refunds/2026-12-01.csv")
        with self.assertRaisesRegex(ValueError, "must be a declared dataset"):
            table_for_key("uploads/orders/2026/12.csv")
        with self.assertRaisesRegex(ValueError, "not a CSV upload"):
            table_for_key("uploads/orders/readme.txt")

    def test_rows_are_taken_by_column_name(self):
        header = ["Ordered At", "ORDER_ID", "customer_id", "email", "country_code", "price", "quantity", "note"]
        rows = [["2026-12-01T09:30:00Z", "1", "7", "a@b.example", "US", "19.90", "2", "gift"]]
        self.assertEqual(reorder_rows("orders", header, rows), [["1", "7", "a@b.example", "US", "19.90", "2", "2026-12-01T09:30:00Z"]])
        sql = insert_sql(declared_table("orders"), dataset_columns("orders"), reorder_rows("orders", header, rows), "s3://bronze/uploads/orders/x.csv")
        self.assertIn("VALUES ('1', '7', 'a@b.example', 'US', '19.90', '2', '2026-12-01T09:30:00Z', 's3://bronze/uploads/orders/x.csv', current_timestamp)", sql)

    def test_a_header_without_a_declared_column_is_refused(self):
        with self.assertRaisesRegex(ValueError, "lacks price, ordered_at"):
            reorder_rows("orders", ["order_id", "customer_id", "email", "country_code", "quantity"], [])


if __name__ == "__main__":
    unittest.main()
