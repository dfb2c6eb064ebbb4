/**
 * Environments removed on purpose. When config/environments/<env>.ts is deleted but
 * dist/<env>/ still records components that hold data, synth fails unless the environment is
 * listed here with the reason; it then lists what to delete by hand. Remove the entry (and
 * dist/<env>/) once the cluster is retired.
 */
export const DECOMMISSIONED_ENVIRONMENTS: Readonly<Record<string, string>> = {};
