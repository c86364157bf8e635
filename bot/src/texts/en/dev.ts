import type { Catalogue } from '../catalogue';
import { plural } from '../plural';

const speedText = (speed: number): string => `${speed} ${plural('en', speed, { one: 'time', other: 'times' })} real speed`;

export const dev: Catalogue['dev'] = {
  clockFrom: (start, speed) => `Dev clock from ${start}, ${speedText(speed)}`,
  clockFromNow: (speed) => `Dev clock, ${speedText(speed)}`,
  peopleOf: (councilName, tenantId) => `${councilName} (tenant ${tenantId})`,
};
