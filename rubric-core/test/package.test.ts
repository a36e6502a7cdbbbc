// Packs the library as `npm publish` would, installs the tarball in a fresh project and uses it
// the four ways an embedding developer does: ESM import, CommonJS require, a strict `tsc`, and
// `npx tusoi`. Needs the build (dist/) and the npm registry (or npm's cache) for valibot.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

let project = '';
let files: string[] = [];

function sh(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const tmp = mkdtempSync(join(tmpdir(), 'tusoi-pack-'));
  // --ignore-scripts: dist/ is already built; a rebuild here would race the other test files.
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  files = packed[0].files.map((f: { path: string }) => f.path);
  project = join(tmp, 'app');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  const install = sh(
    npm,
    ['install', '--prefer-offline', '--no-audit', '--no-fund', join(tmp, packed[0].filename)],
    project,
  );
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.stderr}`);
}, 180_000);

describe('the packed tarball', () => {
  it('holds README, LICENSE, both builds with types, schemas, examples; no tests, test support or sources', () => {
    expect(files).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
    expect(files).toEqual(
      expect.arrayContaining([
        'dist/index.js',
        'dist/index.d.ts',
        'dist/cjs/index.js',
        'dist/cjs/index.d.ts',
        'dist/cjs/package.json',
        'dist/cli.js',
        'schema/assessment.schema.json',
        'examples/01-staff-htxsnv-boundary.json',
      ]),
    );
    expect(files.filter((f) => /\.test\.|test-support|^src\/|^test\//.test(f))).toEqual([]);
    const readme = readFileSync(join(project, 'node_modules/@tusoi/rubric-core/README.md'), 'utf8');
    expect(readme).toContain('## English');
    expect(readme).toContain('Cài đặt');
  });

  it('declares valibot as a caret range, docx an optional peer, engines, sideEffects false, MIT', () => {
    expect(pkg.dependencies.valibot).toMatch(/^\^1\./);
    expect(Object.keys(pkg.dependencies)).toEqual(['valibot']);
    expect(pkg.peerDependencies.docx).toMatch(/^\^9\./);
    expect(pkg.peerDependenciesMeta.docx).toEqual({ optional: true });
    expect(pkg.engines.node).toBe('>=20');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.license).toBe('MIT');
  });

  it('ESM import works', () => {
    const code = `import { classify, VERSION } from '@tusoi/rubric-core';
