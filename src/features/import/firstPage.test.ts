// The import and export logic, and the libraries it needs (Papa Parse, ical.js, date-holidays: far
// larger than the first page's budget), load only when the dialog opens: no file the first page
// loads may import them statically. The walk follows static imports from each entry, and stops at
// import() as the bundler's chunks do.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');
// The page's start (src/main.tsx loads it once the page has painted) and the portal's module.
const ENTRIES = ['src/start.tsx', 'src/embed/mount.tsx'];
const LAZY_PACKAGES = ['papaparse', 'ical.js', 'date-holidays'];

// `import x from '…'`, `import { a, type B } from '…'`, `export { a } from '…'` (not `import type`), and `import '…'`.
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^;]*?\s*from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function resolveFile(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx'].map((end) => base + end).find((file) => existsSync(file) && /\.tsx?$/.test(file));
}

function firstPage(entry: string) {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (!specifier.startsWith('.')) packages.add(specifier);
      else {
        const target = resolveFile(file, specifier);
        if (target) visit(target);
      }
    }
  };
  visit(resolve(ROOT, entry));
  return { files: [...files].map((f) => relative(ROOT, f)), packages: [...packages] };
}

describe('the first page', () => {
  it.each(ENTRIES)('loaded from %s imports nothing of the import feature', (entry) => {
    const { files, packages } = firstPage(entry);
    expect(files.length).toBeGreaterThan(10); // the walk found the page
    expect(files.filter((f) => f.startsWith('src/features/import/'))).toEqual([]);
    expect(packages.filter((p) => LAZY_PACKAGES.some((lazy) => p === lazy || p.startsWith(`${lazy}/`)))).toEqual([]);
  });

  it('would notice a static import of the feature', () => {
    const sample = "import { preview } from './import/preview';\nimport type { ImportRow } from './import/rows';\nimport './a.css';";
    expect([...sample.matchAll(STATIC_IMPORT)].map((m) => m[1] ?? m[2])).toEqual(['./import/preview', './a.css']);
  });
});
