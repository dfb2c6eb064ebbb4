/** The restore-drills component: its spec, for charts/registry.ts. */
export { restoreDrillsComponent } from './chart';
