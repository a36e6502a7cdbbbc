import { describe, expect, it } from 'vitest';
import { parseRequest } from './messages';

describe('content-script messages', () => {
  it('accepts our requests and nothing else', () => {
    expect(parseRequest({ type: 'tusoi:undo' })).toEqual({ type: 'tusoi:undo' });
    expect(
      parseRequest({ type: 'tusoi:fill', plan: [{ key: 'a', locator: { label: 'Họ và tên' }, value: 'x' }] })?.type,
    ).toBe('tusoi:fill');
    for (const bad of [
      null,
      'tusoi:undo',
      { type: 'tusoi:fill' },
      { type: 'tusoi:fill', plan: [{ key: 'a', locator: { xpath: '//input' } }] },
      { type: 'tusoi:undo', extra: 1 },
      { type: 'other' },
    ]) {
      expect(parseRequest(bad)).toBeNull();
    }
  });
});
