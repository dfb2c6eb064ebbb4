"""The quality gate's catalog reporting (images/great-expectations/run_checkpoint.py), with GX
and openmetadata-ingestion replaced by stand-ins (neither can be installed on the build
machines): the action is built with the table's name in the catalog and the connection
file it reads, the token stays in the environment, and a catalog that fails never changes
the gate's verdict. Run by test/quality.test.ts."""

import importlib.util
import os
import sys
import tempfile
import types
import unittest

HERE = os.path.dirname(__file__)
RUNNER = os.path.join(HERE, "..", "..", "images", "great-expectations", "run_checkpoint.py")


class StandInAction:
    built = []
    fail = False

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        StandInAction.built.append(kwargs)

    def run(self, checkpoint_result, action_context):
        if StandInAction.fail:
            raise ConnectionError("catalog unreachable")
        self.ran_with = checkpoint_result


def load_runner():
    gx = types.ModuleType("great_expectations")
    checkpoint = types.ModuleType("great_expectations.checkpoint")
    checkpoint.UpdateDataDocsAction = object
    sys.modules.update({"great_expectations": gx, "great_expectations.checkpoint": checkpoint})
    action1xx = types.ModuleType("metadata.great_expectations.action1xx")
    action1xx.OpenMetadataValidationAction1xx = StandInAction
    for name in ("metadata", "metadata.great_expectations"):
        sys.modules[name] = types.ModuleType(name)
    sys.modules["metadata.great_expectations.action1xx"] = action1xx
    spec = importlib.util.spec_from_file_location("run_checkpoint", RUNNER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CatalogReportTest(unittest.TestCase):
    def setUp(self):
        self.runner = load_runner()
        self.tmp = tempfile.mkdtemp()
        StandInAction.built.clear()
        StandInAction.fail = False
        self.env = dict(os.environ)
        os.environ.update({"TMPDIR": self.tmp, "OPENMETADATA_API": "http://catalog:8585/api", "OPENMETADATA_SERVICE": "lakehouse", "OPENMETADATA_JWT": "a.b.c"})

    def tearDown(self):
        os.environ.clear()
        os.environ.update(self.env)

    def test_the_action_names_the_table_as_the_catalog_does(self):
        self.runner.report_to_catalog("iceberg.staging.stg_orders", "result")
        self.assertEqual(len(StandInAction.built), 1)
        kwargs = StandInAction.built[0]
        self.assertEqual(
            {k: kwargs[k] for k in ("database_service_name", "database_name", "schema_name", "table_name")},
            {"database_service_name": "lakehouse", "database_name": "iceberg", "schema_name": "staging", "table_name": "stg_orders"},
        )
        with open(os.path.join(kwargs["config_file_path"], "config.yml"), encoding="utf-8") as handle:
            config = handle.read()
        self.assertIn("authProvider: openmetadata", config)
        self.assertIn("{{ env('OPENMETADATA_JWT') }}", config)
        self.assertNotIn("a.b.c", config)

    def test_a_failing_catalog_is_logged_not_raised(self):
        StandInAction.fail = True
        self.runner.report_to_catalog("iceberg.staging.stg_orders", "result")

    def test_no_catalog_or_no_token_sends_nothing(self):
        del os.environ["OPENMETADATA_JWT"]
        self.runner.report_to_catalog("iceberg.staging.stg_orders", "result")
        del os.environ["OPENMETADATA_API"]
        self.runner.report_to_catalog("iceberg.staging.stg_orders", "result")
        self.assertEqual(StandInAction.built, [])


if __name__ == "__main__":
    unittest.main()
