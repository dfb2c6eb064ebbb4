/** Removes the scratch render cache of the run (test/support/global-setup.ts). */
import * as fs from 'fs';

export default async function globalTeardown(): Promise<void> {
  const scratch = process.env.LAKEPLANE_RENDER_SCRATCH;
  if (scratch && scratch.includes('lakeplane-renders-')) {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
