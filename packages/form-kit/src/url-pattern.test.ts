import { describe, expect, it } from 'vitest';
import { mapMatches, parseFormMap } from './formmap';
import { DEMO_MAPS } from './maps';
import { globMatch, pagePatterns, parseUrlPattern, urlMatches, urlPatternProblem } from './url-pattern';

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

describe('pagePatterns: the patterns of a map made on one page', () => {
  const matchesAny = (patterns: readonly string[], url: string) => patterns.some((p) => urlMatches(p, url));

  it('a page path takes itself and its queries, never a longer name', () => {
    const patterns = pagePatterns('https://x.gov.vn/quy/1');
    expect(patterns).toEqual(['https://x.gov.vn/quy/1', 'https://x.gov.vn/quy/1?*']);
    for (const url of ['https://x.gov.vn/quy/1', 'https://x.gov.vn/quy/1?ky=2', 'https://x.gov.vn/quy/1#muc-2'])
      expect(matchesAny(patterns, url), url).toBe(true);
    for (const url of [
      'https://x.gov.vn/quy/10',
      'https://x.gov.vn/quy/1abc',
      'https://x.gov.vn/quy/2',
      'https://x.gov.vn/quy/1/',
      'https://x.gov.vn/quy/1/sua',
      'https://x.gov.vn/quy',
      'http://x.gov.vn/quy/1',
      'https://x.gov.vn:8443/quy/1',
      'https://y.x.gov.vn/quy/1',
    ])
      expect(matchesAny(patterns, url), url).toBe(false);
  });

  it('the page address may carry a query and a hash: neither narrows nor widens the map', () => {
    expect(pagePatterns('https://x.gov.vn/quy/1?ky=2#a')).toEqual(pagePatterns('https://x.gov.vn/quy/1'));
    expect(pagePatterns(new URL('https://x.gov.vn/quy/1'))).toEqual(pagePatterns('https://x.gov.vn/quy/1'));
  });

  it('a path ending in "/" takes what is below it too', () => {
    const patterns = pagePatterns('https://x.gov.vn/kd/');
    for (const url of ['https://x.gov.vn/kd/', 'https://x.gov.vn/kd/?id=7', 'https://x.gov.vn/kd/quy/1'])
      expect(matchesAny(patterns, url), url).toBe(true);
    for (const url of ['https://x.gov.vn/kd', 'https://x.gov.vn/kd2/', 'https://x.gov.vn/kdx/quy', 'https://x.gov.vn/'])
      expect(matchesAny(patterns, url), url).toBe(false);
    // The site's root is a folder as well.
    expect(matchesAny(pagePatterns('http://127.0.0.1:4173/'), 'http://127.0.0.1:4173/mau-2b.html')).toBe(true);
  });

  it('an index.html page: itself and its queries, not a copy or a longer name', () => {
    const patterns = pagePatterns('http://127.0.0.1:4173/kd/index.html');
    expect(matchesAny(patterns, 'http://127.0.0.1:4173/kd/index.html')).toBe(true);
    expect(matchesAny(patterns, 'http://127.0.0.1:4173/kd/index.html?quy=3')).toBe(true);
    expect(matchesAny(patterns, 'http://127.0.0.1:4173/kd/index.html.bak')).toBe(false);
    expect(matchesAny(patterns, 'http://127.0.0.1:4173/kd/index.htm')).toBe(false);
    expect(matchesAny(patterns, 'http://127.0.0.1:5555/kd/index.html')).toBe(false);
  });

  it('every pattern it makes is one a form map accepts', () => {
    for (const url of [
      'https://x.gov.vn/quy/1',
      'https://x.gov.vn/',
      'http://[::1]:8080/a/b?c=d',
      'https://xn--kim-im-9ua.vn/q',
    ])
      for (const p of pagePatterns(url)) expect(urlPatternProblem(p), p).toBeNull();
  });

  it('a map saved with the old pattern ("…/quy/1*") keeps matching as it did: stored data is not rewritten', () => {
    const [demo] = DEMO_MAPS;
    if (!demo) throw new Error('no demo map');
    const old = parseFormMap({ ...demo, id: 'detected-x.gov.vn', match: ['https://x.gov.vn/quy/1*'] });
    expect(old.match).toEqual(['https://x.gov.vn/quy/1*']);
    for (const url of ['https://x.gov.vn/quy/1', 'https://x.gov.vn/quy/1?ky=2', 'https://x.gov.vn/quy/10'])
      expect(mapMatches(old, url), url).toBe(true);
    expect(mapMatches(old, 'https://x.gov.vn/quy/2')).toBe(false);
    // A new map for the same page matches the page itself as the old one does, and not its longer names.
    const fresh = parseFormMap({ ...old, match: pagePatterns('https://x.gov.vn/quy/1') });
    expect(mapMatches(fresh, 'https://x.gov.vn/quy/1?ky=2')).toBe(true);
    expect(mapMatches(fresh, 'https://x.gov.vn/quy/10')).toBe(false);
  });
});
