"""Bronze -> silver, nightly.

Takes the bronze events ingested since the last run, keeps the latest record per key and
merges them into the silver table (insert new keys, update changed ones), so a rerun of the
same night changes nothing.
"""
import os

from pyspark.sql import Window
from pyspark.sql import functions as F

from lakehouse_session import lakehouse_session


def main():
    spark = lakehouse_session("bronze-to-silver")
    catalog = os.environ["LAKEPLANE_CATALOG"]
    bronze = f"{catalog}.{os.environ['LAKEPLANE_BRONZE_TABLE']}"
    silver = f"{catalog}.{os.environ['LAKEPLANE_SILVER_TABLE']}"
    spark.sql(
        f"CREATE TABLE IF NOT EXISTS {silver} (key string, payload string, produced_at timestamp, "
        "updated_at timestamp) USING iceberg"
    )
    since = spark.sql(f"SELECT coalesce(max(updated_at), timestamp '1970-01-01') AS t FROM {silver}").first()["t"]
    latest = Window.partitionBy("key").orderBy(F.col("produced_at").desc(), F.col("offset").desc())
    changes = (
        spark.table(bronze)
        .where(F.col("ingested_at") > F.lit(since))
        .where(F.col("key").isNotNull())
        .withColumn("rank", F.row_number().over(latest))
        .where("rank = 1")
        .select("key", "payload", "produced_at", F.col("ingested_at").alias("updated_at"))
    )
    changes.createOrReplaceTempView("changes")
    spark.sql(
        f"MERGE INTO {silver} t USING changes s ON t.key = s.key "
        "WHEN MATCHED AND s.produced_at >= t.produced_at THEN UPDATE SET * "
        "WHEN NOT MATCHED THEN INSERT *"
    )


if __name__ == "__main__":
    main()
