/** Stops the run's API server and removes the scratch render cache (test/support/global-setup.ts). */
import * as fs from 'fs';
import type { SharedApiServer } from './envtest';
import { SHARED_SERVER_GLOBAL } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as Record<string, unknown>)[SHARED_SERVER_GLOBAL] as SharedApiServer | undefined;
  await server?.stop();
  const scratch = process.env.LAKEPLANE_RENDER_SCRATCH;
  if (scratch && scratch.includes('lakeplane-renders-')) {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
