// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { builtinPack, type Pack } from '@tusoi/rubric-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ScoreTable } from './score-table';

afterEach(cleanup);

const STAFF = builtinPack('qd366-pl4-staff-example') as Pack;

describe('ScoreTable', () => {
  it('English UI: a criterion without verified wording is named in English and marked unverified in English', () => {
    const view = render(<ScoreTable pack={STAFF} items={{}} onChange={() => {}} lang="en" />);
    const text = view.container.textContent ?? '';
    expect(text).toContain('Criterion 1.2 [wording not verified]');
    expect(text).not.toContain('nguyên văn chưa được xác minh');
    // Legal wording stays as it is.
    expect(text).toContain('Có quan điểm, bản lĩnh chính trị vững vàng');
  });
  it('Vietnamese UI: the placeholder as the pack writes it', () => {
    const view = render(<ScoreTable pack={STAFF} items={{}} onChange={() => {}} lang="vi" />);
    expect(view.container.textContent).toContain('Tiêu chí 1.2 (nguyên văn chưa được xác minh)');
  });
});
