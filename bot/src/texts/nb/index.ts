// The bokmål catalogue: the reference every other language matches (see ../catalogue.ts).
import { common } from './common';
import { problems } from './problems';

export const nb = { common, problems };
