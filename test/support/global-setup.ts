/**
 * Once per test run, before any test file: what the tests need from outside the checkout.
 *
 * - helm (LAKEPLANE_HELM): from the environment, else the test assets (test/support/assets.ts);
 * - the chart cache (.cache/charts) filled from the chart mirror folder (LAKEPLANE_CHARTS, else
 *   ../shared/charts beside the checkout), each archive verified against charts.lock.json, so
 *   a synth of a test's own variant can render what renders/ does not hold;
 * - a scratch render cache (LAKEPLANE_RENDER_SCRATCH), so those renders never change renders/.
 *
 * Nothing here fails the run: a test that needs a missing tool fails itself, saying how to get it.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CHARTS, ChartName } from '../../versions';
import { cachedArchive, fetchArchive, parseSource, readLock, sha256, storeArchive } from '../../lib/charts';
import { helmBinary } from './assets';

export default async function globalSetup(): Promise<void> {
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
