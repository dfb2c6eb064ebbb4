// Loaded with --import by the benchmark: reports the process's peak memory on exit.
process.on('exit', () => {
  process.stderr.write(`lakeplane-bench-maxrss-kib=${process.resourceUsage().maxRSS}\n`);
});
