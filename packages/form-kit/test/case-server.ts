// Serves the field-case pages with the widget libraries they load: /nm/<package>/… from
// node_modules, and browser bundles of React, Vue and Quill under /lib/.
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStatic } from '@tusoi/demo-portal/server';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
// This package's own dev dependencies (pnpm links each one here).
const packageDir = (name: string) => join(here, '..', 'node_modules', name);

// React 19 ships no UMD build: bundle the two globals the pages use.
const react = build({
  stdin: {
    contents:
      "import * as React from 'react'; import * as ReactDOMClient from 'react-dom/client'; Object.assign(window, { React, ReactDOMClient });",
    resolveDir: here,
  },
  bundle: true,
  minify: true,
  format: 'iife',
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
}).then((r) => r.outputFiles[0]?.text ?? '');

const LIB: Record<string, () => Promise<string | Buffer>> = {
  'react.js': () => react,
  'vue.js': () => readFile(join(packageDir('vue'), 'dist/vue.global.prod.js')),
  'quill.js': () => readFile(join(packageDir('quill'), 'dist/quill.js')),
  'quill.snow.css': () => readFile(join(packageDir('quill'), 'dist/quill.snow.css')),
};

/** Starts the server on 127.0.0.1 for the pages under `dir` (default: the field cases). */
export function startCases(dir = join(here, 'field-cases')) {
  return startStatic(dir, 0, async (_req, res, url) => {
    const type = url.pathname.endsWith('.css') ? 'text/css' : 'text/javascript; charset=utf-8';
    if (url.pathname.startsWith('/lib/')) {
      const lib = LIB[url.pathname.slice(5)];
      if (!lib) return false;
      res.writeHead(200, { 'content-type': type }).end(await lib());
      return true;
    }
    const m = /^\/nm\/((?:@[^/]+\/)?[^/]+)\/(.+)$/.exec(url.pathname);
    if (!m?.[1] || !m[2]) return false;
    const base = packageDir(m[1]);
    const file = normalize(join(base, m[2]));
    if (!file.startsWith(base)) return false;
    try {
      res.writeHead(200, { 'content-type': type }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
    return true;
  });
}
