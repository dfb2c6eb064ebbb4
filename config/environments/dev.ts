/**
 * Development: one small cluster with every phase on, one replica of everything, small
 * requests and self-signed certificates.
 */
import { defineEnvironment } from '../load';

export default defineEnvironment({
  name: 'dev',
  phase: 3,
  profile: 'small',
  domain: 'dev.data.example.com',
  gitops: {
    repoURL: 'https://git.example.com/platform/lakeplane-gitops.git',
    targetRevision: 'main',
  },
  nodePools: [{ name: 'general', role: 'general', count: 3, cpu: 8, memoryGiB: 32, diskGiB: 500, diskType: 'ssd' }],
  storageClasses: { default: 'local-path' },
  tls: { issuer: 'selfsigned' },
  secrets: { backend: 'sealed-secrets', missing: 'warn' },
  // Where CI pushes the images lakeplane defines (images/: the lakehouse Spark image).
  registry: { builtImages: 'registry.data.example.com/platform' },
  components: {
    // One change-data-capture source, so the CDC path (connector, topics, sink) is built and tested.
    'kafka-connect': {
      sources: [{ type: 'postgres', name: 'orders', host: 'orders-db.dev.example.internal', database: 'orders', tables: ['public.orders', 'public.customers'] }],
    },
  },
});
