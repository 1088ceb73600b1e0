// The import and export logic, and the libraries it needs (Papa Parse, ical.js, date-holidays: far
// larger than the first page's budget), load only when the dialog opens. The page and the portal's
// module are built here as `npm run build` builds them (in memory, with Vite's build manifest): from
// each entry the manifest's static imports are the chunks the browser loads before anything is
// asked for, and Rolldown says which modules each chunk holds.
import { relative, resolve } from 'node:path';
import { build, type Manifest, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
const LAZY_PACKAGES = ['papaparse', 'ical.js', 'date-holidays'];
const inLazyPackage = (module: string) => LAZY_PACKAGES.some((name) => module.includes(`node_modules/${name}/`));
const isImportFeature = (module: string) => module.startsWith('src/features/import/');

interface Build {
  manifest: Manifest;
  /** Every module of the build, by the chunk file that holds it. */
  modulesOf: Map<string, string[]>;
}

async function buildInMemory(configFile: string): Promise<Build> {
  const result = await build({ root: ROOT, configFile: resolve(ROOT, configFile), mode: 'production', logLevel: 'silent', build: { write: false, manifest: true } });
  const output = (Array.isArray(result) ? result : [result as Rollup.RollupOutput]).flatMap((r) => r.output);
  const manifestFile = output.find((file) => file.type === 'asset' && file.fileName === '.vite/manifest.json') as Rollup.OutputAsset;
  const chunks = output.filter((file) => file.type === 'chunk');
  return {
    manifest: JSON.parse(String(manifestFile.source)) as Manifest,
    modulesOf: new Map(chunks.map((chunk) => [chunk.fileName, chunk.moduleIds.map((id) => relative(ROOT, id))])),
  };
}

/** The chunks loaded with `entries` (they and their static imports, followed through the manifest) and the modules they hold. */
function firstLoad({ manifest, modulesOf }: Build, entries: string[]) {
  const keys = new Set<string>();
  const visit = (key: string) => {
    if (keys.has(key)) return;
    keys.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  entries.forEach(visit);
  const files = [...keys].map((key) => manifest[key].file);
  return { files, modules: files.flatMap((file) => modulesOf.get(file) ?? []) };
}

describe('the first page', () => {
  const builds: Record<string, Build> = {};
  const nodeEnv = process.env.NODE_ENV;
  beforeAll(async () => {
    // Vitest's NODE_ENV=test would make a development build (React's, among others).
    process.env.NODE_ENV = 'production';
    builds.page = await buildInMemory('vite.config.ts');
    builds.module = await buildInMemory('vite.embed.config.ts');
  }, 120_000);
  afterAll(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  // The page: index.html, and the panel's start that its script loads once the page has painted.
  const PAGE = ['index.html', 'src/start.tsx'];
  it.each([
    ['page', PAGE, 'src/start.tsx'],
    ['module', ['src/embed/mount.tsx'], 'src/embed/mount.tsx'],
  ])('loaded as the %s (%s) holds nothing of the import feature', (name, entries, entryModule) => {
    const { modules } = firstLoad(builds[name], entries);
    expect(modules).toContain(entryModule); // the manifest led to the entry's chunk
    expect(modules.length).toBeGreaterThan(50);
    expect(modules.filter(isImportFeature)).toEqual([]);
    expect(modules.filter(inLazyPackage)).toEqual([]);
  });

  it('holds the import dialog in chunks of the page loaded later, with the libraries this test looks for', () => {
    const { manifest, modulesOf } = builds.page;
    const { files } = firstLoad(builds.page, PAGE);
    const dialog = manifest['src/features/import/ImportDialog.tsx'];
    expect(dialog.isDynamicEntry).toBe(true);
    expect(files).not.toContain(dialog.file);
    const later = [...modulesOf.entries()].filter(([file]) => !files.includes(file)).flatMap(([, modules]) => modules);
    expect(later.filter(isImportFeature).length).toBeGreaterThan(10);
    // ical.js is read in the import's worker, a bundle of its own.
    for (const name of ['papaparse', 'date-holidays']) expect(later.filter(inLazyPackage).some((m) => m.includes(`node_modules/${name}/`))).toBe(true);
  });
});
