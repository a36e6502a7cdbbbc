// A seeded, realistic mix of assessments: mostly staff, some leaders and collectives, a few
// findings and prior shortcomings; the same inputs every run.
export function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const KINDS = [
  ['staff', 0.7],
  ['member-outside', 0.05],
  ['leader', 0.1],
  ['leader-central', 0.02],
  ['collective', 0.08],
  ['leadership-collective', 0.05],
];

export function makeMix(n, seed = 42) {
  const r = rng(seed);
  const pick = () => {
    let x = r();
    for (const [kind, p] of KINDS) {
      x -= p;
      if (x < 0) return kind;
    }
    return 'staff';
  };
  const out = [];
  for (let i = 0; i < n; i++) {
    const kind = pick();
    const assigned = 5 + Math.floor(r() * 30);
    const completed = r() < 0.85 ? assigned : Math.floor(assigned * (0.4 + r() * 0.6));
    const onTime = r() < 0.7 ? completed : Math.floor(completed * (0.6 + r() * 0.4));
    const late = Math.floor((completed - onTime) * r());
    const exceeded = Math.floor(completed * r() * 0.5);
    const counts = { assigned, completed, onTimeWithQuality: onTime, exceeded, late };
    const leader = kind === 'leader' || kind === 'leader-central';
    const a = {
      format: 'tusoi.assessment/1',
      period: { year: 2025 },
      subject: { kind, name: `Đảng viên ${i}`, cell: `Chi bộ ${i % 300}` },
      scores: { general: Math.round((20 + r() * 10) * 10) / 10, results: Math.round((35 + r() * 35) * 4) / 4 },
      ...(leader
        ? { ledUnits: { ...counts, unitsResponsible: 4, unitsRatedNotCompleted: r() < 0.05 ? 3 : 0 } }
        : { tasks: counts }),
    };
    if (leader && r() < 0.5) a.confidenceVote = { held: true, lowShare: Math.round(r() * 40) / 100 };
    if ((leader || kind === 'leadership-collective') && r() < 0.3)
      a.socioEconomicTargets = { applicable: true, missed: r() < 0.1 ? 1 : 0 };
    if (r() < 0.3)
      a.priorShortcomings = [{ text: 'Hạn chế kỳ trước', status: r() < 0.8 ? 'fixed' : 'in-progress', progress: 0.5 }];
    if (r() < 0.1)
      a.findings = {
        degradationConcluded: r() < 0.2,
        discipline: r() < 0.5 ? [{ form: 'khien-trach', dutyRelated: true }] : [],
      };
    if (r() < 0.5) a.proposedLevel = ['HTXSNV', 'HTTNV', 'HTNV'][Math.floor(r() * 3)];
    out.push(a);
  }
  return out;
}
