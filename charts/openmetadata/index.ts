/** The openmetadata component (the data catalog): its spec, for charts/registry.ts. */
export { openmetadataComponent } from './chart';
