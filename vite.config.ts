/**
 * One config, built once per mode (scripts/build.mjs runs them in turn):
 *   pages       popup, options and reader-tab pages as ES modules, plus public/ copied verbatim
 *   bg          background.js, one classic file (MV3 service worker in Chrome, event page in Firefox)
 *   reader      content/reader.js, one classic file injected on demand (no `import` allowed there)
 *   auto        content/auto.js, the detect-only script registered for the user's auto-mode sites
 *   overlay     content/overlay.js, the in-page reader, injected only when auto mode opens it
 *   cli         dist/cli/lede.js for Node, packages left external
 */
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const classic = (entry: string, file: string): UserConfig => ({
  publicDir: false,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: false,
    lib: { entry: resolve(root, entry), formats: ['iife'], name: 'lede', fileName: () => file },
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'bg':
      return classic('src/background/index.ts', 'background.js');
    case 'reader':
      return classic('src/content/reader.ts', 'content/reader.js');
    case 'auto':
      // Detection needs only isProbablyReaderable; keep the rest of Readability out of this small script.
      return {
        ...classic('src/content/auto.ts', 'content/auto.js'),
        resolve: {
          alias: [
            { find: /^@mozilla\/readability$/, replacement: resolve(root, 'src/content/readerable-only.ts') },
          ],
        },
      };
    case 'overlay':
      return { ...classic('src/content/overlay/index.ts', 'content/overlay.js'), plugins: [preact()] };
    case 'cli':
      return {
        publicDir: false,
        build: {
          outDir: resolve(root, 'dist/cli'),
          emptyOutDir: true,
          target: 'node20',
          minify: false,
          ssr: resolve(root, 'src/cli/lede.ts'),
          rolldownOptions: { output: { format: 'esm', entryFileNames: 'lede.js', codeSplitting: false } },
        },
        ssr: { noExternal: [] },
      };
    default:
      return {
        root: resolve(root, 'src'),
        base: './',
        publicDir: resolve(root, 'public'),
        plugins: [preact()],
        build: {
          outDir: resolve(root, 'dist'),
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: false,
          modulePreload: false,
          rolldownOptions: {
            input: {
              popup: resolve(root, 'src/popup/index.html'),
              options: resolve(root, 'src/options/index.html'),
              reader: resolve(root, 'src/reader/index.html'),
            },
          },
        },
      };
  }
});
