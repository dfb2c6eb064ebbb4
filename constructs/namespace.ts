/**
 * A namespace the way every platform namespace is made: Pod Security labels, a default-deny
 * NetworkPolicy for ingress and egress, DNS allowed, and explicit allows only.
 */
import { ApiObject, Chart, JsonPatch } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { dataProtection } from '../argocd/sync';
import { KUBERNETES_VERSION, podSecurityVersion } from '../config/kubernetes';
import { resourceName } from './naming';

export type PodSecurityLevel = 'restricted' | 'baseline' | 'privileged';

/** The Pod Security Standards version the labels pin: that of the targeted Kubernetes. */
export const POD_SECURITY_VERSION = podSecurityVersion(KUBERNETES_VERSION);

/** A set of pods (or an address block) on the other side of a network rule. */
export interface NetworkPeer {
  /** Namespace of the peer. @default - the policy's own namespace */
  readonly namespace?: string;
  /** Pod labels of the peer. @default - every pod of the namespace */
  readonly podLabels?: Record<string, string>;
  /** An address block instead of pods (e.g. the API server or an external store). */
  readonly cidr?: string;
}

export interface NetworkRule {
  readonly peers: readonly NetworkPeer[];
  /** TCP ports. @default - all ports */
  readonly ports?: readonly number[];
  /** Pods of this namespace the rule applies to. @default - every pod */
  readonly podLabels?: Record<string, string>;
}

export interface PlatformNamespaceProps {
  readonly name: string;
  /**
   * Pod Security level enforced. Anything but "restricted" needs a reason.
   * @default 'restricted'
   */
  readonly podSecurity?: PodSecurityLevel;
  /** Why the namespace cannot be "restricted"; required when podSecurity is not. */
  readonly podSecurityReason?: string;
}

export class PlatformNamespace extends Construct {
  readonly name: string;
  private readonly namespace: k8s.KubeNamespace;

