// `npm run package [-- --env local|dev|…] [--env-file <file>] [--out <dir>] [--manifest-dir <dir>]`
//
// Renders manifest/manifest.json and its localization files with the variables of one Teams Toolkit
// environment (default env/.env.dev, overlaid by env/.env.dev.user), validates them offline against the
// official schemas bundled in @microsoft/app-manifest, checks the icons and writes
// build/appPackage/appPackage.<env>.zip (plus the rendered manifest.<env>.json to look at).
// Any unresolved placeholder, schema error or bad icon stops it with a message naming each one.
import JSZip from 'jszip';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadEnvironment } from './app-package/env-file.mjs';
import { iconProblems } from './app-package/icons.mjs';
import { renderJsonTemplate } from './app-package/placeholders.mjs';
import { schemaErrors } from './app-package/validate.mjs';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Empty on purpose in some environments: the production app has no name suffix. */
const MAY_BE_EMPTY = ['APP_NAME_SUFFIX'];
/** A fixed timestamp keeps the zip identical for identical input. */
const ZIP_DATE = new Date('2020-01-01T00:00:00Z');

async function main() {
  const { values } = parseArgs({
    options: {
      env: { type: 'string', default: 'dev' },
      'env-file': { type: 'string' },
      out: { type: 'string', default: path.join(ROOT, 'build', 'appPackage') },
      'manifest-dir': { type: 'string', default: path.join(ROOT, 'manifest') },
    },
  });
  const environment = loadEnvironment(ROOT, { env: values['env-file'] ? undefined : values.env, envFile: values['env-file'] });
  const manifestDir = path.resolve(values['manifest-dir']);
  const problems = [];

  const render = (file) => {
    const result = renderJsonTemplate(readFileSync(path.join(manifestDir, file), 'utf8'), environment.vars, {
      mayBeEmpty: MAY_BE_EMPTY,
    });
    const where = environment.files.map(shortPath).join(' + ');
    for (const name of result.missing) problems.push(`${file}: \${{${name}}} is not defined in ${where}`);
    for (const name of result.empty) problems.push(`${file}: \${{${name}}} is empty in ${where}`);
    try {
      return { text: result.text, json: JSON.parse(result.text) };
    } catch (error) {
      problems.push(`${file}: not valid JSON after rendering (${error instanceof Error ? error.message : String(error)})`);
      return undefined;
    }
  };

  const manifest = render('manifest.json');
  const localizationFiles = (manifest?.json.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
  const localizations = localizationFiles.map((file) => ({ file, rendered: render(file) }));
  if (problems.length > 0) fail('unresolved placeholders', problems);

  for (const error of await schemaErrors(manifest.json)) problems.push(`manifest.json ${error.trim()}`);
  for (const { file, rendered } of localizations) {
    for (const error of await schemaErrors(rendered.json)) problems.push(`${file} ${error.trim()}`);
  }
  const icons = { color: manifest.json.icons?.color, outline: manifest.json.icons?.outline };
  const iconData = {};
  for (const [kind, file] of Object.entries(icons)) {
    iconData[kind] = readFileSync(path.join(manifestDir, file));
    problems.push(...iconProblems(file, iconData[kind], kind));
  }
  if (problems.length > 0) fail('the app package is not valid', problems);

  const zip = new JSZip();
  const add = (name, content) => zip.file(name, content, { date: ZIP_DATE });
  add('manifest.json', manifest.text);
  add(icons.color, iconData.color);
  add(icons.outline, iconData.outline);
  for (const { file, rendered } of localizations) add(file, rendered.text);
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });

  const outDir = path.resolve(values.out);
  mkdirSync(outDir, { recursive: true });
  const zipPath = path.join(outDir, `appPackage.${environment.name}.zip`);
  writeFileSync(zipPath, buffer);
  writeFileSync(path.join(outDir, `manifest.${environment.name}.json`), manifest.text);
  console.log(`${path.relative(process.cwd(), zipPath)}: ${buffer.length} bytes (${Object.keys(zip.files).join(', ')})`);
}

function shortPath(file) {
  const relative = path.relative(ROOT, file);
  return relative.startsWith('..') ? file : relative;
}

function fail(what, problems) {
  console.error(`npm run package: ${what}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

main().catch((error) => {
  console.error(`npm run package failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
