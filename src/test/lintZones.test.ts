// The layers' rules are lint rules (eslint.config.js): this runs ESLint on probe imports, so a rule
// that stops matching (a renamed folder, a broken resolver) fails here instead of passing silently.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problemsOf(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId);
}

// ESLint with the TypeScript resolver takes seconds per file on a busy 2-core machine.
describe('lint zones', { timeout: 60_000 }, () => {
  it('a feature importing another feature fails; the workspace composing them passes', async () => {
    const probe = "import { CALENDAR_TEXTS } from '../calendars/calendarText';\nexport const probe = CALENDAR_TEXTS;\n";
    expect(await problemsOf('src/features/events/probe.ts', probe)).toContain('import-x/no-restricted-paths');
    expect(await problemsOf('src/features/import/probe.ts', probe)).toContain('import-x/no-restricted-paths');
    expect(await problemsOf('src/features/workspace/probe.ts', probe)).toEqual([]);
  });

  it('core imports nothing outside core; the live server path does not import the sandbox', async () => {
    expect(await problemsOf('src/core/probe.ts', "import { useApiClient } from '../api/ApiClientProvider';\nexport const probe = useApiClient;\n")).toContain('no-restricted-imports');
    expect(await problemsOf('server/probe.ts', "import { createSandbox } from './sandbox/sandbox';\nexport const probe = createSandbox;\n")).toContain('no-restricted-imports');
  });

  it('a feature does not import the page shell, and the browser code reads no environment', async () => {
    expect(await problemsOf('src/features/events/probe.ts', "import { App } from '../../app/App';\nexport const probe = App;\n")).toContain('no-restricted-imports');
    expect(await problemsOf('src/ui/probe.ts', 'export const probe = process.env.X;\n')).toContain('no-restricted-properties');
  });
});
