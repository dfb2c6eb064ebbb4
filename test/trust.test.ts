/**
 * The platform CA bundle across the platform: every namespace whose pods or custom resources
 * use the bundle receives it (carries the Bundle's label), no namespace receives it for
 * nothing, and every namespace with a sign-on client verifies Keycloak with it.
 */
// The registry first: it imports every component (a component file imported first would find
// the registry half-built).
import { buildEnvironment } from '../lib/build';
import { loadEnvironment } from '../lib/synth';
import { PLATFORM_TRUST_BUNDLE } from '../charts/cert-manager/chart';
import { ENVIRONMENTS } from '../config';
import { Manifest, renderEnvironment } from '../lib/output';
import { field } from './util';
import { podsOf } from './support/pods';

const trust = PLATFORM_TRUST_BUNDLE;

/** Where an object takes effect: an Application's destination, else its own namespace. */
function namespaceOf(obj: Manifest): string | undefined {
  return obj.kind === 'Application' ? field(obj, 'spec.destination.namespace') : obj.metadata.namespace;
}

/** True when the object (Helm values included) mounts the bundle's ConfigMap or refers to its Secret's key. */
function usesBundle(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(usesBundle);
  if (!value || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  const configMap = o.configMap;
  if (configMap === trust.configMapName || (configMap && typeof configMap === 'object' && (configMap as { name?: unknown }).name === trust.configMapName)) return true;
  if (o.name === trust.secretName && o.key === trust.pemKey) return true;
  return Object.values(o).some(usesBundle);
}

describe.each(Object.keys(ENVIRONMENTS))('the platform CA bundle in %s at phase 3', (env) => {
  const build = buildEnvironment(loadEnvironment(env, 3));
  const folders = renderEnvironment(build).objects;
  const objects = [...folders.values()].flat();
  const labelled = objects
    .filter((o) => o.kind === 'Namespace' && (o.metadata.labels as Record<string, string> | undefined)?.[trust.namespaceLabel.key] === trust.namespaceLabel.value)
    .map((o) => o.metadata.name)
    .sort();
  // Pods shipped inside ConfigMaps (a pod definition another component launches) count too.
  const embedded = podsOf(objects).filter((p) => p.source.startsWith('ConfigMap ')).map((p) => p.pod);
  const users = [...new Set([...objects, ...embedded].filter(usesBundle).map(namespaceOf).filter((ns): ns is string => ns !== undefined))].sort();

  test('one Bundle, targeting the namespaces that carry the label', () => {
    const bundles = objects.filter((o) => o.kind === 'Bundle');
    expect(bundles.map((b) => b.metadata.name)).toEqual([trust.configMapName]);
    expect(field(bundles[0], 'spec.target.namespaceSelector')).toEqual({ matchLabels: { [trust.namespaceLabel.key]: trust.namespaceLabel.value } });
  });

  test('every namespace that uses the bundle receives it, and only those', () => {
    expect(users.length).toBeGreaterThan(0);
    expect(labelled).toEqual(users);
  });

  test('every namespace with a sign-on client verifies Keycloak with it (ArgoCD with its own rootCA)', () => {
    // Keycloak delivers each client's secret into the consumer's namespace.
    const clients = [...new Set(objects.filter((o) => /-oidc$/.test(o.metadata.name) && (o.kind === 'SealedSecret' || o.kind === 'ExternalSecret')).map((o) => o.metadata.namespace!))].sort();
    expect(clients.length).toBeGreaterThan(0);
    // ArgoCD reads the issuer's CA from a Secret labelled for it (oidc.config rootCA), not from a file.
    expect(clients.filter((ns) => ns !== 'argocd' && !labelled.includes(ns))).toEqual([]);
  });

  test('its users sync after the component that runs trust-manager and holds the Bundle', () => {
    const owner = [...folders].find(([, list]) => list.some((o) => o.kind === 'Bundle'))![0];
    expect(owner).toBe('cert-manager');
    const componentOf = (ns: string) => [...folders].find(([, list]) => list.some((o) => o.kind === 'Namespace' && o.metadata.name === ns))![0];
    const waves = build.waves as ReadonlyMap<string, number>;
    const early = users.map(componentOf).filter((c) => (waves.get(c) ?? 0) <= (waves.get(owner) ?? 0));
    expect(early).toEqual([]);
  });

  test('no stand-in certificate carries the CA any more', () => {
    expect(objects.filter((o) => o.kind === 'Certificate' && o.metadata.name === trust.secretName)).toEqual([]);
  });
});
