/**
 * Configuration of the argocd component: ArgoCD's own installation (the argo-cd chart), which
 * ArgoCD manages itself once the bootstrap has installed it with the same values.
 */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';
import { size } from '../../config/durations';

export const ArgocdConfigSchema = z.strictObject({
  ...componentBase,
  /**
   * Pods of the API server, the repo server and the ApplicationSet controller (the parts the
   * chart runs in parallel). @default 2 in production (HA), 1 in small
   */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /**
   * Redis as the chart's redis-ha (3 Redis with Sentinel behind 3 HAProxy, one per node)
   * instead of a single Redis. @default true in production, false in small
   */
  redisHa: z.boolean().optional(),
  /**
   * Keep the local `admin` account. The bootstrap logs in with it before Keycloak exists, and
   * it is the way in when Keycloak is down. @default true
   */
  adminEnabled: z.boolean().optional(),
  /** Application controller (one pod: it shards by cluster, and there is one). @default 1 core, 2 GiB in production; 0.25, 0.75 in small */
  controller: size.optional(),
  /** Each repo server pod (renders Helm charts). @default 0.5 core, 1 GiB in production; 0.1, 0.5 in small */
  repoServer: size.optional(),
  /** Each API server pod. @default 0.25 core, 0.5 GiB in production; 0.05, 0.25 in small */
  server: size.optional(),
});

export type ArgocdConfig = z.output<typeof ArgocdConfigSchema>;
