// Bundles the tab (tab/src/main.tsx) into tab/dist with esbuild. Run by `npm run build:tab`.
//
// What the server sends is decided here, once: every asset gets its content hash in its name (so it
// can be cached for a year and a new build is fetched at once), and a brotli and a gzip copy beside
// it (so no request pays for compression). index.html names the hashed files and is never cached.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'tab', 'dist');
// The source map keeps its stable name: what production may serve of it is decided elsewhere, by that name.
const SOURCE_MAP = 'app.js.map';

/** `name-<first 8 hex of sha256>.ext`: the name changes exactly when the content does. */
function hashedName(file, content) {
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 8).toUpperCase();
  const dot = file.lastIndexOf('.');
  return `${file.slice(0, dot)}-${hash}${file.slice(dot)}`;
}

/** Writes the asset and its .br (highest quality) and .gz (level 9) copies; returns the sizes. */
async function writeAsset(name, content) {
  const br = brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  });
  const gz = gzipSync(content, { level: 9 });
  await writeFile(join(outDir, name), content);
  await writeFile(join(outDir, `${name}.br`), br);
  await writeFile(join(outDir, `${name}.gz`), gz);
  return { name, identity: content.length, br: br.length, gzip: gz.length };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

try {
  // A clean folder: hashed names of earlier builds would otherwise pile up.
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
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
    write: false,
  });
  const output = (suffix) => result.outputFiles.find((f) => f.path.endsWith(suffix));
  const script = Buffer.from(output('app.js').contents);
  await writeFile(join(outDir, SOURCE_MAP), output('app.js.map').contents);

  const assets = [];
  assets.push(await writeAsset(hashedName('app.js', script), script));
  const favicon = await readFile(join(root, 'tab', 'favicon.svg'));
  assets.push(await writeAsset(hashedName('favicon.svg', favicon), favicon));

  // index.html names the hashed files; it is small and never cached, so it is not compressed.
  const [app, icon] = assets;
  const template = await readFile(join(root, 'tab', 'index.html'), 'utf8');
  const html = template.replace('src="app.js"', `src="${app.name}"`).replace('href="favicon.svg"', `href="${icon.name}"`);
  if (!html.includes(app.name) || !html.includes(icon.name))
    throw new Error('tab/index.html no longer names app.js and favicon.svg');
  await writeFile(join(outDir, 'index.html'), html);
  // Read by the bundle-size test and by anyone who wants to know what the tab costs on the wire.
  await writeFile(join(outDir, 'assets.json'), `${JSON.stringify({ script: app.name, assets }, null, 2)}\n`);
  console.log(`tab/dist/${app.name}: ${kib(app.identity)} (brotli ${kib(app.br)}, gzip ${kib(app.gzip)})`);
} catch (error) {
  // esbuild has already printed the build errors; this line makes the failure unmistakable.
  console.error('build:tab failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
