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
};
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Starts the portal; resolves to its base URL. */
export function startPortal(port = 0) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/submit') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const fields = Object.fromEntries(new URLSearchParams(body));
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(
        `<!doctype html><meta charset="utf-8"><title>Đã nhận</title><h1>Cổng đã nhận</h1><pre id="received">${escapeHtml(JSON.stringify(fields, null, 2))}</pre>`,
      );
      return;
    }
    const path = normalize(join(root, url.pathname === '/' ? 'index.html' : url.pathname));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html'] }).end('<h1>404</h1>');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    );
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startPortal(Number(process.argv[2] ?? 5174));
  console.log(`Cổng kiểm điểm mẫu / demo portal: ${url}/`);
}
