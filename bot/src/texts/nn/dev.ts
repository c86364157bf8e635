import type { Catalogue } from '../catalogue';
import { plural } from '../plural';

const speedText = (speed: number): string =>
  `${String(speed).replace('.', ',')} ${plural('nn', speed, { one: 'gong', other: 'gonger' })} vanleg fart`;

export const dev: Catalogue['dev'] = {
  clockFrom: (start, speed) => `Utviklingsklokke frå ${start}, ${speedText(speed)}`,
  clockFromNow: (speed) => `Utviklingsklokke, ${speedText(speed)}`,
  peopleOf: (councilName, tenantId) => `${councilName} (tenant ${tenantId})`,
};
