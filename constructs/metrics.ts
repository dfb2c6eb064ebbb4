/**
 * Scraping, owned by the component that owns the endpoint: a PodMonitor or ServiceMonitor
 * (picked up by the monitoring stack, which selects all of them) and the NetworkPolicy that
 * lets Prometheus reach the port. Every PodMetrics/ServiceMetrics is recorded so the
 * whole-platform test can check every component is scraped.
 */
import { k8s } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { PodMonitor } from '../imports/monitoring.coreos.com_podmonitor-monitoring.coreos.com';
import { ServiceMonitor, ServiceMonitorSpecEndpointsScheme } from '../imports/monitoring.coreos.com_servicemonitor-monitoring.coreos.com';
import { resourceName } from './naming';

/** Labels of the Prometheus pods of the monitoring stack. */
export const PROMETHEUS_POD_LABELS = { 'app.kubernetes.io/name': 'prometheus' } as const;

export interface MetricsProps {
  /** Monitor name. */
  readonly name: string;
  readonly namespace: string;
  /** Pod (PodMetrics) or Service (ServiceMetrics) labels to select. */
  readonly selector: Readonly<Record<string, string>>;
  /** Named port of the metrics endpoint. */
  readonly port: string;
  /** Numeric port, for the NetworkPolicy when the named port is not on the pod spec we know. @default - the named port */
  readonly portNumber?: number;
  /** @default '/metrics' */
  readonly path?: string;
  /** @default '30s' */
  readonly interval?: string;
  /** Pod labels the NetworkPolicy opens (ServiceMetrics: the pods behind the Service). @default selector */
  readonly podLabels?: Readonly<Record<string, string>>;
  /**
   * ServiceMetrics only: scrape over HTTPS, the server's certificate checked for `serverName`
   * against the CA in a ConfigMap of the namespace (the trust bundle). @default - plain HTTP
   */
  readonly tls?: { readonly caConfigMap: { readonly name: string; readonly key: string }; readonly serverName: string };
}

export class PodMetrics extends Construct {
  constructor(scope: Construct, id: string, props: MetricsProps) {
    super(scope, id);
    new PodMonitor(this, 'monitor', {
      metadata: { name: resourceName(props.name), namespace: props.namespace },
      spec: {
        selector: { matchLabels: { ...props.selector } },
        podMetricsEndpoints: [{ port: props.port, path: props.path ?? '/metrics', interval: props.interval ?? '30s' }],
      },
    });
    allowScrape(this, props);
  }
}

export class ServiceMetrics extends Construct {
  constructor(scope: Construct, id: string, props: MetricsProps) {
    super(scope, id);
    new ServiceMonitor(this, 'monitor', {
      metadata: { name: resourceName(props.name), namespace: props.namespace },
      spec: {
        selector: { matchLabels: { ...props.selector } },
        endpoints: [
          {
            port: props.port,
            path: props.path ?? '/metrics',
            interval: props.interval ?? '30s',
            ...(props.tls && {
              scheme: ServiceMonitorSpecEndpointsScheme.HTTPS,
              tlsConfig: { ca: { configMap: { ...props.tls.caConfigMap } }, serverName: props.tls.serverName },
            }),
          },
        ],
      },
    });
    allowScrape(this, props);
  }
}

function allowScrape(scope: Construct, props: MetricsProps): void {
  const port = props.portNumber !== undefined ? k8s.IntOrString.fromNumber(props.portNumber) : k8s.IntOrString.fromString(props.port);
  new k8s.KubeNetworkPolicy(scope, 'allow-scrape', {
    metadata: { name: resourceName('allow-scrape', props.name), namespace: props.namespace },
    spec: {
      podSelector: { matchLabels: { ...(props.podLabels ?? props.selector) } },
      policyTypes: ['Ingress'],
      ingress: [{ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { ...PROMETHEUS_POD_LABELS } } }], ports: [{ protocol: 'TCP', port }] }],
    },
  });
}
