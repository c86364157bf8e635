import { plural } from '../plural';

/** Dev mode's own texts (the tab's dev marker and picker); the console banners stay English. */

const speedText = (speed: number): string =>
  `${String(speed).replace('.', ',')} ${plural('nb', speed, { one: 'gang', other: 'ganger' })} vanlig fart`;

export const dev = {
  /** The dev clock shows `start` (already formatted) when the server starts and runs `speed` times as fast. */
  clockFrom: (start: string, speed: number) => `Utviklingsklokke fra ${start}, ${speedText(speed)}`,
  /** The dev clock runs from the real time at `speed`. */
  clockFromNow: (speed: number) => `Utviklingsklokke, ${speedText(speed)}`,
  /** A council's group in the picker: acting as one of its people means acting in its tenant. */
  peopleOf: (councilName: string, tenantId: string) => `${councilName} (tenant ${tenantId})`,
};
