// Writes docs/format.md (see format-doc.mjs); run after `pnpm build` when a schema changes.
import { writeFileSync } from 'node:fs';
import { formatDoc } from './format-doc.mjs';

// The same page ships in the package as FORMAT.md, so that an installed copy has it too.
const doc = formatDoc();
writeFileSync(new URL('../../docs/format.md', import.meta.url), doc);
writeFileSync(new URL('../FORMAT.md', import.meta.url), doc);
