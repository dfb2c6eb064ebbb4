"""Nightly dbt build: the lakehouse's SQL models (the repository's dbt/ project) on Trino.

The run is the pod the dbt component defines (the ConfigMap `dbt-run` in the `dbt`
namespace: image, profile, the dbt service user's password, resources, security context),
launched with the KubernetesPodOperator. This DAG only decides when: after the nightly Spark
bronze -> silver batch (03:00) and the Iceberg maintenance have had their time.

Inside the pod: `dbt source freshness`, `dbt build` (models and tests), `dbt docs generate`,
then the artifacts (manifest.json, catalog.json, run_results.json) go to the object store for
the catalog.

Where the great-expectations component is built, its quality gate runs first (the ConfigMap
`quality-run` in the `data-quality` namespace: GX Core 1.x checkpoints on silver events and
the staging events and orders, yesterday's orders checked with the architecture document's
examples): a failed expectation fails the gate, and the build of the gold marts (the revenue
mart of the orders among them) does not run. Where it is not built, the gate is skipped and
the build runs as before.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta

import yaml
from airflow.providers.cncf.kubernetes.operators.pod import KubernetesPodOperator
from airflow.sdk import dag, task

# The pod definition the dbt component writes (charts/dbt/chart.ts DBT and DBT_RUN_CONFIGMAP).
DBT_NAMESPACE = "dbt"
DBT_RUN_CONFIGMAP = "dbt-run"
# Set by the airflow component only where the dbt component is built; elsewhere the DAG is
# never scheduled (there is no pod to launch).
SCHEDULE = os.environ.get("AIRFLOW_VAR_DBT_SCHEDULE") or None
# The quality gate's pod (charts/great-expectations/chart.ts QUALITY_NAMESPACE and QUALITY_RUN_CONFIGMAP).
QUALITY_NAMESPACE = "data-quality"
QUALITY_RUN_CONFIGMAP = "quality-run"
DEFAULT_ARGS = {"retries": 1, "retry_delay": timedelta(minutes=15), "execution_timeout": timedelta(hours=3)}


def pod_definition_from(configmap_data: dict, where: str = f"{DBT_NAMESPACE}/{DBT_RUN_CONFIGMAP}") -> dict:
    """The Pod the ConfigMap holds, checked for what the operator relies on."""
    pod = yaml.safe_load(configmap_data["pod.yaml"])
    if pod.get("kind") != "Pod" or not pod.get("spec", {}).get("containers"):
        raise ValueError(f"{where}: pod.yaml is not a Pod with containers")
    if pod["spec"]["containers"][0].get("name") != "base":
        raise ValueError(f"{where}: the first container must be named 'base' (the operator follows it)")
    return pod


@dag(
    dag_id="dbt_build",
    schedule=SCHEDULE,
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    render_template_as_native_obj=True,
    tags=["lakeplane", "dbt"],
    doc_md=__doc__,
)
def dbt_build():
    @task
    def pod_definition() -> dict:
        from kubernetes import client, config

        config.load_incluster_config()
        configmap = client.CoreV1Api().read_namespaced_config_map(DBT_RUN_CONFIGMAP, DBT_NAMESPACE)
        return pod_definition_from(configmap.data)

    @task
    def quality_definition() -> dict:
        """The gate's pod, or a skip where the great-expectations component is not built."""
        from airflow.exceptions import AirflowSkipException
        from kubernetes import client, config
        from kubernetes.client.rest import ApiException

        config.load_incluster_config()
        try:
            configmap = client.CoreV1Api().read_namespaced_config_map(QUALITY_RUN_CONFIGMAP, QUALITY_NAMESPACE)
        except ApiException as error:
            if error.status in (403, 404):
                raise AirflowSkipException(f"no quality gate ({QUALITY_NAMESPACE}/{QUALITY_RUN_CONFIGMAP} is not there)") from error
            raise
        return pod_definition_from(configmap.data, f"{QUALITY_NAMESPACE}/{QUALITY_RUN_CONFIGMAP}")

    definition = pod_definition()
    quality = quality_definition()
    gate = KubernetesPodOperator(
        task_id="quality_gate",
        namespace=QUALITY_NAMESPACE,
        pod_template_dict="{{ ti.xcom_pull(task_ids='quality_definition') }}",
        in_cluster=True,
        get_logs=True,
        on_finish_action="delete_pod",
        startup_timeout_seconds=600,
    )
    run = KubernetesPodOperator(
        task_id="dbt_build",
        namespace=DBT_NAMESPACE,
        pod_template_dict="{{ ti.xcom_pull(task_ids='pod_definition') }}",
        in_cluster=True,
        get_logs=True,
        on_finish_action="delete_pod",
        startup_timeout_seconds=600,
        # After a passed or a skipped gate; a failed one leaves gold as it was.
        trigger_rule="none_failed",
    )
    quality >> gate >> run
    definition >> run


dbt_build()
