// Bundles the tab (tab/src/main.tsx) into tab/dist with esbuild. Run by `npm run build:tab`.
import { build } from 'esbuild';
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'tab', 'dist');

try {
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: [join(root, 'tab', 'src', 'main.tsx')],
    outfile: join(outDir, 'app.js'),
    bundle: true,
    minify: true,
    sourcemap: true,
    target: 'es2020',
    jsx: 'automatic',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'favicon.svg']) await copyFile(join(root, 'tab', file), join(outDir, file));
  const { size } = await stat(join(outDir, 'app.js'));
  console.log(`tab/dist/app.js: ${(size / 1024).toFixed(1)} KiB`);
} catch (error) {
  // esbuild has already printed the build errors; this line makes the failure unmistakable.
  console.error('build:tab failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
