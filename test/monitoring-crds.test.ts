/** The monitoring-crds component: the Prometheus Operator CRDs first, nothing else. */
import { App } from 'cdk8s';
// The registry first: the component modules import it, and it imports them.
import { loadEnvironment, loadSealedValues } from '../lib/synth';
import { buildEnvironment } from '../lib/build';
import type { Manifest } from '../lib/output';
import { MonitoringCrdsChart } from '../charts/monitoring/crds';
import { monitoringCrdsComponent } from '../charts/monitoring/crds';
import { monitoringComponent } from '../charts/monitoring/chart';
import { expectChartAccepts } from './helm-values';
import { field, findObject, manifests, testCommon, testConfig } from './util';

const chart = new MonitoringCrdsChart(new App({ outdir: 'unused' }), 'monitoring-crds', testCommon('prod'));
const objs = manifests(chart);

describe('monitoring-crds', () => {
  test('snapshot', () => {
    expect(objs).toMatchSnapshot();
  });

  test('one release of the pinned chart with its CRDs and every workload off', () => {
    expect(objs.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['Application/prod-helm-prometheus-crds']);
    const values = chart.helm.values;
    expect(values.crds.enabled).toBe(true);
    const enabled = Object.entries(values).filter(([key, v]) => key !== 'crds' && ('enabled' in v ? v.enabled : v.create));
    expect(enabled).toEqual([]);
    const app = findObject(objs, 'Application');
    expect(field(app, 'spec.source.chart')).toBe('kube-prometheus-stack');
    // Deleting the Application never deletes the CRDs (and every monitor with them).
    expect(app.metadata.finalizers).toBeUndefined();
  });

  test('the chart accepts the values', () => {
    expectChartAccepts('kube-prometheus-stack', chart.helm.values);
  });

  test('it has no dependencies, so it syncs first; the monitoring stack leaves the CRDs to it', () => {
    expect(monitoringCrdsComponent.dependsOn(testConfig('prod'))).toEqual([]);
    expect(monitoringComponent.dependsOn(testConfig('prod'))).toContain('monitoring-crds');
    const build = buildEnvironment(loadEnvironment('prod'), { sealed: loadSealedValues('prod') });
    expect(build.waves.get('monitoring-crds')).toBe(0);
    const monitoring = build.charts.get('monitoring')!.flatMap((c) => c.toJson() as Manifest[]);
    const kps = findObject(monitoring, 'Application', 'prod-helm-kps');
    expect(field(kps, 'spec.source.helm.skipCrds')).toBe(true);
    expect(field(kps, 'spec.source.helm.valuesObject.crds.enabled')).toBe(false);
  });
});
