#!/usr/bin/env node
// Entry point for the README's two commands on a machine that has only Node 20 and npm:
// provides pnpm through corepack (version and sha512 pinned in package.json, shims kept in
// .tools/bin), installs the workspace, then runs one root script (`main` or `check`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const script = process.argv[2] ?? 'main';
const bin = join(root, '.tools', 'bin');
const env = {
  ...process.env,
  // The registry's metadata carries no npm signatures; the sha512 pin in package.json still holds.
  COREPACK_INTEGRITY_KEYS: '0',
  COREPACK_ENABLE_DOWNLOAD_PROMPT: '0',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  PATH: `${bin}:${process.env.PATH ?? ''}`,
};

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(join(bin, 'pnpm'))) {
  mkdirSync(bin, { recursive: true });
  run('corepack', ['enable', '--install-directory', bin, 'pnpm']);
}
run('pnpm', ['install', '--frozen-lockfile', '--reporter=append-only']);
run('pnpm', ['-s', 'run', script, ...process.argv.slice(3)]);
