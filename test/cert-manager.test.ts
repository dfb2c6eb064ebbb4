import { App } from 'cdk8s';
import { CertManager, CertManagerProps, PLATFORM_TRUST_BUNDLE, certManagerComponent } from '../charts/cert-manager/chart';
import type { CertManagerValues } from '../charts/cert-manager/values';
import type { TrustManagerValues } from '../charts/cert-manager/trust-manager-values';
import { InternalCertificate } from '../constructs/certificate';
import { PlatformIngress } from '../constructs/ingress';
import { PlatformNamespace } from '../constructs/namespace';
import { trustIn } from '../constructs/trust';
import { ENVIRONMENTS } from '../config';
import { parseConfig } from '../config/load';
import type { PlatformConfigInput } from '../config/schema';
import { sealedSecretsComponent } from '../charts/sealed-secrets/chart';
import { buildEnvironment } from '../lib/build';
import { missingSecretsMessage } from '../lib/synth';
import type { Manifest } from '../lib/output';
import { checkPolicies } from '../policy/check';
import type { KubeObject } from '../policy/schema';
import { UPSTREAM_WAIVERS } from '../policy/upstream';
import { expectChartAccepts } from './helm-values';
import { trustBundleFake } from './identity-fakes';
import { helmReleaseOf, renderReleases } from './support/helm-render';
import { field, findAll, findObject, manifests, testChart, testCommon, testConfig } from './util';

const traefik = { className: 'traefik', namespace: 'traefik', podLabels: { 'app.kubernetes.io/name': 'traefik' }, tlsAnnotations: {} };
const ACME: PlatformConfigInput['tls'] = { issuer: 'acme', email: 'platform@example.com' };

function build(env: 'dev' | 'prod', overrides: Partial<PlatformConfigInput> = {}, props: Partial<CertManagerProps> = {}) {
  const common = testCommon(env, overrides);
  const chart = new CertManager(new App(), { common, ingress: traefik, ...props });
  common.secretCatalog.finalize();
  const objects = chart.toJson() as Manifest[];
  const values = field(findObject(objects, 'Application', `${common.env}-helm-cert-manager`), 'spec.source.helm.valuesObject') as CertManagerValues;
  const trustManager = field(findObject(objects, 'Application', `${common.env}-helm-trust-manager`), 'spec.source.helm.valuesObject') as TrustManagerValues;
  return { chart, objects, values, trustManager, common };
}

/** The platform CA bundle's sources, as `kind:name/key`. */
const bundleSources = (objects: readonly Manifest[]) =>
  (field(findObject(objects, 'Bundle', PLATFORM_TRUST_BUNDLE.configMapName), 'spec.sources') as Array<Record<string, { name: string; key: string } | boolean>>).map((s) =>
    s.useDefaultCAs === true ? 'default CAs' : `secret:${(s.secret as { name: string }).name}/${(s.secret as { key: string }).key}`,
  );

const issuers = (objects: readonly Manifest[]) => findAll(objects, 'ClusterIssuer').map((o) => [o.metadata.name, Object.keys(field(o, 'spec'))[0]]);

