// The bokmål catalogue: the reference every other language matches (see ../catalogue.ts).
import { common } from './common';
import { dev } from './dev';

export const nb = { common, dev };
