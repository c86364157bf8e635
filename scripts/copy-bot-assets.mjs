// tsc compiles TypeScript only: the fonts the PDF renderer embeds are copied beside the compiled renderer
// (dist/bot/src/documents/fonts), so the built server and the staged deployment find them where the source does.
import { cpSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
cpSync(path.join(ROOT, 'bot/src/documents/fonts'), path.join(ROOT, 'dist/bot/src/documents/fonts'), { recursive: true });