describe('cert-manager in production (internal CA from the secrets backend)', () => {
  const { chart, objects, values, common } = build('prod');

  test('snapshot', () => {
    expect(objects).toMatchSnapshot();
  });

  test('the upstream chart accepts the values; it installs the CRDs and keeps them', () => {
    expectChartAccepts('cert-manager', values);
    expect(values.crds).toEqual({ enabled: true, keep: true });
  });

  test('HA: 2 replicas of controller, webhook and cainjector, each with a PDB and a spread', () => {
    for (const part of [values, values.webhook, values.cainjector]) {
      expect(part.replicaCount).toBe(2);
      expect(part.podDisruptionBudget).toEqual({ enabled: true });
      expect(part.topologySpreadConstraints).toHaveLength(1);
      expect(part.containerSecurityContext).toEqual({ allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, readOnlyRootFilesystem: true });
      expect(part.securityContext).toEqual({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    }
    expect(chart.workloads.map((w) => `${w.name}x${w.replicas}`)).toEqual(['cert-managerx2', 'cert-manager-webhookx2', 'cert-manager-cainjectorx2', 'trust-managerx2']);
  });

  test('the `ca` issuer signs with the key pair delivered as a sealed secret (input values, never generated)', () => {
    expect(issuers(objects)).toEqual([['lakeplane', 'ca']]);
    expect(field(findObject(objects, 'ClusterIssuer', 'lakeplane'), 'spec.ca')).toEqual({ secretName: 'platform-ca' });
    const sealed = findObject(objects, 'SealedSecret', 'platform-ca');
    expect(sealed.metadata.namespace).toBe('cert-manager');
    expect(field(sealed, 'spec.template.type')).toBe('kubernetes.io/tls');
    expect(common.secretCatalog.declared[0].keys).toEqual({
      'tls.crt': { input: 'PEM certificate of the platform CA (the issuing CA, followed by its chain)' },
      'tls.key': { input: 'PEM private key of the platform CA' },
    });
    expect(chart.authority).toEqual({ clusterIssuer: 'lakeplane', internalIssuer: 'lakeplane', trust: PLATFORM_TRUST_BUNDLE });
  });

  test('issuers sync after the chart has installed the CRDs', () => {
    const issuer = findObject(objects, 'ClusterIssuer', 'lakeplane');
    expect(issuer.metadata.namespace).toBeUndefined(); // cluster-scoped
    expect(field(issuer, 'metadata.annotations')).toEqual({
      'argocd.argoproj.io/sync-wave': '1',
      'argocd.argoproj.io/sync-options': 'SkipDryRunOnMissingResource=true',
    });
    expect(field(findObject(objects, 'Application', 'prod-helm-cert-manager'), 'metadata.annotations')).toBeUndefined(); // wave 0
  });

  test('leader election stays in its namespace; controller metrics scraped; the webhook reachable by the API server', () => {
    expect(values.global.leaderElection.namespace).toBe('cert-manager');
    expect(field(findObject(objects, 'PodMonitor', 'cert-manager'), 'spec.podMetricsEndpoints.0.port')).toBe('http-metrics');
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-from-api-server'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 10250 }]);
  });
});

describe('selfsigned (dev)', () => {
  const { chart, objects, values } = build('dev');

  test('a root CA made in the cluster, and the platform issuer signing with it', () => {
    expect(issuers(objects)).toEqual([
      ['lakeplane-selfsigned', 'selfSigned'],
      ['lakeplane', 'ca'],
    ]);
    const root = findObject(objects, 'Certificate', 'lakeplane-root-ca');
    expect(field(root, 'spec.isCA')).toBe(true);
    expect(field(root, 'spec.issuerRef.name')).toBe('lakeplane-selfsigned');
    expect(field(findObject(objects, 'ClusterIssuer', 'lakeplane'), 'spec.ca.secretName')).toBe('lakeplane-root-ca');
    expect(findAll(objects, 'SealedSecret')).toEqual([]);
    expect(chart.authority).toEqual({ clusterIssuer: 'lakeplane', internalIssuer: 'lakeplane', trust: PLATFORM_TRUST_BUNDLE });
    // The bundle carries the root CA made in the cluster.
    expect(bundleSources(objects)).toEqual(['default CAs', 'secret:lakeplane-root-ca/tls.crt']);
  });

  test('one replica of each, no PDB', () => {
    expect([values.replicaCount, values.webhook.replicaCount, values.cainjector.replicaCount]).toEqual([1, 1, 1]);
    expect(values.podDisruptionBudget).toEqual({ enabled: false });
    expectChartAccepts('cert-manager', values);
  });
});

describe('acme', () => {
  const { chart, objects } = build('prod', { tls: ACME });

  test('snapshot', () => {
    expect(findAll(objects, 'ClusterIssuer')).toMatchSnapshot();
  });

  test('HTTP-01 through the traefik IngressClass, the account e-mail, Let\'s Encrypt by default', () => {
    const acme = field(findObject(objects, 'ClusterIssuer', 'lakeplane'), 'spec.acme');
    expect(acme.email).toBe('platform@example.com');
    expect(acme.server).toBe('https://acme-v02.api.letsencrypt.org/directory');
    expect(acme.solvers).toEqual([{ http01: { ingress: { ingressClassName: 'traefik' } } }]);
  });

  test('internal names get an internal CA (a public CA never signs *.svc names)', () => {
    expect(issuers(objects)).toEqual([
      ['lakeplane', 'acme'],
      ['lakeplane-selfsigned', 'selfSigned'],
      ['lakeplane-internal', 'ca'],
    ]);
    expect(chart.authority).toEqual({
      clusterIssuer: 'lakeplane',
      internalIssuer: 'lakeplane-internal',
      http01Solver: { podLabels: { 'acme.cert-manager.io/http01-solver': 'true' }, port: 8089 },
      trust: PLATFORM_TRUST_BUNDLE,
    });
    // Internal endpoints are signed by the internal CA, the UIs publicly: the bundle has both.
    expect(bundleSources(objects)).toEqual(['default CAs', 'secret:lakeplane-root-ca/tls.crt']);
  });

  test('a PlatformIngress lets the ingress controller reach the HTTP-01 solver pods of its namespace', () => {
    const ui = testChart(testCommon('prod', { tls: ACME }), 'trino', 'trino');
    new PlatformIngress(ui, 'ui', { host: 'trino', namespace: 'trino', serviceName: 'trino', servicePort: 8080, podLabels: { app: 'trino' }, controller: traefik, authority: chart.authority });
    const np = findObject(manifests(ui), 'NetworkPolicy', 'allow-acme-solver-trino');
    expect(field(np, 'spec.podSelector.matchLabels')).toEqual({ 'acme.cert-manager.io/http01-solver': 'true' });
    expect(field(np, 'spec.ingress.0.from.0.podSelector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'traefik' });
    expect(field(np, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 8089 }]);
  });

  test('the controller may reach the ACME server', () => {
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-to-acme'), 'spec.egress.0.ports')).toEqual([
      { protocol: 'TCP', port: 80 },
      { protocol: 'TCP', port: 443 },
    ]);
  });

  test('depends on traefik only with acme', () => {
    expect(certManagerComponent.dependsOn(testConfig('prod', { tls: ACME }))).toEqual(['traefik']);
    expect(certManagerComponent.dependsOn(testConfig('prod'))).toEqual([]);
  });

  test('without the ingress controller handle it says what is missing', () => {
    expect(() => new CertManager(new App(), { common: testCommon('prod', { tls: ACME }) })).toThrow(
      'cert-manager: tls.issuer "acme" solves HTTP-01 challenges through the ingress controller; pass its handle (traefik) as `ingress`',
    );
  });
});

describe('trust-manager and the platform CA bundle', () => {
  const { chart, objects, trustManager, common } = build('prod');
  const bundle = findObject(objects, 'Bundle', PLATFORM_TRUST_BUNDLE.configMapName);

  test('the chart accepts the values; trust-manager reads Bundle sources from this namespace, where the issuers\' CA secrets are', () => {
    expectChartAccepts('trust-manager', trustManager);
    expect(trustManager.app.trust.namespace).toBe('cert-manager');
    expect(findObject(objects, 'Application', 'prod-helm-trust-manager').spec).toMatchObject({ destination: { namespace: 'cert-manager' } });
    expect(trustManager.crds).toEqual({ enabled: true, keep: true });
  });

  test('the Bundle: the platform CA (the `ca` key pair\'s certificate) next to the public roots', () => {
    expect(bundleSources(objects)).toEqual(['default CAs', 'secret:platform-ca/tls.crt']);
    expect(trustManager.defaultPackage.enabled).toBe(true); // what useDefaultCAs needs
  });

  test('its targets are the handle\'s names: a ConfigMap (PEM and a PKCS#12 store without password) and a Secret, in labelled namespaces', () => {
    const trust = chart.authority.trust;
    expect(trust).toEqual(trustBundleFake); // the fakes other tests use describe the real bundle
    expect(bundle.metadata.name).toBe(trust.configMapName);
    expect(bundle.metadata.name).toBe(trust.secretName); // trust-manager names its targets after the Bundle
    expect(field(bundle, 'spec.target')).toEqual({
      configMap: { key: trust.pemKey },
      secret: { key: trust.pemKey },
      additionalFormats: { pkcs12: { key: trust.trustStoreKey } },
      namespaceSelector: { matchLabels: { [trust.namespaceLabel.key]: trust.namespaceLabel.value } },
    });
    // Writing Secrets is off unless enabled, and then limited to the names authorized.
    expect(trustManager.secretTargets).toEqual({ enabled: true, authorizedSecrets: [trust.secretName] });
  });

  test('order: trust-manager one wave after cert-manager (its webhook certificate), the Bundle one wave after trust-manager (its CRD and webhook)', () => {
    const wave = (o: Manifest) => Number(field(o, 'metadata.annotations')?.['argocd.argoproj.io/sync-wave'] ?? 0);
    const certManagerWave = wave(findObject(objects, 'Application', 'prod-helm-cert-manager'));
    const trustManagerWave = wave(findObject(objects, 'Application', 'prod-helm-trust-manager'));
    expect(trustManagerWave).toBe(certManagerWave + 1);
    expect(wave(bundle)).toBe(trustManagerWave + 1);
    expect(field(bundle, 'metadata.annotations')['argocd.argoproj.io/sync-options']).toBe('SkipDryRunOnMissingResource=true');
    expect(bundle.metadata.namespace).toBeUndefined(); // cluster-scoped
  });

  test('HA like cert-manager: replicas, a PDB and a spread; sizes; images through the mirror', () => {
    expect(trustManager.replicaCount).toBe(2);
    expect(trustManager.podDisruptionBudget).toEqual({ enabled: true });
    expect(trustManager.topologySpreadConstraints).toEqual([
      { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'trust-manager' } } },
    ]);
    expect(trustManager.resources.limits.memory).toBeDefined();
    expect(trustManager.defaultPackage.resources.limits.memory).toBeDefined();
    expect(trustManager.imageRegistry).toBe('quay.io');
    const mirrored = build('prod', { registry: { imageMirror: 'mirror.example.com/lakeplane' } }).trustManager;
    expect(mirrored.imageRegistry).toBe('mirror.example.com/lakeplane/quay.io');
    expect(build('dev').trustManager).toMatchObject({ replicaCount: 1, podDisruptionBudget: { enabled: false }, topologySpreadConstraints: [] });
  });

  test('network: the API server reaches the Bundle webhook on 6443, Prometheus the metrics on 9402', () => {
    const webhook = findObject(objects, 'NetworkPolicy', 'allow-from-api-server-trust-manager');
    expect(field(webhook, 'spec.podSelector.matchLabels')).toEqual({ 'app.kubernetes.io/name': 'trust-manager' });
    expect(field(webhook, 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 6443 }]);
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-scrape-trust-manager'), 'spec.ingress.0.ports')).toEqual([{ protocol: 'TCP', port: 9402 }]);
    // The API egress policy has no pod selector: trust-manager's pods are covered.
    expect(field(findObject(objects, 'NetworkPolicy', 'allow-to-kube-api'), 'spec.podSelector')).toEqual({});
  });

  test('rendered by helm: a restricted pod through the mirror on the ports the policies open, reading Bundle sources here, writing only the bundle\'s Secrets', async () => {
    const mirror = 'mirror.example.com/lakeplane';
    const mirrored = build('prod', { registry: { imageMirror: mirror } }).objects;
    const [render] = await renderReleases([helmReleaseOf(findObject(mirrored, 'Application', 'prod-helm-trust-manager'))]);
    const rendered = render.objects.map((o) => o.object);
    const deployment = findObject(rendered, 'Deployment', 'trust-manager');
    const pod = field(deployment, 'spec.template.spec');
    expect(field(deployment, 'spec.template.metadata.labels')).toMatchObject({ 'app.kubernetes.io/name': 'trust-manager' });
    expect([...pod.initContainers, ...pod.containers].map((c: { image: string }) => c.image)).toEqual([
      `${mirror}/quay.io/jetstack/trust-pkg-debian-trixie:20250419.1`,
      `${mirror}/quay.io/jetstack/trust-manager:v0.24.0`,
    ]);
    expect(pod.containers[0].args).toEqual(expect.arrayContaining(['--trust-namespace=cert-manager', '--secret-targets-enabled=true', '--webhook-port=6443', '--metrics-port=9402']));
    expect(field(findObject(rendered, 'Service', 'trust-manager'), 'spec.ports.0')).toMatchObject({ port: 443, targetPort: 6443 });
    // Sources: a Role on Secrets in the trust namespace. Targets: write access to the bundle's Secret name only.
    expect(findObject(rendered, 'Role', 'trust-manager').metadata.namespace).toBe('cert-manager');
    const writes = (field(findObject(rendered, 'ClusterRole', 'trust-manager'), 'rules') as Array<{ resources: string[]; verbs: string[]; resourceNames?: string[] }>).filter(
      (r) => r.resources.includes('secrets') && r.verbs.includes('create'),
    );
    expect(writes).toEqual([expect.objectContaining({ resourceNames: [PLATFORM_TRUST_BUNDLE.secretName] })]);

    // The platform policies on the pod, but for the one waiver kept for the chart.
    const waived: string[] = UPSTREAM_WAIVERS.filter((w) => w.component === 'cert-manager' && w.name === 'trust-manager').map((w) => w.rule);
    expect(waived).toEqual(['probes']); // the chart defines a readiness probe only
    const placed = [
      ...mirrored.filter((o) => o.kind === 'Namespace' || o.kind === 'NetworkPolicy'),
      ...rendered.filter((o) => o.kind === 'Deployment' || o.kind === 'PodDisruptionBudget'),
    ];
    const result = checkPolicies(
      placed.map((obj) => ({ folder: 'cert-manager', obj: obj as KubeObject })),
      { imageMirror: mirror, isNamespaced: (_apiVersion, kind) => kind !== 'Namespace' },
    );
    expect(result.violations.filter((v) => !waived.includes(v.rule)).map((v) => `${v.rule}: ${v.message}`)).toEqual([]);
  });

  test('consumers ask for the bundle in their namespace: the namespace gets the label, the rest comes from the handle', () => {
    const consumer = testChart(common, 'airflow', 'airflow');
    const ns = new PlatformNamespace(consumer, 'namespace', { name: 'airflow' });
    void ns;
    const trust = trustIn(consumer, 'airflow', chart.authority.trust);
    expect(findObject(manifests(consumer), 'Namespace', 'airflow').metadata.labels).toMatchObject({ 'lakeplane.io/platform-ca': 'true' });
    expect(trust.volume).toEqual({ name: 'platform-ca', configMap: { name: 'platform-ca-bundle' } });
    expect(trust.pemFile).toBe('/etc/platform-ca/ca.crt');
    expect(trust.jvmOptions).toEqual(['-Djavax.net.ssl.trustStore=/etc/platform-ca/truststore.p12', '-Djavax.net.ssl.trustStoreType=PKCS12']);
    expect(trust.env).toEqual([
      { name: 'SSL_CERT_FILE', value: '/etc/platform-ca/ca.crt' },
      { name: 'REQUESTS_CA_BUNDLE', value: '/etc/platform-ca/ca.crt' },
    ]);
    expect(trust.secretKeyRef).toEqual({ name: 'platform-ca-bundle', key: 'ca.crt' });
  });

  test('a namespace the chart does not make cannot receive it', () => {
    expect(() => trustIn(testChart(common, 'airflow', 'airflow'), 'airflow', chart.authority.trust)).toThrow(
      'platform CA bundle: namespace "airflow" is not made by this chart (airflow); the bundle reaches only PlatformNamespaces that carry its label, so make the namespace with PlatformNamespace in the same chart',
    );
  });
});

