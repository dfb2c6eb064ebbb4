/**
 * The typed handles components hand each other, keyed by component id. A component that
 * needs another's endpoint, bucket, database or OIDC client asks for its handle; nothing is
 * hard-coded. Each component adds its entry here.
 */
export interface ComponentHandles {
}
