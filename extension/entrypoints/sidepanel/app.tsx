import { classify, LEVEL_NAMES } from '@tusoi/rubric-core';

// A placeholder until the draft editor lands: shows that rubric-core runs inside the extension.
const sample = classify({
  format: 'tusoi.assessment/1',
  period: { year: 2025 },
  subject: { kind: 'staff' },
  scores: { general: 27.5, results: 64 },
  tasks: { assigned: 12, completed: 12, onTimeWithQuality: 12, exceeded: 4, late: 0 },
});

export function App() {
  return (
    <main>
      <h1>Tự Soi</h1>
      <p>
        Ví dụ: {sample.score.total} điểm →{' '}
        {sample.level ? LEVEL_NAMES[sample.level].vi : 'cấp có thẩm quyền quyết định'}
      </p>
    </main>
  );
}
