/**
 * Whether a command's module is the one this process was started for: `node --import tsx
 * scripts/x.ts`, and `node scripts/launch.mjs scripts/x.ts` (npm run x), which runs it from a
 * bundle and sets argv[1] to the source it was bundled from. `require.main === module` holds
 * only for the first: from a bundle, the module is not node's main module. Tests import the
 * same modules and get false.
 */
import * as path from 'path';

export function isEntryPoint(dirname: string, file: string): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.join(dirname, file);
}
