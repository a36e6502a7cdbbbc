import { describe, expect, it } from 'vitest';
import { cssPath } from './css-path';

const page = (html: string) => {
  document.body.innerHTML = html;
  return document.body;
};

describe('cssPath', () => {
  it('finds the element again, skipping ids that repeat', () => {
    page(`<form><div id="x"><input></div></form><form><div id="x"><input id="u"><input></div></form>`);
    for (const el of document.querySelectorAll('input')) expect(document.querySelector(cssPath(el))).toBe(el);
    expect(cssPath(document.getElementById('u') as Element)).toBe('#u');
  });
});
