import { hasScore, traceDecision } from '@tusoi/rubric-core';
import ex08 from '@tusoi/rubric-core/examples/08-staff-example-duty-mitigated.json';
import ex10 from '@tusoi/rubric-core/examples/10-staff-not-completed-over-50.json';
import ex21 from '@tusoi/rubric-core/examples/21-leader-units-rated-over-50.json';
import tc1 from '@tusoi/rubric-core/examples/q01-staff-vatm-tc1-frame-k2.json';
import q04 from '@tusoi/rubric-core/examples/q04-staff-unrated-maternity.json';
import { describe, expect, it } from 'vitest';
import { decisionSteps, measureNumbers, measureThreshold, stepDifferences, stepLegend } from './decision-steps';

const staff = (extra: Record<string, unknown> = {}) => ({
  format: 'tusoi.assessment/1',
  period: { year: 2025 },
  subject: { kind: 'staff' },
  scores: { general: 28, results: 60 },
  tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 2, late: 0 },
  ...extra,
});

const line = (steps: ReturnType<typeof decisionSteps>, step: string, key: string) =>
  steps.find((s) => s.id === step)?.lines.find((l) => l.key === key);

describe('decisionSteps', () => {
  it('exactly 50% of the units rated KHTNV: the khoản 4 step shows 3/6 = 50% against "over 50%", and it does not apply', () => {
    const a = { ...ex21, ledUnits: { ...ex21.ledUnits, unitsRatedNotCompleted: 3 } };
    const steps = decisionSteps(traceDecision(a), 'vi');
    expect(steps.map((s) => s.id)).toEqual(['k4', 'HTXSNV', 'HTTNV', 'HTNV', 'conclusion']);
    const l = line(steps, 'k4', 'unitsRatedOver50');
    expect(l).toMatchObject({
      mark: '✓',
      outcome: 'passed',
      numbers: '3/6 đơn vị = 50%',
      threshold: 'ngưỡng: trên 50%',
    });
    expect(l?.cite).toContain('Điều 11, khoản 4');
    expect(steps[0]?.status).toBe('passed');
    // 4 of 6 crosses the line: KHTNV, and the levels are not weighed.
    const four = decisionSteps(traceDecision(ex21), 'vi');
    expect(line(four, 'k4', 'unitsRatedOver50')).toMatchObject({ mark: '✗', numbers: '4/6 đơn vị = 66,7%' });
    expect(four.map((s) => s.status)).toEqual(['decides', 'skipped', 'skipped', 'skipped', 'decides']);
    // Whose tasks the counts are: rubric-core's own words for a leader, on the counted lines only.
    const scope = traceDecision(a).scope.vi;
    expect(scope).toContain('trực tiếp lãnh đạo');
    expect(line(steps, 'HTXSNV', 'exceeded30')?.title.startsWith(scope)).toBe(true);
    expect(line(steps, 'k4', 'unitsRatedOver50')?.title.startsWith(scope)).toBe(false);
    expect(line(decisionSteps(traceDecision(staff()), 'vi'), 'HTXSNV', 'exceeded30')?.title).not.toContain(scope);
  });

  it('levels from the top: 20% exceeded fails HTXSNV with its numbers, HTTNV decides, HTNV is not needed', () => {
    const steps = decisionSteps(traceDecision(staff({ scores: { general: 30, results: 65 } })), 'vi');
    expect(line(steps, 'HTXSNV', 'exceeded30')).toMatchObject({
      mark: '✗',
      numbers: '2/10 nhiệm vụ = 20%',
      threshold: 'ngưỡng: từ 30% trở lên',
    });
    expect(line(steps, 'HTXSNV', 'band90')).toMatchObject({ mark: '✓', numbers: 'Tổng điểm 95' });
    expect(steps.map((s) => s.status)).toEqual(['passed', 'failed', 'decides', 'skipped', 'decides']);
    expect(steps.find((s) => s.id === 'HTTNV')?.outcome).toBe('Đủ mọi điều kiện: xếp loại HTTNV.');
    expect(steps.at(-1)?.outcome).toContain('Hoàn thành tốt nhiệm vụ');
  });

  it('a boundary score: 89,9 against "từ 90 điểm trở lên"; English uses the decimal point', () => {
    const a = staff({ scores: { general: 29.9, results: 60 } });
    expect(line(decisionSteps(traceDecision(a), 'vi'), 'HTXSNV', 'band90')).toMatchObject({
      mark: '✗',
      numbers: 'Tổng điểm 89,9',
      threshold: 'ngưỡng: từ 90 điểm trở lên',
    });
    expect(line(decisionSteps(traceDecision(a), 'en'), 'HTXSNV', 'band90')).toMatchObject({
      numbers: 'Total 89.9',
      threshold: 'threshold: 90 points or more',
    });
  });

  it('a mitigated case is marked ~ and the levels are still weighed', () => {
    const steps = decisionSteps(traceDecision(ex08), 'vi');
    expect(line(steps, 'k4', 'exampleDutyViolated')).toMatchObject({
      mark: '~',
      outcome: 'mitigated',
      detail:
        'Tuy nhiên đã tự giác nhận lỗi, tự phát hiện vi phạm và khắc phục xong hậu quả: cấp có thẩm quyền căn cứ hoàn cảnh, tính chất, mức độ để xem xét.',
    });
    expect(steps[0]?.status).toBe('mitigated');
    expect(steps.slice(1, 4).some((s) => s.status === 'decides')).toBe(true);
    expect(steps.at(-1)?.lines.length).toBeGreaterThan(0);
  });

  it('over 50% not completed shows the count not completed; a non-duty discipline is named as not counted', () => {
    const steps = decisionSteps(traceDecision(ex10), 'vi');
    const l = line(steps, 'k4', 'notCompletedOver50');
    expect(l?.mark).toBe('✗');
    expect(l?.threshold).toBe('ngưỡng: trên 50%');
    const d = decisionSteps(
      traceDecision(staff({ findings: { discipline: [{ form: 'canh-cao', dutyRelated: false }] } })),
      'vi',
    );
    expect(line(d, 'k4', 'dutyDiscipline')).toMatchObject({
      mark: '✓',
      numbers: '0 quyết định kỷ luật được tính',
      note: '1 quyết định kỷ luật không được tính: khoản 4 chỉ tính vi phạm liên quan chức trách, công vụ.',
    });
  });

  it('prior shortcomings: "còn 1" fails HTXSNV with 1/2 fixed; none named reads as such', () => {
    const a = staff({
      scores: { general: 30, results: 65 },
      tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 3, late: 0 },
      priorShortcomings: [
        { text: 'a', status: 'fixed' },
        { text: 'b', status: 'not-fixed' },
      ],
    });
    expect(line(decisionSteps(traceDecision(a), 'vi'), 'HTXSNV', 'priorsFixed')).toMatchObject({
      mark: '✗',
      numbers: '1/2 đã khắc phục = 50%',
      threshold: 'ngưỡng: 100%',
    });
    expect(measureNumbers('priorsFixed', { kind: 'share', value: 0, of: 0, threshold: 1, test: 'atLeast' }, 'vi')).toBe(
      'không có hạn chế nào được chỉ ra ở kỳ trước',
    );
  });

  it('thresholds in words: at most 20%, under 70%, all 5 targets under option targets = all', () => {
    expect(measureThreshold('late20', { kind: 'share', value: 2, of: 10, threshold: 0.2, test: 'atMost' }, 'vi')).toBe(
      'ngưỡng: không quá 20%',
    );
    expect(
      measureThreshold('completedUnder70', { kind: 'share', value: 6, of: 10, threshold: 0.7, test: 'below' }, 'en'),
    ).toBe('threshold: under 70%');
    expect(
      measureThreshold('targetsMissed', { kind: 'count', value: 2, of: 5, threshold: 5, test: 'atLeast' }, 'vi'),
    ).toBe('ngưỡng: cả 5 chỉ tiêu không đạt');
  });

  it('no line or title shows a code name, in either language', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const a of [ex08, ex10, ex21, staff()]) {
        const text = JSON.stringify(
          decisionSteps(traceDecision(a), lang).map((s) => [
            s.title,
            s.outcome,
            s.lines.map((l) => [l.title, l.numbers, l.threshold, l.note]),
          ]),
        );
        expect(text).not.toMatch(/[a-z][A-Z]|\b(tasks|scores|subject)\./);
      }
      expect(stepLegend(lang).map(([m]) => m)).toEqual(['✓', '✗', '~', '→']);
    }
  });
});

