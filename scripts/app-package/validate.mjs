// Validates a Teams app manifest or localization file against the official JSON schema bundled in
// @microsoft/app-manifest, strictly offline: the schema is read from the package, never downloaded.
import { AppManifestUtils } from '@microsoft/app-manifest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const SCHEMA_ROOT = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas');

/** The bundled copy of a `$schema` URL like https://developer.microsoft.com/en-us/json-schemas/teams/v1.22/X.json. */
export function bundledSchemaPath(schemaUrl) {
  const match = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}-[a-z]{2}\/)?json-schemas\/(teams\/[^?#]+\.json)$/i.exec(
    schemaUrl ?? '',
  );
  if (!match) return undefined;
  const file = path.join(SCHEMA_ROOT, ...match[1].split('/'));
  return existsSync(file) ? file : undefined;
}

/** Schema errors as "<json path> <message>" lines; empty when valid. */
export async function schemaErrors(document) {
  const schemaUrl = document?.$schema;
  const schemaFile = bundledSchemaPath(schemaUrl);
  if (!schemaFile)
    return [
      `$schema ${JSON.stringify(schemaUrl)} is not a Teams schema bundled in @microsoft/app-manifest (offline validation impossible)`,
    ];
  const schema = unicodeSafePatterns(JSON.parse(readFileSync(schemaFile, 'utf8')));
  const errors = await AppManifestUtils.validateAgainstSchema(document, schema);
  const version = /\/v(\d+\.\d+)\//.exec(schemaUrl)?.[1];
  if (document.manifestVersion !== undefined && document.manifestVersion !== version) {
    errors.push(`/manifestVersion is ${document.manifestVersion} but $schema is v${version}`);
  }
  return errors;
}

/**
 * Every bundled localization schema since v1.8 has two property patterns (activities.activityTypes[…])
 * with a lone `]` after `\b`, which JavaScript rejects in unicode mode, the mode ajv compiles with: the
 * schema would not compile at all. Escaping that `]` keeps the pattern's meaning (outside unicode mode a
 * lone `]` is a literal) and touches nothing Utvalg uses.
 */
function unicodeSafePatterns(schema) {
  if (!schema.patternProperties) return schema;
  const patternProperties = {};
  for (const [pattern, rule] of Object.entries(schema.patternProperties)) {
    patternProperties[compiles(pattern) ? pattern : pattern.replace(/\\b\]/g, '\\b\\]')] = rule;
  }
  return { ...schema, patternProperties };
}

function compiles(pattern) {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
