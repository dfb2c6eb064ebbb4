/** The airflow component: its spec, for charts/registry.ts. */
export { airflowComponent } from './chart';