import { readFileSync } from 'node:fs';
const a = JSON.parse(readFileSync('node_modules/@tusoi/rubric-core/examples/01-staff-htxsnv-boundary.json', 'utf8'));
const r = classify(a);
console.log(JSON.stringify({ level: r.level, version: VERSION }));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ level: 'HTXSNV', version: pkg.version });
  });

  it('CommonJS require works (Node 20, no require(esm))', () => {
    const code = `const { classify, TusoiInputError } = require('@tusoi/rubric-core');
const internal = require('@tusoi/rubric-core/internal');
const a = require('@tusoi/rubric-core/examples/01-staff-htxsnv-boundary.json');
let code = '';
try { classify({}); } catch (e) { code = e instanceof TusoiInputError ? e.issues[0].code : 'other'; }
console.log(JSON.stringify({ level: classify(a).level, code, guard: typeof internal.compileGuard }));`;
    const out = execFileSync(process.execPath, ['--input-type=commonjs', '-e', code], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual({ level: 'HTXSNV', code: 'missing', guard: 'function' });
  });

  it('isTusoiInputError recognises errors of the other build (dual package), where instanceof cannot', () => {
    // An ESM module that imports the package, and a CommonJS module of the same app that requires it.
    writeFileSync(
      join(project, 'cjs-part.cjs'),
      `const rc = require('@tusoi/rubric-core');
module.exports.fail = () => rc.classify([]);
module.exports.guard = rc.isTusoiInputError;
module.exports.Cls = rc.TusoiInputError;`,
    );
    const code = `import { createRequire } from 'node:module';
import { classify, isTusoiInputError, TusoiInputError } from '@tusoi/rubric-core';
const cjs = createRequire(process.cwd() + '/')('./cjs-part.cjs');
const caught = (f) => { try { f(); } catch (e) { return e; } };
const fromCjs = caught(cjs.fail);
const fromEsm = caught(() => classify([]));
console.log(JSON.stringify({
  instanceofAcross: fromCjs instanceof TusoiInputError,
  esmGuardOnCjs: isTusoiInputError(fromCjs),
  cjsGuardOnEsm: cjs.guard(fromEsm),
  guardOnOwn: isTusoiInputError(fromEsm),
  plainError: isTusoiInputError(new Error('x')),
  lookalike: isTusoiInputError({ name: 'TusoiInputError', issues: [] }),
  code: fromCjs.issues[0].code,
}));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      instanceofAcross: false, // the hazard the guard is for
      esmGuardOnCjs: true,
      cjsGuardOnEsm: true,
      guardOnOwn: true,
      plainError: false,
      lookalike: false,
      code: 'type',
    });
  });

  it('a strict tsc passes for an ESM and a CommonJS consumer, and narrows the result on decision', () => {
    writeFileSync(
      join(project, 'esm.mts'),
      `import { classify, type Level, type Result } from '@tusoi/rubric-core';
export function levelOf(input: unknown): Level | readonly Level[] {
  const r: Result = classify(input);
  if (r.decision === 'rule') {
    const none: readonly [] = r.candidates; // a rule result has no candidates, and its type says so
    return none.length === 0 ? r.level : r.level;
  }
  return r.candidates;
}
// The common check on any result still type-checks.
export const among = (r: Result, l: Level): boolean => r.level === l || (r.level === null && r.candidates.includes(l));
`,
    );
    writeFileSync(
      join(project, 'cjs.cts'),
      `import rc = require('@tusoi/rubric-core');
export const level: rc.Level | null = rc.classify({}).level;
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          skipLibCheck: false,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          types: [],
        },
        files: ['esm.mts', 'cjs.cts'],
      }),
    );
    const r = sh(process.execPath, [tsc, '-p', 'tsconfig.json'], project);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 180_000); // skipLibCheck: false reads all of valibot's types too

  it('without the optional docx, the app gets no docx and tusoi document says how to add it, in both languages', () => {
    expect(existsSync(join(project, 'node_modules/docx'))).toBe(false);
    const r = sh(
      npm,
      [
        'exec',
        '--offline',
        '--',
        'tusoi',
        'document',
        'node_modules/@tusoi/rubric-core/examples/03-staff-htnv-late.json',
        '--format',
        'docx',
      ],
      project,
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cần gói docx');
    expect(r.stderr).toContain('needs the docx package');
    expect(r.stderr).toContain('npm install docx');
    expect(r.stderr).not.toContain('ERR_MODULE_NOT_FOUND');
    // A wrong --format is named as such, not as a missing docx.
    const pdf = sh(
      npm,
      [
        'exec',
        '--offline',
        '--',
        'tusoi',
        'document',
        'node_modules/@tusoi/rubric-core/examples/03-staff-htnv-late.json',
        '--format',
        'pdf',
      ],
      project,
    );
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('--format takes docx (got "pdf")');
    expect(pdf.stderr).not.toContain('npm install docx');
  });

  it('ready to publish with npm alone: a bin that exists before a build, public access, FORMAT.md shipped', () => {
    expect(files).toEqual(expect.arrayContaining(['bin/tusoi.js', 'FORMAT.md']));
    expect(pkg.bin).toEqual({ tusoi: 'bin/tusoi.js' });
    expect(existsSync(join(root, pkg.bin.tusoi))).toBe(true); // committed, not built
    expect(pkg.publishConfig).toEqual({ access: 'public' });
    expect(pkg.scripts.prepublishOnly).not.toMatch(/\bpnpm\b/);
  });

  it('subpath types resolve under moduleResolution node10 too (typesVersions)', () => {
    writeFileSync(
      join(project, 'old.ts'),
      `import { parseDocumentInput } from '@tusoi/rubric-core/document';
import { compileGuard } from '@tusoi/rubric-core/internal';
import { classify } from '@tusoi/rubric-core';
export const uses = [parseDocumentInput, compileGuard, classify] as const;
`,
    );
    writeFileSync(
      join(project, 'tsconfig.node10.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'commonjs',
          moduleResolution: 'node10',
          target: 'es2022',
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
        files: ['old.ts'],
      }),
    );
    const r = sh(process.execPath, [tsc, '-p', 'tsconfig.node10.json'], project);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.code).toBe(0);
  }, 120_000);

  it('npx tusoi classify runs the CLI on an example', () => {
    const r = sh(
      npm,
      [
        'exec',
        '--offline',
        '--',
        'tusoi',
        'classify',
        'node_modules/@tusoi/rubric-core/examples/03-staff-htnv-late.json',
      ],
      project,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'tusoi.result/1', level: 'HTNV', decision: 'rule' });
    expect(sh(npm, ['exec', '--offline', '--', 'tusoi', '--version'], project).stdout.trim()).toBe(pkg.version);
  });
});
