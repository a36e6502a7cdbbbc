import { describe, expect, it } from 'vitest';
import { mapMatches, parseFormMap } from './formmap';
import { DEMO_MAPS } from './maps';
import { globMatch, parseUrlPattern, urlMatches, urlPatternProblem } from './url-pattern';

describe('URL patterns of form maps', () => {
  it('match the site, port and path they name', () => {
    expect(urlMatches('https://kiemdiem.tinh.gov.vn/*', 'https://kiemdiem.tinh.gov.vn/mau/2b?id=7')).toBe(true);
    expect(urlMatches('https://kiemdiem.tinh.gov.vn/*', 'https://kiemdiem.tinh.gov.vn.evil.example/x')).toBe(false);
    expect(urlMatches('https://kiemdiem.tinh.gov.vn/*', 'http://kiemdiem.tinh.gov.vn/x')).toBe(false);
    expect(urlMatches('http://127.0.0.1:*/mau-2b.html', 'http://127.0.0.1:4173/mau-2b.html')).toBe(true);
    expect(urlMatches('http://127.0.0.1:*/mau-2b.html', 'http://127.0.0.1:4173/mau-2b.html.bak')).toBe(false);
    expect(urlMatches('https://*.tinh.gov.vn/kd/*/sua', 'https://a.tinh.gov.vn/kd/12/sua')).toBe(true);
    expect(urlMatches('https://*.tinh.gov.vn/kd/*/sua', 'https://tinh.gov.vn/kd/12/sua')).toBe(false);
    expect(urlMatches('https://x.vn:8443/*', 'https://x.vn/a')).toBe(false);
  });

  it('the built-in maps keep matching their demo pages', () => {
    const [first] = DEMO_MAPS;
    expect(first && mapMatches(first, 'http://127.0.0.1:5555/mau-2b.html')).toBe(true);
    expect(first && mapMatches(first, 'http://localhost:5555/mau-2b.html')).toBe(true);
    expect(first && mapMatches(first, 'https://example.com/')).toBe(false);
  });

  for (const broad of ['*', '<all_urls>', '*://*/*', 'https://*/*', 'https://*.vn/*', 'http://*:*/*', 'file:///*']) {
    it(`refuses "${broad}" with a bilingual reason`, () => {
      const problem = urlPatternProblem(broad);
      expect(problem?.vi).toMatch(/mẫu địa chỉ/);
      expect(problem?.en).toMatch(/URL pattern/);
      expect(urlMatches(broad, 'https://any.example/page')).toBe(false);
    });
  }

  it('a map matching every page is refused at import, naming the pattern', () => {
    const map = { ...DEMO_MAPS[0], id: 'every-page', match: ['https://kiemdiem.tinh.gov.vn/*', '*'] };
    expect(() => parseFormMap(map)).toThrow(/match\[1\]: .*quá rộng/);
  });

  it('a pattern with many * is refused, and matching stays linear however many there are', () => {
    const many = `https://a.vn/${'*a'.repeat(40)}b`;
    expect(urlPatternProblem(many)?.en).toMatch(/too many \*/);
    // The backtracking case: k wildcards, a long URL that almost matches.
    const pattern = parseUrlPattern(`https://a.vn/${'*a'.repeat(7)}*b`);
    if (!('pieces' in pattern)) throw new Error('refused');
    const pieces = pattern;
    const text = `/${'a'.repeat(100_000)}`;
    expect(globMatch(pieces.pieces, text)).toBe(false);
    expect(globMatch(['', 'a', 'a', ''], 'xaxa')).toBe(true);
    expect(globMatch(['ab', 'ba'], 'aba')).toBe(false);
  });
});
