/**
 * The naming policy: names are chosen on purpose, never hashed, DNS-1123 and at most 63
 * characters. A name that does not fit is an error, not a silent truncation that could
 * collide with another.
 */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Joins parts with "-" and checks the result is a valid object name. */
export function resourceName(...parts: readonly string[]): string {
  const name = parts.filter((p) => p !== '').join('-');
  assertDnsLabel(name, 'resource name');
  return name;
}

export function assertDnsLabel(name: string, what: string): void {
  if (name.length > 63) {
    throw new Error(`${what} "${name}" is ${name.length} characters; Kubernetes allows 63. Choose a shorter name.`);
  }
  if (!DNS_LABEL.test(name)) {
    throw new Error(`${what} "${name}" is not a DNS label (lower-case letters, digits and "-", starting and ending with a letter or digit)`);
  }
}
