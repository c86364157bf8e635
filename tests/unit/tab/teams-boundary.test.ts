import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TAB_SRC = path.resolve(__dirname, '..', '..', '..', 'tab', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the tab', () => {
  it('talks to the Teams JavaScript SDK only from tab/src/teams/', () => {
    const importing = sourceFiles(TAB_SRC)
      .filter((file) =>
        /from\s+['"]@microsoft\/teams-js['"]|import\(\s*['"]@microsoft\/teams-js['"]/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => path.relative(TAB_SRC, file).split(path.sep).join('/'));
    expect(importing.length).toBeGreaterThan(0);
    expect(importing.filter((file) => !file.startsWith('teams/'))).toEqual([]);
  });
});
