"""Helpers shared by the lakeplane DAGs (no DAGs here)."""
