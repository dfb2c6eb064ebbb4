"""Kafka -> Iceberg bronze, continuously.

Reads the events topic as the job's Kafka user (SASL/SCRAM over TLS) and appends each
record, untouched, to a bronze table: the raw payload, its key, and where it came from.
Parsing and deduplication are silver's business (bronze_to_silver.py). The checkpoint lives
in its own bucket, so a restart resumes where the last committed micro-batch ended.
"""
import os

from pyspark.sql import functions as F

from lakehouse_session import lakehouse_session


def main():
    spark = lakehouse_session("stream-to-bronze")
    catalog = os.environ["LAKEPLANE_CATALOG"]
    table = f"{catalog}.{os.environ['LAKEPLANE_BRONZE_TABLE']}"
    jaas = (
        "org.apache.kafka.common.security.scram.ScramLoginModule required "
        f'username="{os.environ["LAKEPLANE_KAFKA_USER"]}" password="{os.environ["LAKEPLANE_KAFKA_PASSWORD"]}";'
    )
    source = (
        spark.readStream.format("kafka")
        .option("kafka.bootstrap.servers", os.environ["LAKEPLANE_KAFKA_BOOTSTRAP"])
        .option("kafka.security.protocol", os.environ["LAKEPLANE_KAFKA_SECURITY_PROTOCOL"])
        .option("kafka.sasl.mechanism", os.environ["LAKEPLANE_KAFKA_SASL_MECHANISM"])
        .option("kafka.sasl.jaas.config", jaas)
        .option("subscribe", os.environ["LAKEPLANE_KAFKA_TOPIC"])
        .option("startingOffsets", "earliest")
        .option("failOnDataLoss", "false")
        .load()
    )
    rows = source.select(
        F.col("key").cast("string").alias("key"),
        F.col("value").cast("string").alias("payload"),
        F.col("topic"),
        F.col("partition"),
        F.col("offset"),
        F.col("timestamp").alias("produced_at"),
        F.current_timestamp().alias("ingested_at"),
    )
    spark.sql(
        f"CREATE TABLE IF NOT EXISTS {table} (key string, payload string, topic string, partition int, "
        "offset bigint, produced_at timestamp, ingested_at timestamp) USING iceberg PARTITIONED BY (days(ingested_at))"
    )
    query = (
        rows.writeStream.format("iceberg")
        .outputMode("append")
        .trigger(processingTime=os.environ.get("LAKEPLANE_TRIGGER", "1 minute"))
        .option("checkpointLocation", os.environ["LAKEPLANE_CHECKPOINT"])
        .toTable(table)
    )
    query.awaitTermination()


if __name__ == "__main__":
    main()
