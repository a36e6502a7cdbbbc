// The README's test command (after install): build, lint, typecheck, every test with coverage;
// ends with one line "N passed, N failed" (tests, plus any check step that failed).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, '.ci-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(join(reports, 'screenshots'), { recursive: true });

const failedSteps = [];
function step(name, cmd, args, extraEnv = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const env = { ...process.env, ...extraEnv };
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) failedSteps.push(name);
}

// Real-Chromium tests need Debian's chromium; CI starts on a bare machine, so install it there.
function ensureChromium() {
  if (process.env.CHROMIUM || spawnSync('sh', ['-c', 'command -v chromium'], { stdio: 'ignore' }).status === 0) return;
  console.log('\n▶ installing chromium (Debian package)');
  const apt = (args) =>
    spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
      .status === 0;
  if (!(apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium']))) failedSteps.push('install chromium');
}

ensureChromium();
step('build', 'pnpm', ['-r', 'build']);
step('lint', 'pnpm', ['exec', 'biome', 'ci', '.']);
step('typecheck', 'pnpm', ['-r', 'typecheck']);
step('unit tests', 'pnpm', [
  'exec',
  'vitest',
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, 'vitest.json')}`,
]);

const BROWSER_SUITES = ['@tusoi/extension', '@tusoi/form-kit', '@tusoi/docs'];
for (const pkg of BROWSER_SUITES) {
  step(`browser tests ${pkg}`, 'pnpm', ['--filter', pkg, 'exec', 'playwright', 'test', '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, `${pkg.replace('@tusoi/', '')}-e2e.json`),
  });
}

let passed = 0;
let failed = 0;
const vitest = join(reports, 'vitest.json');
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
} else failedSteps.push('vitest report missing');

for (const pkg of BROWSER_SUITES) {
  const e2e = join(reports, `${pkg.replace('@tusoi/', '')}-e2e.json`);
  if (existsSync(e2e)) {
    const r = JSON.parse(readFileSync(e2e, 'utf8'));
    passed += r.stats.expected + r.stats.flaky;
    failed += r.stats.unexpected + (r.errors?.length ?? 0);
  } else failedSteps.push(`playwright report missing (${pkg})`);
}

failed += failedSteps.length;
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
if (passed === 0) {
  console.log('No test ran.');
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
