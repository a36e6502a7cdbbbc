// Writes docs/format.md (see format-doc.mjs); run after `pnpm build` when a schema changes.
import { writeFileSync } from 'node:fs';
import { formatDoc } from './format-doc.mjs';

writeFileSync(new URL('../../docs/format.md', import.meta.url), formatDoc());
