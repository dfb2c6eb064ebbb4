/**
 * Configurations the shipped environments do not use but the tests check as a whole: today,
 * an environment at phase 3 with the optional ranger component on (test/ranger.test.ts for its
 * intent, test/apiserver.test.ts for what the API server makes of it).
 */
import { ENVIRONMENTS } from '../../config';
import { parseConfig } from '../../config/load';
import { PlatformConfig } from '../../config/schema';

/** Trino's own groups for the document's row-filter examples, and a member of each. */
export const RANGER_EXTRA_GROUPS = { regional_manager: ['dave'], contractor: ['erin'] };

/**
 * A shipped environment at phase 3 with ranger on. Its secrets are not sealed (enabling ranger
 * in an environment file is followed by npm run seal), so a sealed-secrets environment only
 * warns about them.
 */
export function rangerVariant(env: 'dev' | 'prod', ranger: Record<string, unknown> = {}): PlatformConfig {
  const input = ENVIRONMENTS[env];
  return parseConfig(
    {
      ...input,
      phase: 3,
      secrets: input.secrets.backend === 'sealed-secrets' ? { ...input.secrets, missing: 'warn' } : input.secrets,
      components: {
        ...input.components,
        ranger: { enabled: true, userAttributes: { dave: { country: 'DE' } }, ...ranger },
        trino: { ...input.components?.trino, extraGroups: RANGER_EXTRA_GROUPS },
      },
    },
    `ranger variant of ${env}`,
  );
}
