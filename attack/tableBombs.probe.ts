// Probe: hostile table files through the import's decoder and parser (decodeFile, parseTable),
// timed, at the 2 MB file limit: 100k rows, one 2 MB cell, an unclosed quote, 10k columns, a BOM
// storm, invalid UTF-8 everywhere, UTF-16 without pairs. Run: npx vitest run --config attack/vitest.config.ts tableBombs
import { expect, test } from 'vitest';
import { decodeFile } from '../src/features/import/decodeText';
import { parseTable } from '../src/features/import/parseTable';

const MB2 = 2 * 1024 * 1024;
const enc = (s: string) => new TextEncoder().encode(s);
const cases: [string, Uint8Array][] = [
  ['100k rows', enc('Summary,Start date\n' + 'a,2026-01-01\n'.repeat(Math.floor(MB2 / 13)))],
  ['one 2 MB cell', enc('Summary,Start date\n"' + 'x'.repeat(MB2 - 30) + '",2026-01-01\n')],
  ['unclosed quote', enc('Summary,Start date\n"' + 'a,2026-01-01\n'.repeat(Math.floor(MB2 / 13)))],
  ['10k columns', enc(Array(10000).fill('Summary').join(',') + '\n' + Array(10000).fill('2026-01-01').join(',') + '\n')],
  ['BOM storm', enc('\uFEFF'.repeat(MB2 / 3))],
  ['invalid UTF-8', new Uint8Array(MB2).fill(0xff)],
  ['lone UTF-16 surrogates', new Uint8Array([0xff, 0xfe, ...Array(MB2 - 2).fill(0).map((_, i) => (i % 2 === 0 ? 0x00 : 0xd8))])],
  ['quotes doubled 1M times', enc('Summary,Start date\n"' + '""'.repeat(MB2 / 2 - 20) + '",2026-01-01\n')],
  ['CR only line ends', enc('Summary,Start date\r' + 'a,2026-01-01\r'.repeat(Math.floor(MB2 / 13)))],
];
for (const [name, bytes] of cases) {
  test(`${name} (${(bytes.length / 1024).toFixed(0)} kB)`, () => {
    const t = performance.now();
    const decoded = decodeFile(bytes);
    const result = parseTable(decoded.text);
    const ms = performance.now() - t;
    console.log(`${name}: ${ms.toFixed(0)} ms, ${JSON.stringify(result).slice(0, 120)}`);
    expect(ms).toBeLessThan(2000);
  });
}
