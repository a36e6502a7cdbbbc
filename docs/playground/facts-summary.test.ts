import { describe, expect, it } from 'vitest';
import { factSummary } from './facts-summary';
import { SCENARIOS, scenarioById } from './scenarios';

const CODE =
  /\b(subject|scores|tasks|review|findings|ledUnits|options)\.|\b[a-z]+[A-Z]\w*|[{}[\]]|"\w+":|\b(nested|cascade|strict|discretion|waive)\b/;

describe('factSummary', () => {
  it('a leader: kind in words, the scores summed, units 4/6, no field name anywhere', () => {
    const s = scenarioById('lanh-dao-don-vi-khtnv');
    const lines = factSummary(s?.assessment ?? {}, {}, 'vi');
    expect(lines[0]).toEqual({ label: 'Đối tượng', value: 'Cá nhân giữ chức vụ lãnh đạo, quản lý (Mẫu 2A)' });
    expect(lines).toContainEqual({ label: 'Số đơn vị bị xếp loại KHTNV', value: '4/6' });
    expect(lines.find((l) => l.label === 'Điểm')?.value).toMatch(/= \d+(,\d+)?\/100$/);
  });

  it('a fact the kind does not weigh is marked, and a non-default reading is named in words', () => {
    const lines = factSummary(
      {
        subject: { kind: 'staff' },
        confidenceVote: { held: true, lowShare: 0.6 },
        findings: { forceMajeure: true, degradationConcluded: true },
      },
      { gap: 'KHTNV' },
      'vi',
    );
    expect(lines).toContainEqual({ label: 'Phiếu tín nhiệm', value: '60%', notApplicable: true });
    expect(lines).toContainEqual({ label: 'Có lý do bất khả kháng', value: 'có', notApplicable: true });
    expect(lines.find((l) => l.label.startsWith('Bị kết luận'))?.notApplicable).toBeUndefined();
    expect(lines.at(-1)?.value).toBe('Xếp Không hoàn thành nhiệm vụ');
  });

  it('every scenario, both languages: no code names, no JSON', () => {
    for (const s of SCENARIOS)
      for (const lang of ['vi', 'en'] as const) {
        const text = factSummary(s.assessment, s.options ?? {}, lang)
          .map((l) => `${l.label}: ${l.value}`)
          .join('\n');
        expect(`${s.id}\n${text}`).not.toMatch(CODE);
      }
  });
});
