/** The short table `npm run synth` prints per environment. */
import * as path from 'path';
import { SynthResult } from './synth';

export function summaryTable(results: readonly SynthResult[], outdir: string, ms: number): string {
  const rows = results.map((r) => {
    const objects = [...r.rendered.objects.values()].reduce((n, list) => n + list.length, 0);
    return {
      env: r.build.config.name,
      phase: String(r.build.config.phase),
      components: String(r.build.components.length),
      objects: String(objects),
      files: String(r.rendered.files.size),
      out: path.join(outdir, r.build.config.name) + path.sep,
    };
  });
  const header = { env: 'environment', phase: 'phase', components: 'components', objects: 'objects', files: 'files', out: 'written to' };
  const keys = Object.keys(header) as Array<keyof typeof header>;
  const width = (k: keyof typeof header): number => Math.max(header[k].length, ...rows.map((r) => r[k].length));
  const line = (r: typeof header): string => keys.map((k) => r[k].padEnd(width(k))).join('  ').trimEnd();
  const out = [line(header), ...rows.map(line)];
  out.push(`synthesized ${results.length} environment(s) in ${Math.round(ms)} ms`);
  return `${out.join('\n')}\n`;
}
