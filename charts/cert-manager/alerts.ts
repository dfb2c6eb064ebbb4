/**
 * The cert-manager component's alerts: the monitoring component loads them where cert-manager is built
 * (ComponentSpec alerts and dashboards). Each alert names its runbook section.
 */
import type { AlertGroup } from '../../constructs/alerts';

export const CERTIFICATE_ALERTS: AlertGroup = {
  name: 'lakeplane.certificates',
  subject: 'certificate expiry',
  rules: [
    {
      alert: 'CertificateExpiringSoon',
      expr: 'certmanager_certificate_expiration_timestamp_seconds - time() < 14 * 86400',
      for: '1h',
      severity: 'warning',
      summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in {{ $value | humanizeDuration }}',
      description: 'cert-manager renews 30 days before expiry by default; a certificate this close to expiry failed to renew.',
      runbook: 'incident-response.md#certificate-expiring',
    },
    {
      alert: 'CertificateExpiryCritical',
      expr: 'certmanager_certificate_expiration_timestamp_seconds - time() < 3 * 86400',
      for: '10m',
      severity: 'critical',
      summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} expires in {{ $value | humanizeDuration }}',
      description: 'Clients will refuse the service when it expires.',
      runbook: 'incident-response.md#certificate-expiring',
    },
    {
      alert: 'CertificateNotReady',
      expr: 'max by (namespace, name) (certmanager_certificate_ready_status{condition="False"}) == 1',
      for: '30m',
      severity: 'warning',
      summary: 'Certificate {{ $labels.namespace }}/{{ $labels.name }} is not ready',
      description: 'cert-manager cannot issue or renew it.',
      runbook: 'incident-response.md#certificate-expiring',
    },
  ],
};
