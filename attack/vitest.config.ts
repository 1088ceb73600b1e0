// Runs the probes in attack/*.probe.ts with Vitest (node environment): `npx vitest run --config attack/vitest.config.ts`.
import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { include: ['attack/**/*.probe.ts'], environment: 'node', testTimeout: 120_000 } });
