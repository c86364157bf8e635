// `${{NAME}}` placeholders as Teams Toolkit writes them in the manifest, aad.manifest.json and azure.parameters.json.
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function placeholdersIn(text) {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Replaces every placeholder inside a JSON document's strings. Values are JSON-escaped, so a publisher
 * name with a quote stays valid JSON. A name with no value is `missing`; an empty value is `empty` unless
 * the name is in `mayBeEmpty` (e.g. APP_NAME_SUFFIX, empty in production).
 */
export function renderJsonTemplate(text, vars, { mayBeEmpty = [] } = {}) {
  const missing = [];
  const empty = [];
  for (const name of placeholdersIn(text)) {
    if (!(name in vars)) missing.push(name);
    else if (vars[name] === '' && !mayBeEmpty.includes(name)) empty.push(name);
  }
  const rendered = text.replace(PLACEHOLDER, (_whole, name) => JSON.stringify(vars[name] ?? '').slice(1, -1));
  return { text: rendered, missing, empty };
}
