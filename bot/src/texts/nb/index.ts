// The bokmål catalogue: the reference every other language matches (see ../catalogue.ts).
import { common } from './common';

export const nb = { common };
