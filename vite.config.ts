/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the built panel also works under a sub-path.
  base: './',
  build: { target: 'es2022', sourcemap: true },
  server: { proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 4173}` } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test/setup.ts'],
  },
});
