/** The spark-operator component: its spec, for charts/registry.ts. */
export { sparkOperatorComponent } from './chart';
