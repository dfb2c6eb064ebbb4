/** The kafka-connect component: its spec, for charts/registry.ts. */
export { kafkaConnectComponent } from './chart';
