/**
 * A textual reading of infra/azure.bicep: no Bicep compiler can be installed here (it is a download,
 * not an npm or apt package), so the tests read parameters, outputs and object keys from the text.
 * Enough for the flat style azure.bicep is written in; not a Bicep parser.
 */

export interface BicepParam {
  name: string;
  type: string;
  hasDefault: boolean;
}

export function bicepParams(text: string): BicepParam[] {
  return [...text.matchAll(/^param\s+(\w+)\s+(\w+)(\s*=)?/gm)].map((m) => ({
    name: m[1]!,
    type: m[2]!,
    hasDefault: m[3] !== undefined,
  }));
}

export function bicepOutputs(text: string): string[] {
  return [...text.matchAll(/^output\s+(\w+)\s+\w+\s*=/gm)].map((m) => m[1]!);
}

/** `resource <symbol> '<type>' = { … }`: its type and its body, braces matched outside '…' strings. */
export function bicepResource(text: string, symbol: string): { type: string; body: string } {
  const start = new RegExp(`^resource\\s+${symbol}\\s+'([^']+)'\\s*=\\s*\\{`, 'm').exec(text);
  if (!start) throw new Error(`azure.bicep has no resource "${symbol}"`);
  return { type: start[1]!, body: block(text, start.index + start[0].length - 1) };
}

/** The keys directly inside `<key>: { … }` of a body (e.g. an app settings resource's `properties`). */
export function objectKeys(body: string, key: string): string[] {
  const start = new RegExp(`^\\s*${key}\\s*:\\s*\\{`, 'm').exec(body);
  if (!start) throw new Error(`no "${key}: {" found`);
  const inner = block(body, start.index + start[0].length - 1).slice(1, -1);
  const keys: string[] = [];
  let depth = 0;
  for (const line of stripStrings(inner).split('\n')) {
    const match = depth === 0 ? /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:/.exec(line) : null;
    if (match) keys.push(match[1]!);
    for (const ch of line) {
      if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') depth--;
    }
  }
  return keys;
}

/** From the `{` at `open` to its matching `}`, skipping string contents (which may hold `${…}`). */
function block(text: string, open: number): string {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === "'") inString = false;
      continue;
    }
    if (ch === "'") inString = true;
    else if (ch === '/' && text[i + 1] === '/') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  throw new Error('unbalanced braces');
}

/** Strings and comments blanked out, so braces inside them do not count. */
function stripStrings(text: string): string {
  return text.replace(/'(?:\\.|[^'\\])*'/g, "''").replace(/\/\/.*$/gm, '');
}
