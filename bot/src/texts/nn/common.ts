import type { Catalogue } from '../catalogue';

export const common: Catalogue['common'] = {
  appName: 'Utvalg',
};
