"""Runs lakeplane's expectation suites as one GX Core 1.x checkpoint and exits non-zero when
any expectation fails, so the Airflow task that launched it fails and what follows it (the
dbt build of the gold marts) does not run.

Input: suites.json (charts/great-expectations/suites.ts): for each suite, the table
(catalog.schema.table), how to take its batch (the whole table, or yesterday's rows by a
timestamp column), and its expectations as GX 1.x expectation class names with their
arguments. The context is ephemeral (nothing to migrate or keep): suites come from the file,
results go to the log, to Data Docs in the object store, and to the exit code.

Where OPENMETADATA_API is set, every suite's results also go to the catalog, as test cases
on the table's page, through OpenMetadata's GX 1.x action (OpenMetadataValidationAction1xx
of openmetadata-ingestion[great-expectations-1xx]), signed in with OPENMETADATA_JWT. The
action runs after the verdict is taken, on the checkpoint's result: a catalog that is down
or a token not yet written costs the catalog its results (the log says so), never the gate
its decision.
"""
import datetime
import json
import os
import sys

import great_expectations as gx
from great_expectations.checkpoint import UpdateDataDocsAction


def env(name):
    if not os.environ.get(name):
        sys.exit(f"{name} is not set")
    return os.environ[name]


# The action's connection file (its config_file_path folder holds config.yml, which it
# renders with Jinja and an env() function: openmetadata-ingestion
# metadata/great_expectations/utils/ometa_config_handler.py). The token stays in the
# environment, never on disk.
OPENMETADATA_CONFIG = """hostPort: {{ env('OPENMETADATA_API') }}
authProvider: openmetadata
securityConfig:
  jwtToken: {{ env('OPENMETADATA_JWT') }}
"""


def catalog_action(table):
    """OpenMetadata's GX 1.x action for one table, or None where there is no catalog."""
    if not os.environ.get("OPENMETADATA_API"):
        return None
    if not os.environ.get("OPENMETADATA_JWT"):
        print("results not sent to the catalog: no token yet (the catalog's sync Job writes it)")
        return None
    from metadata.great_expectations.action1xx import OpenMetadataValidationAction1xx

    folder = os.path.join(os.environ.get("TMPDIR", "/tmp"), "openmetadata")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "config.yml"), "w", encoding="utf-8") as handle:
        handle.write(OPENMETADATA_CONFIG)
    catalog, schema, name = table.split(".")
    # The table's name in the catalog: <service>.<database>.<schema>.<table>.
    return OpenMetadataValidationAction1xx(
        name="openmetadata",
        config_file_path=folder,
        database_service_name=env("OPENMETADATA_SERVICE"),
        database_name=catalog,
        schema_name=schema,
        table_name=name,
    )


def report_to_catalog(table, result):
    action = catalog_action(table)
    if action is None:
        return
    try:
        action.run(checkpoint_result=result, action_context=None)
        print(f"{table}: results sent to the catalog")
    except Exception as error:  # noqa: BLE001 - the catalog is a reader of the verdict, not part of it
        print(f"{table}: results not sent to the catalog: {error}")


def main():
    with open(os.environ.get("GX_SUITES_FILE", "/etc/gx/suites.json"), encoding="utf-8") as handle:
        suites = json.load(handle)
    context = gx.get_context(mode="ephemeral")
    # Trino over HTTPS with the platform CA; the password goes in the connection string's
    # user info, which the trino dialect turns into basic authentication.
    source = context.data_sources.add_sql(
        name="lakehouse",
        connection_string=f"trino://{env('TRINO_USER')}:{env('TRINO_PASSWORD')}@{env('TRINO_HOST')}:{env('TRINO_PORT')}/iceberg",
        kwargs={"connect_args": {"http_scheme": "https", "verify": env("TRINO_CA_FILE")}},
    )
    context.add_data_docs_site(
        site_name="object-store",
        site_config={
            "class_name": "SiteBuilder",
            "store_backend": {
                "class_name": "TupleS3StoreBackend",
                "bucket": env("GX_DOCS_BUCKET"),
                "prefix": os.environ.get("GX_DOCS_PREFIX", "data-docs"),
                "boto3_options": {"endpoint_url": env("AWS_ENDPOINT_URL"), "region_name": env("AWS_REGION")},
            },
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        },
    )
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    validations = []
    parameters = {}
    for spec in suites:
        catalog, schema, table = spec["table"].split(".")
        if catalog != "iceberg":
            sys.exit(f"suite {spec['name']}: only iceberg tables are checked (got {spec['table']})")
        asset = source.add_table_asset(name=f"{schema}.{table}", table_name=table, schema_name=schema)
        if spec["batch"]["kind"] == "daily":
            batch = asset.add_batch_definition_daily(name=f"{spec['name']}-daily", column=spec["batch"]["column"])
            parameters = {"year": yesterday.year, "month": yesterday.month, "day": yesterday.day}
        else:
            batch = asset.add_batch_definition_whole_table(name=f"{spec['name']}-table")
        suite = context.suites.add(gx.ExpectationSuite(name=spec["name"]))
        for expectation in spec["expectations"]:
            suite.add_expectation(getattr(gx.expectations, expectation["class"])(**expectation["kwargs"]))
        validation = context.validation_definitions.add(gx.ValidationDefinition(name=spec["name"], data=batch, suite=suite))
        validations.append((validation, spec["batch"]["kind"] == "daily", spec["table"]))
    # One checkpoint per batch shape: a daily batch takes the day as its parameters.
    failed = []
    for validation, daily, table in validations:
        checkpoint = context.checkpoints.add(
            gx.Checkpoint(name=f"{validation.name}-gate", validation_definitions=[validation], actions=[UpdateDataDocsAction(name="data-docs")], result_format="SUMMARY")
        )
        result = checkpoint.run(batch_parameters=parameters if daily else None)
        for run in result.run_results.values():
            for check in run.results:
                status = "ok" if check.success else "FAILED"
                print(f"{validation.name}: {check.expectation_config.type} {check.expectation_config.kwargs.get('column', '')} {status}")
        report_to_catalog(table, result)
        if not result.success:
            failed.append(validation.name)
    if failed:
        sys.exit(f"expectations failed in {', '.join(failed)}: the gold build does not run")
    print(f"{len(validations)} suite(s) passed")


if __name__ == "__main__":
    main()
