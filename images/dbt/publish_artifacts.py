"""Publishes a dbt run's artifacts to the object store, for the catalog and lineage.

manifest.json (models, sources, tests and the compiled SQL lineage needs), catalog.json
(`dbt docs generate`) and run_results.json go to <bucket>/<prefix><run id>/ and, copied,
to <bucket>/<prefix>latest/. The endpoint, region, CA bundle and the key come from the
environment (AWS_ENDPOINT_URL, AWS_REGION, AWS_CA_BUNDLE, AWS_ACCESS_KEY_ID,
AWS_SECRET_ACCESS_KEY), set by the dbt component's pod.
"""

import os
import sys
from datetime import datetime, timezone

import boto3

ARTIFACTS = ("manifest.json", "catalog.json", "run_results.json")


def main() -> int:
    target = os.environ.get("DBT_TARGET_PATH", "target")
    bucket = os.environ["LAKEPLANE_ARTIFACTS_BUCKET"]
    prefix = os.environ.get("LAKEPLANE_ARTIFACTS_PREFIX", "")
    run_id = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    s3 = boto3.client("s3")
    published = 0
    for name in ARTIFACTS:
        path = os.path.join(target, name)
        if not os.path.exists(path):
            print(f"publish_artifacts: {path} is missing (the run stopped before writing it)", file=sys.stderr)
            continue
        for key in (f"{prefix}{run_id}/{name}", f"{prefix}latest/{name}"):
            s3.upload_file(path, bucket, key)
        published += 1
    print(f"publish_artifacts: {published} artifact(s) to s3://{bucket}/{prefix}{run_id}/ and {prefix}latest/")
    return 0 if published else 1


if __name__ == "__main__":
    sys.exit(main())
