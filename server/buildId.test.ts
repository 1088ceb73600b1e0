// The build a server runs, on /healthz, and the end-to-end tests' refusal of a server whose build is
// not the one on disk (e2e/globalSetup.ts): Playwright's reuse of a running server tests stale code.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import refuseStaleServers from '../e2e/globalSetup';
import { buildIdOf } from './buildId';
import { startServer } from './test/startServer';

function builtTree() {
  const root = mkdtempSync(join(tmpdir(), 'build-id-'));
  mkdirSync(join(root, 'dist/shell'), { recursive: true });
  const files = { server: join(root, 'main.js'), index: join(root, 'dist/index.html'), shell: join(root, 'dist/shell/form.en.html') };
  writeFileSync(files.server, 'server code');
  writeFileSync(files.index, '<script src="./assets/index-A.js">');
  writeFileSync(files.shell, '<main>form</main>');
  return { ...files, dist: join(root, 'dist') };
}

describe('buildIdOf', () => {
  it('is the same for the same files and changes with the server code, the page or a prerendered shell', () => {
    const tree = builtTree();
    const first = buildIdOf(tree.server, tree.dist);
    expect(buildIdOf(tree.server, tree.dist)).toBe(first);
    const changed = (file: string, text: string) => {
      writeFileSync(file, text);
      return buildIdOf(tree.server, tree.dist);
    };
    const ids = [first, changed(tree.server, 'new server code'), changed(tree.index, '<script src="./assets/index-B.js">'), changed(tree.shell, '<main>new form</main>')];
    expect(new Set(ids).size).toBe(4);
  });
});

describe('a reused panel server', () => {
  const onDisk = buildIdOf(resolve(import.meta.dirname, '../dist-server/main.js'), resolve(import.meta.dirname, '../dist'));

  it('reports its build on /healthz', async () => {
    const server = await startServer({ buildId: 'b1' });
    try {
      expect(await (await fetch(`${server.url}/healthz`)).json()).toEqual({ status: 'ok', build: 'b1' });
    } finally {
      await server.close();
    }
  });

  it('is refused by the end-to-end run when its build is not the one on disk, and taken when it is', async () => {
    const stale = await startServer({ buildId: 'from-an-older-build' });
    const fresh = await startServer({ buildId: onDisk });
    try {
      await expect(refuseStaleServers({ metadata: { panelServers: [fresh.url, stale.url] } })).rejects.toThrow(
        `The server on ${stale.url} runs build from-an-older-build, not the one on disk (${onDisk}): it was started before the last build. Stop it (fuser -k ${stale.port}/tcp)`,
      );
      await expect(refuseStaleServers({ metadata: { panelServers: [fresh.url] } })).resolves.toBeUndefined();
    } finally {
      await Promise.all([stale.close(), fresh.close()]);
    }
  });
});
