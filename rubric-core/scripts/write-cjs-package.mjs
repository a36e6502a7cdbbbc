// dist/cjs holds the CommonJS build (for `require` on Node 20); this marks its .js files as CommonJS.
import { writeFileSync } from 'node:fs';

writeFileSync(new URL('../dist/cjs/package.json', import.meta.url), '{ "type": "commonjs" }\n');
