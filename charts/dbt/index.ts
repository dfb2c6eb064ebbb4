/** The dbt component (the lakehouse's SQL models, run by Airflow): its spec, for charts/registry.ts. */
export { dbtComponent } from './chart';
