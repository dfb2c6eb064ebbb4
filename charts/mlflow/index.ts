/** The mlflow component (experiment tracking and the model registry): its spec, for charts/registry.ts. */
export { mlflowComponent } from './chart';
