// `node scripts/app-package/validate-cli.mjs <file.json>…`: offline schema validation of Teams manifests and
// localization files, one JSON line per run: {"<file>": ["<error>", …], …}. Exit code 1 when any file has errors.
// Jest (CommonJS) calls it as a child process, since @microsoft/app-manifest needs ESM-only dependencies.
import { readFileSync } from 'node:fs';
import { schemaErrors } from './validate.mjs';

const results = {};
for (const file of process.argv.slice(2)) {
  results[file] = await schemaErrors(JSON.parse(readFileSync(file, 'utf8')));
}
console.log(JSON.stringify(results));
process.exitCode = Object.values(results).some((errors) => errors.length > 0) ? 1 : 0;
