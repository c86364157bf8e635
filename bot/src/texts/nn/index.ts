import type { Catalogue } from '../catalogue';
import { common } from './common';
import { dev } from './dev';

export const nn: Catalogue = { common, dev };
