"""The Spark session every lakeplane job starts from.

The SparkApplication carries everything that is not secret as Spark configuration (the
Iceberg catalog on Nessie's REST API, the object store's endpoint for checkpoints); the
secrets reach the driver as environment variables from Kubernetes Secrets and are set
here, so they never appear in the application's spec.
"""
import os

from pyspark.sql import SparkSession


def lakehouse_session(app_name):
    catalog = os.environ["LAKEPLANE_CATALOG"]
    builder = (
        SparkSession.builder.appName(app_name)
        # OAuth2 client credentials of the job's Keycloak client, for the catalog.
        .config(
            f"spark.sql.catalog.{catalog}.credential",
            f"{os.environ['LAKEPLANE_OIDC_CLIENT_ID']}:{os.environ['LAKEPLANE_OIDC_CLIENT_SECRET']}",
        )
        # The job's own object-store key: Iceberg's S3FileIO and Hadoop's S3A (checkpoints).
        .config(f"spark.sql.catalog.{catalog}.s3.access-key-id", os.environ["LAKEPLANE_S3_ACCESS_KEY"])
        .config(f"spark.sql.catalog.{catalog}.s3.secret-access-key", os.environ["LAKEPLANE_S3_SECRET_KEY"])
        .config("spark.hadoop.fs.s3a.access.key", os.environ["LAKEPLANE_S3_ACCESS_KEY"])
        .config("spark.hadoop.fs.s3a.secret.key", os.environ["LAKEPLANE_S3_SECRET_KEY"])
    )
    return builder.getOrCreate()
