/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './server/precompress.ts';

export default defineConfig({
  plugins: [react(), precompress()],
  // Relative asset URLs, so the built panel also works under a sub-path.
  base: './',
  // No source maps in dist: the server would hand every source file to anyone who asks.
  build: { target: 'es2022', sourcemap: false },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 4173}` } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
});
