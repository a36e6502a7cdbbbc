import { makeMix } from './bench/mix.mjs';
import { classify } from './dist/index.js';

const mix = makeMix(10000);
const o = { reasons: false };
const t = process.hrtime.bigint();
let n = 0;
while (Number(process.hrtime.bigint() - t) < 2e9) {
  for (const a of mix) classify(a, o);
  n += mix.length;
}
console.log(Math.round(n / (Number(process.hrtime.bigint() - t) / 1e9)));
