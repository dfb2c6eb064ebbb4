/**
 * Configuration of the spark-operator component (the Kubeflow Spark operator and the
 * namespace Spark jobs run in).
 */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

export const SparkOperatorConfigSchema = z.strictObject({
  ...componentBase,
  /** Namespace the platform's Spark applications run in (drivers and executors). @default 'spark-jobs' */
  jobNamespace: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { error: 'must be a DNS label (lower-case letters, digits, -)' }).max(63).optional(),
  /** Controller and webhook replicas (leader election keeps one active controller). @default 2 in production, 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
});

export type SparkOperatorConfig = z.output<typeof SparkOperatorConfigSchema>;
