/** The spark-streaming component (the lakehouse's Spark jobs): its spec, for charts/registry.ts. */
export { sparkStreamingComponent } from './chart';
