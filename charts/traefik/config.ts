/** Configuration of the traefik component (the ingress controller). */
import { z } from 'zod';
import { componentBase } from '../../config/component-base';

export const TraefikConfigSchema = z.strictObject({
  ...componentBase,
  /** Controller pods. @default 2 in production (the architecture document's HA pair), 1 in small */
  replicas: z.int().min(1, { error: 'must be >= 1' }).optional(),
  /** CPU request per pod, in cores. @default 0.5 in production, 0.1 in small */
  cpu: z.number().positive({ error: 'must be > 0' }).optional(),
  /** Memory request and limit per pod, in GiB. @default 0.5 in production, 0.25 in small */
  memoryGiB: z.number().positive({ error: 'must be > 0' }).optional(),
  /**
   * Address the LoadBalancer Service asks for (MetalLB `metallb.io/loadBalancerIPs`), so the
   * platform's DNS names can point at a fixed address. @default - one from the pool
   */
  loadBalancerIP: z.union([z.ipv4(), z.ipv6()], { error: 'must be an IPv4 or IPv6 address' }).optional(),
});

export type TraefikConfig = z.output<typeof TraefikConfigSchema>;
