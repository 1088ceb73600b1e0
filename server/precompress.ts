// A Vite plugin for the builds the server serves: after writing, each text file of 1 kB or more gets a
// brotli (.br) and a gzip (.gz) copy beside it, which @fastify/static sends to browsers that accept
// them. Compressing at build time means the server never makes its first visitors wait for it.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import type { Plugin } from 'vite';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.webmanifest']);
const MIN_BYTES = 1024;

export async function precompressDir(dir: string): Promise<void> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => COMPRESSIBLE.has(extname(f)));
  await Promise.all(
    files.map(async (file) => {
      const path = join(dir, file);
      const raw = await readFile(path);
      if (raw.length < MIN_BYTES) return;
      const [br, gz] = await Promise.all([
        brotliAsync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
        gzipAsync(raw, { level: 9 }),
      ]);
      await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
    }),
  );
}

export function precompress(): Plugin {
  let outDir: string | undefined;
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      // The server's own build (--ssr) is not served; a build kept in memory (write: false, as
      // firstPage.test.ts makes) leaves the files on disk as they are.
      outDir = config.build.ssr || !config.build.write ? undefined : config.build.outDir;
    },
    async closeBundle() {
      if (outDir) await precompressDir(outDir);
    },
  };
}
