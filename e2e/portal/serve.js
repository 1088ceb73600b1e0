// The "portal" of the embedding tests: serves this folder's pages on two more loopback origins, a
// portal (PORTAL_PORT, default 4176) and a third party (THIRD_PORT, default 4177). The panel under
// test runs on E2E_PORT (default 4174); pages read its address from the query string.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';

const here = import.meta.dirname;
const ports = [Number(process.env.PORTAL_PORT ?? 4176), Number(process.env.THIRD_PORT ?? 4177)];

for (const port of ports) {
  createServer(async (req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/+/, '') || 'index.html';
    if (!/^[a-z-]+\.html$/.test(name)) return res.writeHead(404).end('Not found');
    try {
      const body = await readFile(join(here, name));
      res.writeHead(200, { 'Content-Type': extname(name) === '.html' ? 'text/html; charset=utf-8' : 'text/plain' }).end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  }).listen(port, '127.0.0.1');
}
console.log(`portal pages on ${ports.map((p) => `http://127.0.0.1:${p}/`).join(' and ')}`);
