import type { BrowserContext } from 'playwright-core';

/**
 * A stand-in for the Teams web client: a page on https://teams.microsoft.com
 * (teams-js only talks to Microsoft origins over https) that frames the tab and
 * answers the teams-js messages the tab sends — initialize, getContext,
 * authentication.getAuthToken, executeDeepLink (app.openLink; the addresses are
 * kept in `window.openedLinks`) — the way Teams does. Both origins are served
 * by Playwright's routing: the tab's requests go to the local test server.
 */

export const HOST_URL = 'https://teams.microsoft.com/_utvalg-test/host.html';
export const TAB_ORIGIN = 'https://utvalg.test';

/** What Teams answers to getAuthToken: a token, or the failure reason string Teams rejects with. */
export type TokenAnswer = { token: string } | { failure: string };

const RUNTIME = {
  apiVersion: 4,
  isLegacyTeams: false,
  supports: { app: {}, authentication: {}, pages: { tabs: {}, config: {}, backStack: {}, appButton: {} }, teamsCore: {} },
};

function hostHtml(tabPath: string, locale: string, subEntityId: string | undefined): string {
  const context = {
    // What a deep link's context names (the tab sees it as page.subPageId).
    ...(subEntityId !== undefined && { subEntityId }),
    locale,
    theme: 'default',
    entityId: 'utvalg',
    frameContext: 'content',
    hostClientType: 'web',
    hostName: 'Teams',
    appSessionId: 'test-session',
  };
  const script = `
    const TAB_ORIGIN = ${JSON.stringify(TAB_ORIGIN)};
    const RUNTIME = ${JSON.stringify(JSON.stringify(RUNTIME))};
    const CONTEXT = ${JSON.stringify(context)};
    window.hostCalls = [];
    window.openedLinks = [];
    window.addEventListener('message', async (event) => {
      const msg = event.data;
      if (event.origin !== TAB_ORIGIN || !msg || typeof msg.func !== 'string') return;
      window.hostCalls.push(msg.func);
      const reply = (args) => event.source.postMessage({ id: msg.id, uuidAsString: msg.uuidAsString, args }, TAB_ORIGIN);
      switch (msg.func) {
        case 'initialize': return reply(['content', 'web', RUNTIME, '2.58.0']);
        case 'getContext': return reply([CONTEXT]);
        case 'authentication.getAuthToken': {
          const answer = await window.answerTokenRequest();
          return reply('token' in answer ? [true, answer.token] : [false, answer.failure]);
        }
        // app.openLink: Teams would hand the address to a browser; the test reads what was asked for.
        case 'executeDeepLink': window.openedLinks.push(msg.args[0]); return reply([true]);
        default: return reply([]);
      }
    });`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teams (test host)</title></head>
<body style="margin:0"><iframe id="tab" title="Utvalg" src="${TAB_ORIGIN}${tabPath}" style="border:0;width:100vw;height:100vh"></iframe>
<script>${script}</script></body></html>`;
}

/**
 * Routes the fake Teams page and the tab's origin (to `baseUrl`, the local
 * server) in `context`; `answer` decides each getAuthToken. Everything else
 * (e.g. teams-js fetching its list of valid origins) is refused.
 */
export async function installFakeTeams(
  context: BrowserContext,
  options: {
    baseUrl: string;
    answer: () => Promise<TokenAnswer> | TokenAnswer;
    tabPath?: string;
    locale?: string;
    /** The tab opened from a deep link whose context has this subEntityId (e.g. "package/<meetingId>"). */
    subEntityId?: string;
  },
): Promise<void> {
  const html = hostHtml(options.tabPath ?? '/tab/', options.locale ?? 'nb-no', options.subEntityId);
  await context.exposeFunction('answerTokenRequest', options.answer);
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.href.startsWith(HOST_URL)) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    } else if (url.origin === TAB_ORIGIN) {
      const response = await route.fetch({ url: `${options.baseUrl}${url.pathname}${url.search}` });
      await route.fulfill({ response });
    } else {
      await route.fulfill({ status: 404, body: '' });
    }
  });
}
