/**
 * Files of the Airflow component that live beside the code: the DAGs (dags/, shipped to
 * Airflow by git-sync, never inlined) and the load-test script (put in a ConfigMap).
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

/** The DAG files in dags/, relative to the repository root. */
export const AIRFLOW_DAG_FILES = ['dags/platform_health_check.py', 'dags/iceberg_maintenance.py', 'dags/csv_to_bronze.py'] as const;

/** The Trino load-test script run by the optional load-test Job. */
export const LOADTEST_SCRIPT: string = fs.readFileSync(path.join(__dirname, 'files', 'trino_loadtest.py'), 'utf8');

/** Absolute path of a repository file. */
export function repoFile(rel: string): string {
  return path.join(ROOT, rel);
}
