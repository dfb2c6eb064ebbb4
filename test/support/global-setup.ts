/**
 * Once per test run, before any test file: what the tests need from outside the checkout.
 *
 * - helm (LAKEPLANE_HELM): from the environment, else the test assets (test/support/assets.ts);
 * - the chart cache (.cache/charts) filled from the chart mirror folder (LAKEPLANE_CHARTS, else
 *   ../shared/charts beside the checkout), each archive verified against charts.lock.json, so
 *   a synth of a test's own variant can render what renders/ does not hold;
 * - a scratch render cache (LAKEPLANE_RENDER_SCRATCH), so those renders never change renders/;
 * - the run's one Kubernetes API server (test/support/envtest.ts), started here and not waited
 *   for: it boots while jest starts its workers and the first test files run; the test files
 *   that need it connect through LAKEPLANE_APISERVER and wait for it there. Workers inherit the
 *   variables set here (jest starts them after the global setup).
 *
 * Nothing here fails the run: a test that needs a missing tool fails itself, saying how to get it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CHARTS, ChartName } from '../../versions';
import { cachedArchive, fetchArchive, parseSource, readLock, sha256, storeArchive } from '../../lib/charts';
import { helmBinary, kubeAssets } from './assets';
import { SHARED_SERVER_VARIABLE, SharedApiServer, shareApiServer } from './envtest';

/** The run's API server, for the global teardown (which shares the global setup's globalThis, as jest documents). */
export const SHARED_SERVER_GLOBAL = '__lakeplaneApiServer';

export default async function globalSetup(): Promise<void> {
  // First, so that it boots while the rest is done. Missing assets fail connectApiServer().
  const server = await shareApiServer(kubeAssets);
  (globalThis as Record<string, unknown>)[SHARED_SERVER_GLOBAL] = server satisfies SharedApiServer;
  process.env[SHARED_SERVER_VARIABLE] = server.handle;
  if (!process.env.LAKEPLANE_HELM) {
    try {
      process.env.LAKEPLANE_HELM = helmBinary();
    } catch {
      // the tests that render say how to get helm
    }
  }
  const mirror = process.env.LAKEPLANE_CHARTS ?? path.join(__dirname, '..', '..', '..', 'shared', 'charts');
  if (fs.existsSync(path.join(mirror, 'index.yaml'))) {
    const lock = readLock();
    for (const name of Object.keys(CHARTS) as ChartName[]) {
      try {
        cachedArchive(name, lock);
      } catch {
        const data = await fetchArchive(name, parseSource(mirror));
        if (sha256(data) === lock.charts[name]?.digest) {
          storeArchive(name, data);
        }
      }
    }
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lakeplane-renders-'));
  process.env.LAKEPLANE_RENDER_SCRATCH = scratch;
}