  constructor(scope: Construct, id: string, props: PlatformNamespaceProps) {
    super(scope, id);
    const level = props.podSecurity ?? 'restricted';
    if (level !== 'restricted' && !props.podSecurityReason) {
      throw new Error(`namespace ${props.name}: podSecurity "${level}" needs a podSecurityReason saying why "restricted" does not fit`);
    }
    this.name = resourceName(props.name);

    const annotations: Record<string, string> = {};
    if (props.podSecurityReason) {
      annotations['lakeplane.io/pod-security-reason'] = props.podSecurityReason;
    }
    this.namespace = new k8s.KubeNamespace(this, 'namespace', {
      metadata: {
        name: this.name,
        labels: {
          'pod-security.kubernetes.io/enforce': level,
          'pod-security.kubernetes.io/enforce-version': POD_SECURITY_VERSION,
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
        },
        annotations: Object.keys(annotations).length > 0 ? annotations : undefined,
      },
    });
    // A Namespace is cluster-scoped: the chart's namespace is not its own.
    if (Chart.of(this).namespace !== undefined) {
      this.namespace.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
    }

    new k8s.KubeNetworkPolicy(this, 'default-deny', {
      metadata: { name: 'default-deny', namespace: this.name },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    });

    new k8s.KubeNetworkPolicy(this, 'allow-dns', {
      metadata: { name: 'allow-dns', namespace: this.name },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              {
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
                podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
              },
            ],
            ports: [
              { protocol: 'UDP', port: k8s.IntOrString.fromNumber(53) },
              { protocol: 'TCP', port: k8s.IntOrString.fromNumber(53) },
            ],
          },
        ],
      },
    });
  }

  /**
   * Adds a label to the namespace, for controllers that select namespaces by label (e.g. the
   * platform CA bundle's target). The Pod Security labels cannot be changed this way.
   */
  addLabel(key: string, value: string): void {
    if (key.startsWith('pod-security.kubernetes.io/')) {
      throw new Error(`namespace ${this.name}: ${key} is set by podSecurity, not addLabel`);
    }
    this.namespace.metadata.addLabel(key, value);
  }

  /** The Namespace object itself. */
  get object(): ApiObject {
    return this.namespace;
  }

  /** True once the namespace carries the data-protection sync options. */
  get protectsData(): boolean {
    const annotations = (this.namespace.metadata.toJson() as { annotations?: Record<string, string> }).annotations ?? {};
    return /Prune=false/.test(annotations['argocd.argoproj.io/sync-options'] ?? '');
  }

  /**
   * Keeps ArgoCD from pruning or deleting the namespace (deleting a namespace deletes every
   * volume claim and object in it): the protection the data-holding objects in it carry.
   */
  protectData(what: string): void {
    for (const [key, value] of Object.entries(dataProtection(what))) {
      this.namespace.metadata.addAnnotation(key, value);
    }
  }

  /** The PlatformNamespace named `name` in the chart of `scope`, if that chart makes it. */
  static find(scope: Construct, name: string): PlatformNamespace | undefined {
    const chart = Chart.of(scope);
    return chart.node.findAll().find((c): c is PlatformNamespace => c instanceof PlatformNamespace && c.name === name);
  }

  /** Allows traffic into pods of this namespace. */
  allowIngress(name: string, rule: NetworkRule): void {
    new k8s.KubeNetworkPolicy(this, `allow-ingress-${name}`, {
      metadata: { name: resourceName('allow-from', name), namespace: this.name },
      spec: {
        podSelector: rule.podLabels ? { matchLabels: rule.podLabels } : {},
        policyTypes: ['Ingress'],
        ingress: [{ from: rule.peers.map((p) => this.peer(p)), ports: ports(rule.ports) }],
      },
    });
  }

  /** Allows traffic out of pods of this namespace. */
  allowEgress(name: string, rule: NetworkRule): void {
    new k8s.KubeNetworkPolicy(this, `allow-egress-${name}`, {
      metadata: { name: resourceName('allow-to', name), namespace: this.name },
      spec: {
        podSelector: rule.podLabels ? { matchLabels: rule.podLabels } : {},
        policyTypes: ['Egress'],
        egress: [{ to: rule.peers.map((p) => this.peer(p)), ports: ports(rule.ports) }],
      },
    });
  }

  /**
   * Lets every pod of another namespace reach the pods with `podLabels` on `port`. Safe to
   * call more than once for the same client namespace (one policy per client).
   */
  allowClientNamespace(client: string, podLabels: Readonly<Record<string, string>>, port: number): void {
    const id = `allow-client-${client}`;
    if (this.node.tryFindChild(id)) {
      return;
    }
    new k8s.KubeNetworkPolicy(this, id, {
      metadata: { name: resourceName('allow-from', client), namespace: this.name },
      spec: {
        podSelector: { matchLabels: { ...podLabels } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': client } } }],
            ports: [{ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) }],
          },
        ],
      },
    });
  }

  /** Pods of this namespace may talk to each other. */
  allowWithinNamespace(): void {
    this.allowIngress('same-namespace', { peers: [{ namespace: this.name }] });
    this.allowEgress('same-namespace', { peers: [{ namespace: this.name }] });
  }

  /**
   * Egress to the Kubernetes API server, for operators and controllers. The API server's
   * address is not a pod, so this allows its ports to any address.
   */
  allowKubeApi(podLabels?: Record<string, string>): void {
    this.allowEgress('kube-api', { peers: [{ cidr: '0.0.0.0/0' }], ports: [443, 6443], podLabels });
  }

  private peer(peer: NetworkPeer): k8s.NetworkPolicyPeer {
    if (peer.cidr) {
      return { ipBlock: { cidr: peer.cidr } };
    }
    return {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': peer.namespace ?? this.name } },
      podSelector: peer.podLabels ? { matchLabels: peer.podLabels } : undefined,
    };
  }
}

function ports(list: readonly number[] | undefined): k8s.NetworkPolicyPort[] | undefined {
  return list?.map((port) => ({ protocol: 'TCP', port: k8s.IntOrString.fromNumber(port) }));
}