describe('what the trainer reads', () => {
  it('a prior shortcoming being fixed shows as such, with its progress, not as "0/1 = 0%"', () => {
    const prior = (status: string, progress?: number) =>
      staff({
        scores: { general: 30, results: 65 },
        tasks: { assigned: 10, completed: 10, onTimeWithQuality: 10, exceeded: 4, late: 0 },
        priorShortcomings: [{ text: 'Chậm báo cáo', status, ...(progress === undefined ? {} : { progress }) }],
      });
    const numbers = (a: unknown, lang: 'vi' | 'en' = 'vi') =>
      line(decisionSteps(traceDecision(a), lang), 'HTXSNV', 'priorsFixed')?.numbers;
    expect(numbers(prior('in-progress', 0.8))).toBe('0/1 đã khắc phục (1 đang khắc phục, 80%)');
    expect(numbers(prior('in-progress', 0.8), 'en')).toBe('0/1 fixed (1 being fixed, 80%)');
    expect(numbers(prior('in-progress'))).toBe('0/1 đã khắc phục (1 đang khắc phục)');
    expect(numbers(prior('not-fixed'))).toBe('0/1 đã khắc phục = 0%');
    expect(numbers(prior('fixed'))).toBe('1/1 đã khắc phục = 100%');
  });

  it('the conclusion cites Tự Soi’s reading only when a reading decided; in English the tag is English', () => {
    const k4 = decisionSteps(traceDecision(ex10), 'vi').at(-1);
    expect(k4?.cite).toBe('QĐ 366-QĐ/TW, Điều 11, khoản 4');
    const plain = decisionSteps(traceDecision(staff({ scores: { general: 30, results: 65 } })), 'vi').at(-1);
    expect(plain?.cite).not.toContain('Tự Soi');
    const gap = staff({ tasks: { assigned: 10, completed: 9, onTimeWithQuality: 9, exceeded: 1, late: 0 } });
    expect(decisionSteps(traceDecision(gap), 'vi').at(-1)?.cite).toContain('(cách hiểu của Tự Soi)');
    const en = decisionSteps(traceDecision(gap), 'en');
    expect(en.at(-1)?.cite).toContain('(Tự Soi’s reading)');
    for (const s of en) for (const l of s.lines) expect(l.cite).not.toContain('cách hiểu');
  });
});

