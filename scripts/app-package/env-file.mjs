// Teams Toolkit environment files (env/.env.<name>, secrets in env/.env.<name>.user), read the way the Toolkit does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** KEY=VALUE lines; `#` starts a comment line; values may be wrapped in single or double quotes. */
export function parseEnvText(text) {
  const vars = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) throw new Error(`Not a KEY=VALUE line: ${rawLine}`);
    let value = match[2];
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2];
    else value = value.replace(/\s+#.*$/, '').trim();
    vars[match[1]] = value;
  }
  return vars;
}

/**
 * The variables of one environment: env/.env.<name>, overlaid by env/.env.<name>.user when it exists.
 * `envFile` reads exactly that file instead (tests, CI).
 */
export function loadEnvironment(root, { env, envFile }) {
  const files = envFile
    ? [path.resolve(envFile)]
    : [path.join(root, 'env', `.env.${env}`), path.join(root, 'env', `.env.${env}.user`)];
  if (!existsSync(files[0])) throw new Error(`Environment file not found: ${path.relative(root, files[0])}`);
  const vars = {};
  const read = [];
  for (const file of files) {
    if (!existsSync(file)) continue;
    Object.assign(vars, parseEnvText(readFileSync(file, 'utf8')));
    read.push(file);
  }
  return { vars, files: read, name: env ?? vars.TEAMSFX_ENV ?? path.basename(files[0]).replace(/^\.env\./, '') };
}
