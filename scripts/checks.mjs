// The static checks `npm test` runs before Jest: typecheck, ESLint, Prettier and the tab bundle, at the
// same time. Each is a separate process mostly busy on one core, so on two cores they finish in about
// the time ESLint alone takes. Each one's output is printed whole when it ends, so lines do not mix;
// the run fails if any of them fails.
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';

const CHECKS = [
  ['typecheck', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['eslint', ['node_modules/eslint/bin/eslint.js', '.']],
  ['prettier', ['node_modules/prettier/bin/prettier.cjs', '--check', '.']],
  ['build:tab', ['scripts/build-tab.mjs']],
];

function run(name, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      const ok = code === 0;
      process.stdout.write(`\n> ${name}: ${ok ? 'ok' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(ok);
    });
  });
}

const results = await Promise.all(CHECKS.map(([name, args]) => run(name, args)));
process.exit(results.every(Boolean) ? 0 : 1);
