// Quarterly inputs for `pnpm bench`: a 7-task quarter scored by the VATM 09A pack (frame K2,
// 17 general criteria answered), and a year from four quarters (three quarters + the annual review).
const STAFF = [
  ...Array.from({ length: 10 }, (_, i) => `pl4-1.${i + 1}`),
  ...Array.from({ length: 4 }, (_, i) => `pl4-2.${i + 1}`),
  'pl4-3',
];

function items(n) {
  const out = {};
  for (const [i, id] of STAFF.entries()) {
    if ((n + i) % 11 === 0) out[id] = { answer: 'notMet', reason: 'Có căn cứ' };
    else if ((n + i) % 13 === 0) out[id] = { answer: 'notApplicable', reason: 'Không thuộc phạm vi' };
    else out[id] = { answer: 'met' };
  }
  return out;
}

/** `count` varied quarters, each with 7 tasks whose weights add up to 70. */
export function makeQuarters(count) {
  const list = [];
  for (let n = 0; n < count; n++) {
    const weights = [20, 15, 10, 10, 5, 5, 5];
    list.push({
      format: 'tusoi.assessment/2',
      period: { year: 2026, quarter: 1 + (n % 3) },
      subject: { kind: 'staff' },
      criteria: { pack: 'q2026-vatm-09a', items: items(n) },
      frame: { id: ['K1', 'K2', 'K3', 'K4'][n % 4] },
      taskList: weights.map((weight, i) => ({
        name: `Sản phẩm ${i + 1}`,
        axis: `T${1 + (i % 6)}`,
        weight,
        components: { A: 100, B: 85 + ((n + i) % 16), C: 90 + ((n * 3 + i) % 11), D: 80 + ((n + 2 * i) % 21) },
        // An unfinished task is neither exceeded nor late (refused otherwise).
        exceeded: (n + i) % 3 === 0 && (n * 7 + i) % 97 !== 0,
        key: i === 0,
        keyLevel: 1 + ((n >> 3) % 2),
        completed: (n * 7 + i) % 97 !== 0,
        late: (n + i) % 17 === 0 && (n * 7 + i) % 97 !== 0,
      })),
    });
  }
  return list;
}

/** Years: quarters 1–3 and an annual self-review (Q4 integrated, the default). */
export function makeYears(count) {
  const quarters = makeQuarters(count * 3);
  const years = [];
  for (let n = 0; n < count; n++) {
    const [q1, q2, q3] = quarters
      .slice(3 * n, 3 * n + 3)
      .map((q, i) => ({ ...q, period: { year: 2026, quarter: i + 1 } }));
    years.push([
      q1,
      q2,
      q3,
      {
        format: 'tusoi.assessment/1',
        period: { year: 2026 },
        subject: { kind: 'staff' },
        scores: { general: 28 + (n % 3), results: 55 + (n % 15) },
        tasks: { assigned: 20, completed: 20, onTimeWithQuality: 19, exceeded: 6 + (n % 3), late: 1 },
      },
    ]);
  }
  return years;
}
