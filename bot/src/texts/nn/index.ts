import type { Catalogue } from '../catalogue';
import { common } from './common';
import { problems } from './problems';

export const nn: Catalogue = { common, problems };
