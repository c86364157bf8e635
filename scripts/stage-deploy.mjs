// `npm run stage:deploy` (after `npm run build`): lays out build/deploy/ as App Service runs it from
// /home/site/wwwroot with `node dist/bot/src/main.js`: the built server, the built tab, package.json and
// the production dependencies only. `teamsapp deploy` zips and uploads this folder.
// `--skip-install` leaves out `npm ci --omit=dev` (used by the test).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { out: { type: 'string', default: path.join(ROOT, 'build', 'deploy') }, 'skip-install': { type: 'boolean' } },
});
const out = path.resolve(values.out);

const required = ['dist/bot/src/main.js', 'tab/dist/index.html', 'tab/dist/assets.json'];
const missing = required.filter((file) => !existsSync(path.join(ROOT, file)));
if (missing.length > 0) {
  console.error(`stage:deploy: run \`npm run build\` first; missing ${missing.join(', ')}`);
  process.exit(1);
}

/** Source maps help no one on the server and would publish the sources a second time. */
const withoutSourceMaps = (src) => !src.endsWith('.map');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(path.join(ROOT, 'dist', 'bot'), path.join(out, 'dist', 'bot'), { recursive: true, filter: withoutSourceMaps });
cpSync(path.join(ROOT, 'tab', 'dist'), path.join(out, 'tab', 'dist'), { recursive: true, filter: withoutSourceMaps });
for (const file of ['package-lock.json', '.npmrc']) cpSync(path.join(ROOT, file), path.join(out, file));

/**
 * Dependencies the server never loads: the tab's libraries are bundled into tab/dist/app-<hash>.js by esbuild,
 * and Azurite is for local development. Left out of the staged install they save most of its size
 * (Fluent UI's icons alone are ~300 MB); npm ci accepts them moved to devDependencies.
 */
const NOT_ON_THE_SERVER = ['@fluentui/react-components', 'react', 'react-dom', '@microsoft/teams-js', 'azurite'];
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
for (const name of NOT_ON_THE_SERVER) {
  if (!(name in pkg.dependencies)) continue;
  pkg.devDependencies[name] = pkg.dependencies[name];
  delete pkg.dependencies[name];
}
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

if (!values['skip-install']) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: out, stdio: 'inherit' });
  // Proof that the production dependencies suffice: load the whole server (main.js only starts when run).
  execFileSync(process.execPath, ['-e', "require('./dist/bot/src/main.js')"], { cwd: out, stdio: 'inherit' });
}
console.log(`staged ${path.relative(process.cwd(), out) || out}`);
