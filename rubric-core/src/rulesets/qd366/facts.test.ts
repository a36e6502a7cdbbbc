import { describe, expect, it } from 'vitest';
import { factsForKind } from './facts.js';

describe('factsForKind', () => {
  it('leaders are rated on the units they lead, with vote and targets; leadership collectives have targets only', () => {
    expect(factsForKind('leader')).toEqual({ counts: 'ledUnits', confidenceVote: true, socioEconomicTargets: true });
    expect(factsForKind('leader-central')).toEqual({
      counts: 'ledUnits',
      confidenceVote: true,
      socioEconomicTargets: true,
    });
    expect(factsForKind('leadership-collective')).toEqual({
      counts: 'tasks',
      confidenceVote: false,
      socioEconomicTargets: true,
    });
    for (const kind of ['staff', 'member-outside', 'collective'] as const)
      expect(factsForKind(kind)).toEqual({ counts: 'tasks', confidenceVote: false, socioEconomicTargets: false });
  });
});
