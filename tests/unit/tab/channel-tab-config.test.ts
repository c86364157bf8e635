import type * as TeamsJs from '@microsoft/teams-js';
import { channelTabFor, isConfigPage } from '../../../tab/src/config/channel-tab';
import type * as ChannelTabConfig from '../../../tab/src/teams/channel-tab-config';

// A stand-in for the Teams host's side of pages.config: what Teams would be told.
jest.mock('@microsoft/teams-js', () => ({
  pages: { config: { registerOnSaveHandler: jest.fn(), setConfig: jest.fn(), setValidityState: jest.fn() } },
}));
// The test transform (esbuild) does not hoist jest.mock above imports, so what uses the
// mock is loaded after it.
const { pages } = jest.requireMock<typeof TeamsJs>('@microsoft/teams-js');
const config = jest.mocked(pages.config);
const { offerChannelTab } = jest.requireActual<typeof ChannelTabConfig>('../../../tab/src/teams/channel-tab-config');

type SaveHandler = Parameters<typeof pages.config.registerOnSaveHandler>[0];
type SaveEvent = Parameters<SaveHandler>[0];

function pressSave(): { notifySuccess: jest.Mock; notifyFailure: jest.Mock } {
  const handler = config.registerOnSaveHandler.mock.calls.at(-1)?.[0];
  if (!handler) throw new Error('no save handler registered');
  const event = { notifySuccess: jest.fn(), notifyFailure: jest.fn() };
  handler(event as unknown as SaveEvent);
  return event;
}

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

beforeEach(() => jest.clearAllMocks());

describe('the channel tab settings page', () => {
  it('is the tab page with ?page=config', () => {
    expect(isConfigPage('?page=config')).toBe(true);
    expect(isConfigPage('?page=config&theme=dark')).toBe(true);
    expect(isConfigPage('')).toBe(false);
    expect(isConfigPage('?theme=dark')).toBe(false);
  });

  it('saves a tab that opens the tab page beside it, without the settings page query', () => {
    const tab = channelTabFor({ origin: 'https://utvalg.example.net', pathname: '/tab/' }, '  Brukerutvalget ');
    expect(tab).toEqual({
      contentUrl: 'https://utvalg.example.net/tab/',
      websiteUrl: 'https://utvalg.example.net/tab/',
      entityId: 'utvalg-council',
      displayName: 'Brukerutvalget',
    });
    expect(channelTabFor({ origin: 'https://utvalg.example.net', pathname: '/tab/' }, '   ')).toBeUndefined();
  });

  it('enables Save in Teams, and Save stores the tab and tells Teams it succeeded', async () => {
    const tab = channelTabFor({ origin: 'https://utvalg.example.net', pathname: '/tab/' }, 'Utvalg')!;
    config.setConfig.mockResolvedValue(undefined);
    offerChannelTab(tab, jest.fn());
    expect(config.setValidityState).toHaveBeenLastCalledWith(true);
    const event = pressSave();
    expect(config.setConfig).toHaveBeenCalledWith({
      contentUrl: 'https://utvalg.example.net/tab/',
      websiteUrl: 'https://utvalg.example.net/tab/',
      entityId: 'utvalg-council',
      suggestedDisplayName: 'Utvalg',
    });
    await flush();
    expect(event.notifySuccess).toHaveBeenCalled();
    expect(event.notifyFailure).not.toHaveBeenCalled();
  });

  it('tells Teams and the page when saving fails', async () => {
    config.setConfig.mockRejectedValue(new Error('not allowed'));
    const onSaveFailed = jest.fn();
    offerChannelTab(channelTabFor({ origin: 'https://u.example.net', pathname: '/tab/' }, 'Utvalg'), onSaveFailed);
    const event = pressSave();
    await flush();
    expect(event.notifyFailure).toHaveBeenCalledWith('not allowed');
    expect(onSaveFailed).toHaveBeenCalledWith('not allowed');
    expect(event.notifySuccess).not.toHaveBeenCalled();
  });

  it('disables Save while there is no tab to save (no name)', () => {
    offerChannelTab(undefined, jest.fn());
    expect(config.setValidityState).toHaveBeenLastCalledWith(false);
    expect(config.registerOnSaveHandler).not.toHaveBeenCalled();
  });
});
