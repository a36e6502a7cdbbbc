// What the panel shows for an open draft, loaded apart from the list (see side-panel.tsx).
export { Q2026_MANIFEST } from '@tusoi/rubric-core';
export { liveResult, ResultView, readYear, YearResult } from '@tusoi/ui';
export { AnnualQuarters } from './annual-quarters';
export { DocumentActions } from './document-actions';
export { DraftEditor } from './draft-editor';
export { PortalActions } from './portal-actions';
