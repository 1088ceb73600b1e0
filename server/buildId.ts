// Which build a server runs: a hash of its own code (dist-server/main.js) and of the pages it reads
// when it starts (dist/index.html and the prerendered dist/shell/*.html), taken at its start.
// /healthz reports it, and the end-to-end tests refuse a running server whose build is not the one
// now on disk (e2e/globalSetup.ts): reusing it would test stale code.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function buildIdOf(serverFile: string, staticDir: string): string {
  const shellDir = join(staticDir, 'shell');
  const shells = existsSync(shellDir) ? readdirSync(shellDir).filter((name) => name.endsWith('.html')).sort() : [];
  const hash = createHash('sha256');
  for (const file of [serverFile, join(staticDir, 'index.html'), ...shells.map((name) => join(shellDir, name))]) {
    hash.update(file.slice(file.lastIndexOf('/') + 1)).update('\0');
    hash.update(existsSync(file) ? readFileSync(file) : 'missing').update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}
