import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from './app';

describe('side panel placeholder', () => {
  it('shows a result computed by rubric-core', () => {
    render(<App />);
    expect(screen.getByText(/91,5|91.5/).textContent).toContain('Hoàn thành xuất sắc nhiệm vụ');
  });
});
