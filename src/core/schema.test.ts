// The wire types are generated from the official OpenAPI description kept in api/ (a copy of
// Flashduty's published reference). This test
// regenerates them: when the description changes, it fails until `npm run gen:api` is run, and
// the compiler then shows every place the change reaches.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { expect, it } from 'vitest';

const spec = new URL('../../api/flashduty-calendar.openapi.en.json', import.meta.url);
const generated = new URL('./schema.gen.ts', import.meta.url);

it('src/core/schema.gen.ts matches the OpenAPI description in api/', async () => {
  const fresh = astToString(await openapiTS(spec));
  const committed = readFileSync(fileURLToPath(generated), 'utf8');
  expect(committed.slice(committed.indexOf('export interface paths'))).toBe(fresh.slice(fresh.indexOf('export interface paths')));
});
