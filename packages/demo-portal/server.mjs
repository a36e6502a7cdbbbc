// Serves the imitation portals on 127.0.0.1 only. POST /submit shows what the portal received,
// as JSON, so tests can compare it with the draft. `node server.mjs [port]`.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./public/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Serves the files under `dir` on a loopback address, 127.0.0.1 unless `host` says another
 * 127.x address (a second origin for frame tests); a directory serves its index.html;
 * `onRequest` may answer a request first. Resolves to the base URL and a close function.
 */
export function startStatic(dir, port = 0, onRequest = async () => false, host = '127.0.0.1') {
  if (!/^127\.\d+\.\d+\.\d+$/.test(host)) throw new Error(`not a loopback address: ${host}`);
  const base = normalize(`${dir}/`);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (await onRequest(req, res, url)) return;
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!path.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) path = join(path, 'index.html');
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end('<h1>404</h1>');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () =>
      resolve({ url: `http://${host}:${server.address().port}`, close: () => server.close() }),
    );
  });
}

/** Starts the portal (on `host`, a loopback address); resolves to its base URL. */
export function startPortal(port = 0, host = '127.0.0.1') {
  return startStatic(
    root,
    port,
    async (req, res, url) => {
      if (!(req.method === 'POST' && url.pathname === '/submit')) return false;
      let body = '';
      for await (const chunk of req) body += chunk;
      const fields = Object.fromEntries(new URLSearchParams(body));
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(
        `<!doctype html><meta charset="utf-8"><title>Đã nhận</title><h1>Cổng đã nhận</h1><pre id="received">${escapeHtml(JSON.stringify(fields, null, 2))}</pre>`,
      );
      return true;
    },
    host,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startPortal(Number(process.argv[2] ?? 5174));
  console.log(`Cổng kiểm điểm mẫu / demo portal: ${url}/`);
}