describe('every knob', () => {
  const config: Required<NonNullable<CertManagerProps['config']>> = { enabled: true, decommission: false, replicas: 3 };
  test('replicas from config', () => {
    expect(build('dev', {}, { config }).values.webhook.replicaCount).toBe(3);
    expect(() => build('dev', {}, { config: { replicas: 0 } })).toThrow('cert-manager.replicas must be an integer >= 1 (got 0)');
  });
});

describe('InternalCertificate', () => {
  test('a Service\'s in-cluster names, from the internal issuer, server auth', () => {
    const chart = testChart();
    const cert = new InternalCertificate(chart, 'tls', {
      name: 'trino-internal-tls',
      namespace: 'trino',
      serviceName: 'trino',
      authority: { clusterIssuer: 'lakeplane', internalIssuer: 'lakeplane-internal' },
    });
    const obj = findObject(manifests(chart), 'Certificate', 'trino-internal-tls');
    expect(cert.secretName).toBe('trino-internal-tls');
    expect(field(obj, 'spec.dnsNames')).toEqual(['trino', 'trino.trino', 'trino.trino.svc', 'trino.trino.svc.cluster.local']);
    expect(field(obj, 'spec.issuerRef')).toEqual({ kind: 'ClusterIssuer', name: 'lakeplane-internal', group: 'cert-manager.io' });
    expect(field(obj, 'spec.usages')).toEqual(['digital signature', 'server auth']);
  });

  test('all props: explicit names, client auth; the platform issuer when no internal one is set', () => {
    const chart = testChart();
    const props: Required<ConstructorParameters<typeof InternalCertificate>[2]> = {
      name: 'nessie-tls',
      namespace: 'nessie',
      dnsNames: ['nessie.nessie.svc'],
      serviceName: 'ignored-when-dnsNames-given',
      authority: { clusterIssuer: 'lakeplane' },
      clientAuth: true,
      privateKeyEncoding: 'PKCS8',
      additionalOutputFormats: ['CombinedPEM'],
    };
    new InternalCertificate(chart, 'tls', props);
    const obj = findObject(manifests(chart), 'Certificate', 'nessie-tls');
    expect(field(obj, 'spec.dnsNames')).toEqual(['nessie.nessie.svc']);
    expect(field(obj, 'spec.issuerRef.name')).toBe('lakeplane');
    expect(field(obj, 'spec.usages')).toEqual(['digital signature', 'server auth', 'client auth']);
    // A single PEM of key and chain for servers that read one file (Trino), in PKCS#8.
    expect(field(obj, 'spec.privateKey.encoding')).toBe('PKCS8');
    expect(field(obj, 'spec.additionalOutputFormats')).toEqual([{ type: 'CombinedPEM' }]);
  });

  test('neither names nor a service', () => {
    expect(() => new InternalCertificate(testChart(), 'tls', { name: 'x', namespace: 'y', authority: { clusterIssuer: 'lakeplane' } })).toThrow(
      'internal certificate y/x: give dnsNames or serviceName (got neither)',
    );
  });
});

