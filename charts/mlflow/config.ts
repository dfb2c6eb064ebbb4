/** Config slice of the `mlflow` component. */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { DatabaseConfigSchema } from '../../config/database';

const dnsLabel = z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, { error: 'must be a DNS label (lower-case letters, digits and "-")' }).max(40, { error: 'must be at most 40 characters' });

/** A registered model served over HTTP at /invocations (charts/mlflow/serving.ts). */
export const ModelServingSchema = z.strictObject({
  /** Name of the Deployment and Service, e.g. fraud-detection. */
  name: dnsLabel,
  /** The registered model: models:/<name>@<alias> or models:/<name>/<version>. */
  model: z.string().regex(/^models:\/[A-Za-z0-9_.-]+(@[A-Za-z0-9_-]+|\/[0-9]+)$/, { error: 'must be models:/<name>@<alias> or models:/<name>/<version>, e.g. models:/fraud_detection@champion' }),
  /** @default 1 */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU per replica in cores. @default 1 */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory per replica in GiB. @default 2 */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
});

export const MlflowConfigSchema = z.strictObject({
  ...componentBase,
  /** Tracking server replicas. The OIDC plugin keeps sessions in the pod: more than one needs its Redis cache, which lakeplane does not run. @default 1 */
  replicas: z.literal(1, { error: 'must be 1: the OIDC plugin keeps login sessions in the pod (its Redis cache for more replicas is not part of the platform)' }).optional(),
  /** CPU of the server in cores. @default 2 in production, 0.25 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory of the server in GiB. @default 4 in production, 1 in small */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
  /**
   * What a signed-in user may do with experiments and models nobody granted them: READ (see),
   * EDIT (log runs to them) or NO_PERMISSIONS. MANAGE is refused: it lets anyone change
   * everyone's permissions. @default 'READ'
   */
  defaultPermission: z
    .string()
    .refine((p) => p !== 'MANAGE', { error: 'MANAGE would let every user change every permission: use READ, EDIT or NO_PERMISSIONS' })
    .pipe(z.enum(['NO_PERMISSIONS', 'READ', 'EDIT']))
    .optional(),
  /** The tracking store database (runs, parameters, metrics, the model registry). */
  database: DatabaseConfigSchema.optional(),
  /** Models served at /invocations, one Deployment each. @default [] */
  serving: z.array(ModelServingSchema).optional(),
});

export type MlflowConfig = z.output<typeof MlflowConfigSchema>;
export type ModelServingConfig = z.output<typeof ModelServingSchema>;
