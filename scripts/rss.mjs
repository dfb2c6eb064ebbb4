// Loaded with --import by the benchmark: reports the process's peak memory on exit.
import { fileURLToPath } from 'node:url';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write('usage: node --import ./scripts/rss.mjs <script>   (used by npm run bench: prints the peak memory on exit)\n');
  process.exit(0);
}
process.on('exit', () => {
  process.stderr.write(`lakeplane-bench-maxrss-kib=${process.resourceUsage().maxRSS}\n`);
});