describe('bad configuration', () => {
  test('the `ca` issuer without its sealed key pair: synth names the secret, its keys and the command', () => {
    const build = buildEnvironment(testConfig('prod'), { registry: [sealedSecretsComponent, certManagerComponent], sealed: {} });
    expect(missingSecretsMessage('prod', build.common.secretCatalog.missing)).toBe(
      'prod: 1 secret(s) have no sealed value:\n  - cert-manager/platform-ca (tls.crt, tls.key)\n' +
        '  run: npm run seal -- --env prod \\\n         --from-file cert-manager/platform-ca:tls.crt=<path> \\\n         --from-file cert-manager/platform-ca:tls.key=<path>',
    );
  });

  test('a CA secret name that is not a DNS label', () => {
    expect(() => parseConfig({ ...ENVIRONMENTS.prod, tls: { issuer: 'ca', caSecretName: 'Platform CA' } }, 'prod.ts')).toThrow(
      'invalid configuration in prod.ts:\n  - tls.caSecretName: got "Platform CA"; must be a DNS label: lower-case letters, digits and "-", starting and ending with a letter or digit',
    );
  });

  test('an ACME server that is not a URL', () => {
    expect(() => parseConfig({ ...ENVIRONMENTS.prod, tls: { issuer: 'acme', email: 'a@example.com', server: 'letsencrypt' } }, 'prod.ts')).toThrow(
      'invalid configuration in prod.ts:\n  - tls.server: got "letsencrypt"; Invalid URL',
    );
  });
});
