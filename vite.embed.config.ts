// `npm run build:embed`: the panel as one ES module for portals that are a single page, with its
// stylesheet beside it (dist-embed/calendar-panel.js and .css). The module loads the stylesheet
// into its own shadow root; see src/embed/mount.tsx.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './server/precompress.ts';

export default defineConfig({
  plugins: [react(), precompress()],
  // Library mode leaves process.env alone; the panel is a production build.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  publicDir: false,
  build: {
    target: 'es2022',
    // Library mode keeps an ES module's whitespace by default; this one goes to browsers as it is.
    rolldownOptions: { output: { minify: true } },
    outDir: 'dist-embed',
    emptyOutDir: true,
    lib: { entry: 'src/embed/mount.tsx', formats: ['es'], fileName: 'calendar-panel', cssFileName: 'calendar-panel' },
  },
});
