import type { Message } from '@tusoi/rubric-core';

// A form map's URL patterns: `scheme://host[:port]/path` with `*` wildcards, e.g.
// `https://kiemdiem.tinh.gov.vn/*` or `http://127.0.0.1:*/mau-2b.html`. A map is data anyone can
// write, so a pattern must name a site (no `*`, no `<all_urls>`, no `*.vn`), and matching must
// take time linear in the URL whatever the pattern: the URL is split by the WHATWG URL parser,
// and the path is matched segment by segment left to right (the first place each literal piece
// fits is always as good as any later one), never by a regular expression that can backtrack.
// (The URLPattern API compiles each `*` to `(.*)` for a backtracking engine: k wildcards cost
// O(n^k) on a URL that does not match.)

/** A parsed pattern. */
export interface UrlPattern {
  readonly protocol: 'http:' | 'https:';
  /** The host; with `suffix`, any subdomain of it. */
  readonly host: string;
  readonly suffix: boolean;
  /** '*' for any port, '' for the scheme's default. */
  readonly port: string;
  /** Literal pieces of path (with query), split at each `*`. */
  readonly pieces: readonly string[];
}

/** At most this many `*` in a path: more says nothing a map needs. */
export const MAX_WILDCARDS = 8;

const SHAPE = /^(https?):\/\/([^/?#]+)(\/[^#]*)?$/;
const HOST = /^(\*\.)?([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/i;

/** The pattern, or a bilingual reason it is refused. */
export function parseUrlPattern(pattern: string): UrlPattern | Message {
  const p = pattern.trim();
  const broad = {
    vi: `mẫu địa chỉ "${p}" quá rộng: bản đồ biểu mẫu phải chỉ rõ trang web (ví dụ https://kiemdiem.tinh.gov.vn/*)`,
    en: `URL pattern "${p}" is too broad: a form map must name its site (e.g. https://kiemdiem.tinh.gov.vn/*)`,
  };
  if (p === '<all_urls>' || /^\*(:\/\/.*)?$/.test(p)) return broad;
  const m = SHAPE.exec(p);
  if (!m) {
    return {
      vi: `mẫu địa chỉ "${p}" không hợp lệ: cần dạng http(s)://tên-miền/đường-dẫn`,
      en: `URL pattern "${p}" is not valid: expected http(s)://host/path`,
    };
  }
  const [, scheme, authority = '', path = '/'] = m;
  const at = authority.lastIndexOf(':');
  const bracket = authority.lastIndexOf(']');
  const hasPort = at > bracket;
  const host = (hasPort ? authority.slice(0, at) : authority).toLowerCase();
  const port = hasPort ? authority.slice(at + 1) : '';
  const hostMatch = HOST.exec(host);
  if (!hostMatch || (port !== '' && port !== '*' && !/^\d{1,5}$/.test(port))) return broad;
  const suffix = hostMatch[1] !== undefined;
  const name = hostMatch[2] ?? '';
  // "*.gov.vn" names a family of sites; "*.vn" or "*.com" names none.
  if (suffix && name.split('.').length < 2) return broad;
  const pieces = path.split('*');
  if (pieces.length - 1 > MAX_WILDCARDS) {
    return {
      vi: `mẫu địa chỉ "${p}" có quá nhiều dấu * (tối đa ${MAX_WILDCARDS})`,
      en: `URL pattern "${p}" has too many * (at most ${MAX_WILDCARDS})`,
    };
  }
  return { protocol: `${scheme}:` as 'http:' | 'https:', host: name, suffix, port, pieces };
}

const isPattern = (x: UrlPattern | Message): x is UrlPattern => 'pieces' in x;

/** Whether `text` matches `*`-separated `pieces`, in O(text × pieces) with no backtracking. */
export function globMatch(pieces: readonly string[], text: string): boolean {
  const first = pieces[0] ?? '';
  if (pieces.length === 1) return text === first;
  const last = pieces[pieces.length - 1] ?? '';
  if (!text.startsWith(first) || text.length < first.length + last.length || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found === -1 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** Whether a URL matches a pattern (a refused pattern matches nothing). */
export function urlMatches(pattern: string | UrlPattern, url: string): boolean {
  const p = typeof pattern === 'string' ? parseUrlPattern(pattern) : pattern;
  if (!isPattern(p)) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== p.protocol) return false;
  const host = u.hostname.toLowerCase();
  if (p.suffix ? !host.endsWith(`.${p.host}`) : host !== p.host) return false;
  if (p.port !== '*' && u.port !== p.port) return false;
  return globMatch(p.pieces, `${u.pathname}${u.search}`);
}

/**
 * The match patterns of a map made on one page (detected by its labels or picked by the user): the
 * page's path exactly, that path with any query (`?*`), and, when the path ends in `/`, every page
 * below it. Never a prefix of a name: a map made on `/quy/1` does not take `/quy/10` or `/quy/1abc`.
 * The hash is never matched. A `*` written literally in the path stays a wildcard (patterns have no
 * escape), so such a page's map is broader at that one place.
 */
export function pagePatterns(url: string | URL): string[] {
  const page = typeof url === 'string' ? new URL(url) : url;
  const path = `${page.origin}${page.pathname}`;
  return page.pathname.endsWith('/') ? [path, `${path}?*`, `${path}*`] : [path, `${path}?*`];
}

/** Why a pattern is refused, or null. */
export function urlPatternProblem(pattern: string): Message | null {
  const p = parseUrlPattern(pattern);
  return isPattern(p) ? null : p;
}
