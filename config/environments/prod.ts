/**
 * Production: the architecture document's Phase 1 cluster and sizes.
 */
import { defineEnvironment } from '../load';

export default defineEnvironment({
  name: 'prod',
  phase: 1,
  profile: 'production',
  domain: 'data.example.com',
  gitops: {
    repoURL: 'https://git.example.com/platform/lakeplane-gitops.git',
    targetRevision: 'main',
  },
  // Phase 1 (MVP): 3 control-plane nodes, 2 storage nodes (MinIO), 3 compute nodes (Trino).
  nodePools: [
    { name: 'control-plane', role: 'control-plane', count: 3, cpu: 4, memoryGiB: 16, diskGiB: 200, diskType: 'ssd' },
    // A 4 TB disk holds 3725 GiB.
    { name: 'storage', role: 'storage', count: 2, cpu: 8, memoryGiB: 32, diskGiB: 3725, diskType: 'hdd' },
    { name: 'compute', role: 'compute', count: 3, cpu: 16, memoryGiB: 64, diskGiB: 500, diskType: 'ssd' },
    // Phase 2 adds 3 compute and 2 storage nodes (the document's list); Spark and Kafka run on
    // the compute nodes until phase 3.
    { name: 'compute-p2', role: 'compute', count: 3, cpu: 16, memoryGiB: 64, diskGiB: 500, diskType: 'ssd', fromPhase: 2 },
    { name: 'storage-p2', role: 'storage', count: 2, cpu: 8, memoryGiB: 32, diskGiB: 3725, diskType: 'hdd', fromPhase: 2 },
    // Kafka needs three nodes of its own as soon as it runs (phase 2): the document's single
    // Kafka node (phase 3) cannot keep 3 brokers apart, and a 500 GiB broker volume does not fit
    // the compute nodes' disks (README: where this differs). Phase 3 gives Spark its two nodes.
    // Brokers and controllers, and Spark's drivers and executors, go to their pools by themselves.
    { name: 'kafka', role: 'kafka', count: 3, cpu: 8, memoryGiB: 32, diskGiB: 930, diskType: 'ssd', fromPhase: 2 },
    { name: 'spark', role: 'spark', count: 2, cpu: 32, memoryGiB: 128, diskGiB: 1000, diskType: 'ssd', fromPhase: 3 },
  ],
  storageClasses: { default: 'longhorn', objectStore: 'local-path' },
  tls: { issuer: 'ca' },
  secrets: { backend: 'sealed-secrets', missing: 'error' },
  // Where CI pushes the images lakeplane defines (images/: the lakehouse Spark image).
  registry: { builtImages: 'registry.data.example.com/platform' },
  // The document's node list (76 vCPU / 304 GiB) is smaller than its own Phase 1 summary
  // (104 vCPU / 384 GB) and than the Phase 1 platform at the document's sizes: the report
  // (dist/prod/REPORT.md) states the shortfall per pool and the nodes it would take.
  capacity: { headroomPercent: 10, allowOvercommit: true },
  components: {
    // The object store on the two storage nodes: one server per node with 4 drives of 900 GiB
    // (3600 GiB of each node's disk), one 8-drive erasure set at EC:4. Losing a node loses 4
    // drives, which EC:4 survives; the document's 4 servers x 4 x 1 TiB need 16 TiB on 2 nodes
    // and lose 8 of 16 drives with a node (README: where this differs from the document).
    minio: { servers: 2, volumesPerServer: 4, volumeSizeGiB: 900, parity: 4 },
  },
});
