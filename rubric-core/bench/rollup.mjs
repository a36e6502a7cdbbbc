// National roll-up: applyQuota over 5.6 million members in 60,000 groups. Runs in its own
// process so that its peak resident memory (VmHWM) is its own; prints one JSON line.
import { readFileSync } from 'node:fs';
import { applyQuota } from '../dist/index.js';
import { rng } from './mix.mjs';

const MEMBERS = Number(process.argv[2] ?? 5_600_000);
const GROUPS = Number(process.argv[3] ?? 60_000);
const r = rng(7);
const levels = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTNV', 'KHTNV'];
const members = new Array(MEMBERS);
for (let i = 0; i < MEMBERS; i++) {
  const level = levels[Math.floor(r() * levels.length)];
  const total = level === 'HTXSNV' ? 90 + Math.floor(r() * 40) / 4 : 50 + Math.floor(r() * 160) / 4;
  members[i] = { id: `m${i}`, group: `g${i % GROUPS}`, level, total };
}
const cohort = { format: 'tusoi.cohort/1', members };
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const result = applyQuota(cohort);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
// CPU time too: on a shared machine the wall time also counts other processes.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
const demoted = result.members.reduce((n, m) => n + (m.demoted ? 1 : 0), 0);
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds,
    peakMB: hwm ? Number(hwm[1]) / 1024 : null,
    members: MEMBERS,
    groups: GROUPS,
    demoted,
  }),
);