describe('stepDifferences', () => {
  it('the same facts under two readings of the gap differ in the conclusion only', () => {
    const a = { ...ex21, ledUnits: { ...ex21.ledUnits, unitsRatedNotCompleted: 3 } };
    expect([...stepDifferences(decisionSteps(traceDecision(a), 'vi'), decisionSteps(traceDecision(a), 'vi'))]).toEqual(
      [],
    );
    const gap = staff({ tasks: { assigned: 10, completed: 9, onTimeWithQuality: 9, exceeded: 1, late: 0 } });
    const diff = stepDifferences(
      decisionSteps(traceDecision(gap), 'vi'),
      decisionSteps(traceDecision(gap, { gap: 'KHTNV' }), 'vi'),
    );
    expect([...diff]).toEqual(['conclusion']);
  });

  it('3/6 against 4/6 units: the khoản 4 step, its line and every level after it differ', () => {
    const three = { ...ex21, ledUnits: { ...ex21.ledUnits, unitsRatedNotCompleted: 3 } };
    const diff = stepDifferences(decisionSteps(traceDecision(three), 'vi'), decisionSteps(traceDecision(ex21), 'vi'));
    expect(diff).toContain('k4');
    expect(diff).toContain('k4/unitsRatedOver50');
    expect(diff).toContain('HTTNV');
    expect(diff).not.toContain('k4/scoreUnder50');
  });
});

