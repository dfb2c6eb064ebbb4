/** The great-expectations component (the quality gate before gold): its spec, for charts/registry.ts. */
export { greatExpectationsComponent } from './chart';
