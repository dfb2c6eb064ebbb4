/**
 * Alerts and dashboards as data: a component declares its alert groups and dashboards next to
 * its chart (charts/<id>/alerts.ts, listed on its spec), and the monitoring component turns the
 * ones of the components an environment builds into PrometheusRules and Grafana dashboards.
 */

export type Severity = 'critical' | 'warning';

export interface AlertSpec {
  readonly alert: string;
  readonly expr: string;
  /** How long the condition holds before the alert fires. */
  readonly for: string;
  readonly severity: Severity;
  /** One line; may use {{ $labels.x }} and {{ $value }}. */
  readonly summary: string;
  readonly description: string;
  /** Runbook file under docs/runbooks/ and the section anchor: 'incident-response.md#pod-restarting'. */
  readonly runbook: string;
}

export interface AlertGroup {
  readonly name: string;
  /** What the group watches (one of the document's key metrics). */
  readonly subject: string;
  readonly rules: readonly AlertSpec[];
}

export type PanelUnit = 'percentunit' | 'bytes' | 's' | 'short' | 'reqps' | 'Bps';

export interface PanelSpec {
  readonly title: string;
  /** One PromQL expression per series; the legend uses Grafana's {{label}} templating. */
  readonly targets: ReadonlyArray<{ readonly expr: string; readonly legend?: string }>;
  readonly unit: PanelUnit;
  /** 'stat' for a single number, 'timeseries' for a graph. @default 'timeseries' */
  readonly type?: 'stat' | 'timeseries';
}

export interface DashboardSpec {
  /** Stable uid and ConfigMap key. */
  readonly uid: string;
  readonly title: string;
  readonly panels: readonly PanelSpec[];
}

/** The 15-minute recovery point objective of the PostgreSQL backup strategy, in seconds. */
export const WAL_RPO_SECONDS = 15 * 60;
/** A daily backup plus two hours of slack. */
export const DAILY_BACKUP_MAX_AGE_SECONDS = 26 * 3600;

/** Every alert of the groups, flat. */
export function allAlerts(groups: readonly AlertGroup[]): AlertSpec[] {
  return groups.flatMap((g) => g.rules);
}