describe('decisionSteps for a quarter (q2026): the quarter’s own rules, from rubric-core’s reasons', () => {
  const q01 = () => structuredClone(tc1) as typeof tc1 & { taskList: { completed?: boolean; keyLevel?: number }[] };
  const texts = (steps: ReturnType<typeof decisionSteps>) =>
    steps.flatMap((s) => [s.outcome, ...s.lines.map((l) => `${l.title}: ${l.numbers} ${l.threshold} ${l.detail}`)]);

  it('task 5 not completed: Q26-17 fires and decides KHTNV; no annual "tasks not completed over 50%" line, no "no level holds"', () => {
    const a = q01();
    (a.taskList[4] as { completed: boolean }).completed = false;
    const trace = traceDecision(a);
    expect(trace.result.level).toBe('KHTNV');
    const steps = decisionSteps(trace, 'vi');
    expect(steps.map((s) => [s.id, s.status])).toEqual([
      ['quarter', 'decides'],
      ['levels', 'skipped'],
      ['conclusion', 'decides'],
    ]);
    const q17 = line(steps, 'quarter', 'Q26-17');
    const reason = trace.result.reasons.find((x) => x.rule === 'Q26-17');
    // rubric-core's own outcome, sentence and citation, not a threshold restated here.
    expect(q17).toMatchObject({ mark: '✗', outcome: 'triggered', detail: reason?.message.vi, cite: reason?.cite });
    expect(steps[2]?.outcome).toContain('KHTNV');
    expect(steps[2]?.cite).toBe(reason?.cite);
    const shown = texts(steps.filter((s) => s.status !== 'skipped'));
    expect(shown.join('\n')).not.toMatch(/ngưỡng: trên 50%|không đủ điều kiện của mức nào/);
    expect(steps.some((s) => s.id === 'k4')).toBe(false);
    // English: the same steps in English words.
    const en = decisionSteps(trace, 'en');
    expect(line(en, 'quarter', 'Q26-17')?.detail).toBe(reason?.message.en);
    expect(en[0]?.outcome).toMatch(/KHTNV/);
  });

  it('a key task at Mức 3: Q26-16 fires and decides KHTNV; Q26-17 passes', () => {
    const a = q01();
    (a.taskList[0] as { keyLevel: number }).keyLevel = 3;
    const steps = decisionSteps(traceDecision(a), 'vi');
    expect(line(steps, 'quarter', 'Q26-16')).toMatchObject({ mark: '✗', outcome: 'triggered' });
    expect(line(steps, 'quarter', 'Q26-17')).toMatchObject({ mark: '✓', outcome: 'passed' });
    expect(steps.map((s) => s.status)).toEqual(['decides', 'skipped', 'decides']);
    expect(steps.at(-1)?.cite).toContain('III.5');
  });

  it('TC-1 as given: no case of the quarter, the levels decide HTXSNV in rubric-core’s order, each rule once keyed', () => {
    const trace = traceDecision(q01());
    const steps = decisionSteps(trace, 'vi');
    expect(steps.map((s) => [s.id, s.status])).toEqual([
      ['quarter', 'passed'],
      ['levels', 'decides'],
      ['conclusion', 'decides'],
    ]);
    const all = steps.flatMap((s) => s.lines);
    // Every reason but the result itself, in order; a rule with two reasons keyed twice.
    expect(all.map((l) => l.title)).toEqual(trace.result.reasons.slice(0, -1).map((x) => x.rule));
    expect(new Set(all.map((l) => l.key)).size).toBe(all.length);
    expect(all.filter((l) => l.title === 'R366-11').map((l) => l.key)).toEqual(['R366-11', 'R366-11.2']);
    // The quarter's scoring: the frame used (Q26-04), the task points (Q26-05), rounding each task
    // (Q26-18: 67,6 against 67,5 added first), then the tasks done (Q26-17).
    expect(steps[0]?.lines.map((l) => l.title)).toEqual(['Q26-04', 'Q26-05', 'Q26-18', 'Q26-17']);
    expect(steps.at(-1)?.outcome).toBe(trace.result.reasons.at(-1)?.message.vi);
    expect(line(steps, 'quarter', 'Q26-05')?.mark).toBe('→');
  });

  it('a quarter not rated (maternity leave, scored): Q26-30 decides as its own step; the KHTNV cases and Điều 11 are not weighed', () => {
    const trace = traceDecision(q04);
    expect(trace.result.decision).toBe('unrated');
    const reasons = trace.result.reasons;
    const q30 = reasons.filter((x) => x.rule === 'Q26-30');
    const vi = decisionSteps(trace, 'vi');
    expect(vi.map((s) => [s.id, s.status])).toEqual([
      ['unrated', 'decides'],
      ['score', 'passed'],
      ['levels', 'skipped'],
      ['conclusion', 'decides'],
    ]);
    const [unrated, score, levels, conclusion] = vi;
    expect(unrated?.title).toBe('Trường hợp chưa xếp loại (Q26-30)');
    // The case, rubric-core's own sentence and citation; the result itself is the conclusion only.
    expect(unrated?.lines).toEqual([
      expect.objectContaining({
        key: 'Q26-30',
        mark: '→',
        outcome: 'applied',
        detail: q30[0]?.message.vi,
        cite: q30[0]?.cite,
      }),
    ]);
    expect(unrated?.lines[0]?.detail).toMatch(/^Nghỉ ốm hoặc nghỉ thai sản/);
    expect(unrated?.outcome).toBe(
      'Thuộc trường hợp chưa xếp loại: không xét các trường hợp Không hoàn thành nhiệm vụ và các mức theo Điều 11.',
    );
    expect(unrated?.cite).toContain('III.9');
    // What rubric-core computed before Q26-30 (the frame, the task points, the rounding): shown, said not to decide.
    expect(score?.lines.map((l) => l.title)).toEqual(['Q26-04', 'Q26-05', 'Q26-18']);
    expect(score?.outcome).toBe('Điểm được tính nhưng không dùng để xếp loại: quý chưa xếp loại.');
    expect(levels?.outcome).toBe('Không xét: quý chưa xếp loại (Q26-30).');
    expect(levels?.lines).toEqual([]);
    expect(conclusion?.outcome).toBe('Kết quả: chưa xếp loại quý này.');
    expect(conclusion?.cite).toBe(q30.at(-1)?.cite);
    // Every reason shown once: the cases and the score lines, then the result as the conclusion.
    expect(vi.flatMap((s) => s.lines).length).toBe(reasons.length - 1);
    // The reviewer's contradiction is gone: no KHTNV-cases step, no "the levels of Điều 11 are weighed".
    expect(vi.some((s) => s.id === 'quarter' || s.id === 'k4')).toBe(false);
    const said = vi.flatMap((s) => [s.title, s.outcome]).join('\n');
    expect(said).not.toContain('Các trường hợp Không hoàn thành nhiệm vụ của quý\n');
    expect(said).not.toMatch(/Không thuộc trường hợp nào|xét các mức theo Điều 11 và/);

    const en = decisionSteps(trace, 'en');
    expect(en.map((s) => [s.id, s.status])).toEqual(vi.map((s) => [s.id, s.status]));
    expect(en[0]?.title).toBe('Not-rated cases (Q26-30)');
    expect(en[0]?.lines[0]?.detail).toBe(q30[0]?.message.en);
    expect(en[0]?.outcome).toBe('A not-rated case applies: the KHTNV cases and the levels of Điều 11 are not weighed.');
    expect(en[1]?.outcome).toBe('The score is computed but not used for a level: the quarter is not rated.');
    expect(en[2]?.outcome).toBe('Not weighed: the quarter is not rated (Q26-30).');
    expect(en.at(-1)?.outcome).toBe('Result: not rated this quarter.');
    expect(JSON.stringify(en.map((s) => [s.title, s.outcome, s.lines.map((l) => l.detail)]))).not.toMatch(
      /chưa xếp loại|Không /,
    );
  });

  it('a quarter not rated that came without criteria and task list (NOT_SCORED): no step shows its 0 points as a score', () => {
    const bare = { format: q04.format, period: q04.period, subject: q04.subject, unrated: q04.unrated };
    const trace = traceDecision(bare);
    expect(trace.result.decision).toBe('unrated');
    expect(hasScore(trace.result)).toBe(false);
    expect(trace.result.score.total).toBe(0);
    for (const lang of ['vi', 'en'] as const) {
      const steps = decisionSteps(trace, lang);
      expect(steps.map((s) => [s.id, s.status])).toEqual([
        ['unrated', 'decides'],
        ['score', 'skipped'],
        ['levels', 'skipped'],
        ['conclusion', 'decides'],
      ]);
      // Nothing scored: the score step has no line and says it was not scored.
      expect(steps[1]?.lines).toEqual([]);
      expect(steps[1]?.outcome).toBe(
        lang === 'vi'
          ? 'Không chấm điểm: quý chưa xếp loại và chưa có điểm tự chấm hoặc danh sách nhiệm vụ.'
          : 'Not scored: the quarter is not rated and came without self-assessed scores or a task list.',
      );
      expect(steps[0]?.lines.map((l) => l.key)).toEqual(['Q26-30']);
      const text = JSON.stringify(
        steps.map((s) => [s.title, s.outcome, s.lines.map((l) => [l.title, l.numbers, l.threshold, l.detail])]),
      );
      // No points anywhere: no "Tổng điểm 0", no "0/70", no band weighed.
      expect(text).not.toMatch(/Tổng điểm|Total \d|\b0\/(70|30|100)\b|điểm 0|\bQ26-0[4-7]\b|Q26-18|Q26-17/);
    }
    // Two cases at once: each is a line of the step, keyed once each.
    const two = traceDecision({ ...bare, unrated: { sickOrMaternityMonths: 2, underInvestigation: true } });
    const steps = decisionSteps(two, 'vi');
    expect(steps[0]?.lines.map((l) => l.key)).toEqual(['Q26-30', 'Q26-30.2']);
    expect(steps[0]?.lines[1]?.detail).toMatch(/^Đang kiểm tra dấu hiệu vi phạm/);
  });

  it('a rated quarter keeps its steps: the quarter’s cases, the levels, the conclusion (no not-rated step)', () => {
    const trace = traceDecision(q01());
    for (const lang of ['vi', 'en'] as const) {
      const steps = decisionSteps(trace, lang);
      expect(steps.map((s) => s.id)).toEqual(['quarter', 'levels', 'conclusion']);
      expect(steps[0]?.title).toBe(
        lang === 'vi' ? 'Các trường hợp Không hoàn thành nhiệm vụ của quý' : 'The quarter’s cases that give KHTNV',
      );
      expect(steps[0]?.outcome).toBe(
        lang === 'vi'
          ? 'Không thuộc trường hợp nào: xét các mức theo Điều 11 và các giới hạn của quý.'
          : 'No case applies: the levels of Điều 11 are tried, then the quarter’s caps.',
      );
      expect(steps.flatMap((s) => s.lines).some((l) => l.key.startsWith('Q26-30'))).toBe(false);
    }
  });
});
