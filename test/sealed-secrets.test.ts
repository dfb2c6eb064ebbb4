import { App } from 'cdk8s';
import { SealedSecrets, SealedSecretsProps, sealedSecretsComponent } from '../charts/sealed-secrets/chart';
import type { SealedSecretsValues } from '../charts/sealed-secrets/values';
import type { Manifest } from '../lib/output';
import { helmValuesProblems } from './helm-values';
import { UPSTREAM_VALUES, testNeeding } from './support/requirements';
import { field, findObject, testCommon, testConfig } from './util';

function build(props: Partial<SealedSecretsProps> = {}) {
  const chart = new SealedSecrets(new App(), { common: testCommon('prod'), ...props });
  const objects = chart.toJson() as Manifest[];
  const app = findObject(objects, 'Application');
  return { chart, objects, app, values: field(app, 'spec.source.helm.valuesObject') as SealedSecretsValues };
}

describe('sealed-secrets', () => {
  const { chart, objects, app, values } = build();

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  testNeeding(UPSTREAM_VALUES)('the upstream chart accepts the values', () => {
    // The chart renders podSecurityContext and containerSecurityContext whole (minus
    // `enabled`) into the pod spec, so keys its values.yaml does not list are still applied:
    // these are the ones Pod Security "restricted" needs beyond the chart's defaults.
    expect(helmValuesProblems('sealed-secrets', values)).toEqual([
      'containerSecurityContext.allowPrivilegeEscalation: not a value of this chart',
      'containerSecurityContext.seccompProfile: not a value of this chart',
      'podSecurityContext.runAsNonRoot: not a value of this chart',
      'podSecurityContext.seccompProfile: not a value of this chart',
    ]);
  });

  test('the controller kubeseal expects by name, in its own namespace, one replica', () => {
    expect(values.fullnameOverride).toBe('sealed-secrets-controller');
    expect(chart.controller).toEqual({ namespace: 'sealed-secrets' });
    expect(chart.workloads).toEqual([{ name: 'sealed-secrets-controller', replicas: 1, size: { cpu: 0.05, memoryGiB: 0.125 } }]);
  });

  test('Pod Security restricted', () => {
    expect(values.podSecurityContext).toEqual({ enabled: true, fsGroup: 65534, runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(values.containerSecurityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
  });

  test('the sealing keys are protected: the namespace is never pruned, the Application does not cascade', () => {
    const ns = findObject(objects, 'Namespace', 'sealed-secrets');
    expect(field(ns, 'metadata.annotations')['argocd.argoproj.io/sync-options']).toBe('Prune=false,Delete=false');
    expect(app.metadata.finalizers).toBeUndefined();
    expect(sealedSecretsComponent.holdsData).toBe('the sealing private keys; without them no committed SealedSecret can be read');
  });

  test('metrics scraped; kubeseal --fetch-cert reaches the controller through the API server', () => {
    expect(field(findObject(objects, 'PodMonitor', 'sealed-secrets'), 'spec.podMetricsEndpoints.0.port')).toBe('metrics');
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-from-api-server'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 8080 }]);
  });

  test('all props: key renewal period', () => {
    const config: Required<NonNullable<SealedSecretsProps['config']>> = { enabled: true, decommission: false, keyRenewPeriod: '0' };
    expect(build({ config }).values.keyrenewperiod).toBe('0');
    expect(values.keyrenewperiod).toBe('');
  });

  test('on by default only when it is the configured backend', () => {
    expect(sealedSecretsComponent.enabledByDefault!(testConfig('prod'))).toBe(true);
    expect(
      sealedSecretsComponent.enabledByDefault!(
        testConfig('prod', { secrets: { backend: 'external-secrets', store: { provider: 'vault', server: 'https://vault.example.com', path: 'secret', role: 'x' } } }),
      ),
    ).toBe(false);
  });
});
