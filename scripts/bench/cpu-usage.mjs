// Loaded with `node --import` into a timed `vite build`: prints the process's CPU time (user +
// system, all threads) when it exits. On a shared machine CPU time barely moves with other
// load, while wall-clock time can double, so the build-scaling fit uses it.
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\nBENCH_CPU_MS ${((user + system) / 1000).toFixed(1)}\n`);
});
