/** Prometheus, Alertmanager and Grafana: the operator's CRDs (monitoring-crds) and the stack (monitoring), split for ordering. */
export { monitoringCrdsComponent } from './crds';
export { monitoringComponent } from './chart';
