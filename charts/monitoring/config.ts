/** Config slice of the `monitoring` component (kube-prometheus-stack). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { duration, size } from '../../config/durations';
import { DatabaseConfigSchema } from '../../config/database';

export const MonitoringConfigSchema = z.strictObject({
  ...componentBase,
  prometheus: z
    .strictObject({
      /** @default 2 in production, 1 in small */
      replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
      /** How long samples are kept. @default '15d' */
      retention: duration.optional(),
      /** Volume per replica. @default 50 in production, 10 in small */
      storageGiB: z.number().min(1, { error: 'must be >= 1' }).optional(),
      size: size.optional(),
    })
    .optional(),
  grafana: z
    .strictObject({
      /** @default 2 in production, 1 in small */
      replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
      /** Grafana's database: size, and a point-in-time restore (docs/postgres-restore.md). */
      database: DatabaseConfigSchema.optional(),
    })
    .optional(),
  alertmanager: z
    .strictObject({
      /** @default 2 in production, 1 in small */
      replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
    })
    .optional(),
  /**
   * Where alerts go: critical and warning alerts to each receiver configured here. Without
   * any, alerts reach nobody (synth warns). Secrets (the Slack webhook URL, the SMTP password)
   * are never here: they are `input` keys of the secret `alertmanager-receivers`, given to
   * `npm run seal`, and Alertmanager reads them from files.
   */
  alerting: z
    .strictObject({
      email: z
        .strictObject({
          to: z.email({ error: 'must be an e-mail address' }),
          from: z.email({ error: 'must be an e-mail address' }),
          /** SMTP relay as host:port. */
          smarthost: z.string().regex(/^[A-Za-z0-9.-]+:[0-9]+$/, { error: 'must be host:port, e.g. smtp.example.com:587' }),
          /** SMTP login; when set, the password is the secret key `smtp-password`. @default - no authentication */
          username: z.string().min(1).optional(),
          /** Only critical alerts by e-mail (warnings then go to Slack only, which must be configured). @default false */
          criticalOnly: z.boolean().optional(),
        })
        .optional(),
      slack: z
        .strictObject({
          channel: z.string().regex(/^[#@][A-Za-z0-9._-]+$/, { error: 'must be a channel such as #platform-alerts' }),
        })
        .optional(),
    })
    .optional(),
});

export type MonitoringConfig = z.output<typeof MonitoringConfigSchema>;
