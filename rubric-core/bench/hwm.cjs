// Preloaded into a measured process: on exit, writes its peak resident memory (VmHWM, MB) and its
// CPU time (user + system, s: on a shared machine wall time also counts other processes) to fd 3.
const { readFileSync, writeSync } = require('node:fs');

process.on('exit', () => {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  const cpu = process.cpuUsage();
  try {
    writeSync(
      3,
      JSON.stringify({ peakMB: hwm ? Number(hwm[1]) / 1024 : null, cpuSeconds: (cpu.user + cpu.system) / 1e6 }),
    );
  } catch {
    // not measured
  }
});
