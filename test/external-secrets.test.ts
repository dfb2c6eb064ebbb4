import { App } from 'cdk8s';
import { ExternalSecrets, ExternalSecretsProps, externalSecretsComponent, storePort } from '../charts/external-secrets/chart';
import type { ExternalSecretsValues } from '../charts/external-secrets/values';
import type { Manifest } from '../lib/output';
import { expectChartAccepts } from './helm-values';
import { field, findObject, testCommon, testConfig } from './util';

const VAULT_STORE = {
  backend: 'external-secrets',
  store: { provider: 'vault', server: 'https://vault.example.com:8200', path: 'secret', role: 'lakeplane' },
} as const;

function build(props: Partial<ExternalSecretsProps> & { env?: 'dev' | 'prod' } = {}) {
  const chart = new ExternalSecrets(new App(), { common: testCommon(props.env ?? 'prod', { secrets: VAULT_STORE }), config: props.config });
  const objects = chart.toJson() as Manifest[];
  return { chart, objects, values: field(findObject(objects, 'Application'), 'spec.source.helm.valuesObject') as ExternalSecretsValues };
}

describe('external-secrets in production', () => {
  const { chart, objects, values } = build();

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('the upstream chart accepts the values; it installs the CRDs (generators included)', () => {
    expectChartAccepts('external-secrets', values);
    expect(values.installCRDs).toBe(true);
  });

  test('HA controller and webhook with PDB and spread; leader election on', () => {
    expect(values.replicaCount).toBe(2);
    expect(values.leaderElect).toBe(true);
    expect(values.webhook.replicaCount).toBe(2);
    expect(values.podDisruptionBudget).toEqual({ enabled: true, minAvailable: 1 });
    expect(values.webhook.topologySpreadConstraints).toHaveLength(1);
    expect(chart.workloads.map((w) => `${w.name}x${w.replicas}`)).toEqual(['external-secretsx2', 'external-secrets-webhookx2', 'external-secrets-cert-controllerx1']);
  });

  test('the ClusterSecretStore from config: Vault KV v2, Kubernetes auth with the operator\'s service account', () => {
    const store = findObject(objects, 'ClusterSecretStore', 'lakeplane');
    expect(store.metadata.namespace).toBeUndefined(); // cluster-scoped
    expect(field(store, 'spec.provider.vault')).toEqual({
      server: 'https://vault.example.com:8200',
      path: 'secret',
      version: 'v2',
      auth: { kubernetes: { mountPath: 'kubernetes', role: 'lakeplane', serviceAccountRef: { name: 'external-secrets', namespace: 'external-secrets' } } },
    });
    expect(field(store, 'metadata.annotations')).toEqual({ 'argocd.argoproj.io/sync-wave': '1', 'argocd.argoproj.io/sync-options': 'SkipDryRunOnMissingResource=true' });
  });

  test('egress to the store\'s port only; metrics scraped', () => {
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-to-vault'), 'spec.egress.0.ports')).toEqual([{ protocol: 'TCP', port: 8200 }]);
    expect(storePort('https://vault.example.com')).toBe(443);
    expect(storePort('http://vault.vault.svc:8200')).toBe(8200);
    expect(field(findObject(objects, 'PodMonitor', 'external-secrets'), 'spec.podMetricsEndpoints.0.port')).toBe('metrics');
  });
});

describe('small and all props', () => {
  test('one replica, no leader election, no PDB in dev', () => {
    const { values } = build({ env: 'dev' });
    expect([values.replicaCount, values.leaderElect, values.podDisruptionBudget?.enabled]).toEqual([1, false, false]);
    expectChartAccepts('external-secrets', values);
  });

  test('replicas from config, and a bad count names the field', () => {
    const config: Required<NonNullable<ExternalSecretsProps['config']>> = { enabled: true, decommission: false, replicas: 3 };
    expect(build({ config }).values.replicaCount).toBe(3);
    expect(() => build({ config: { replicas: 0 } })).toThrow('external-secrets.replicas must be an integer >= 1 (got 0)');
  });

  test('the sealed-secrets backend has no store for it', () => {
    expect(() => new ExternalSecrets(new App(), { common: testCommon('prod') })).toThrow(
      'external-secrets needs secrets.backend "external-secrets" with a secrets.store (got backend "sealed-secrets")',
    );
  });

  test('on by default only when it is the configured backend', () => {
    expect(externalSecretsComponent.enabledByDefault!(testConfig('prod', { secrets: VAULT_STORE }))).toBe(true);
    expect(externalSecretsComponent.enabledByDefault!(testConfig('prod'))).toBe(false);
  });
});
