import { DEMO_CHAIR, DEMO_COUNCIL_ID, DEMO_MEMBERS, DEMO_SECRETARY } from '../../bot/src/dev/demo-ids';
import { personalMessage, postActivity, type Sender } from './activities';
import { cardInvoke, postInvoke, type InvokeOptions, type InvokeReply } from './card-invoke';
import { cardInActivity, readCard, type ReadCard } from './card-reading';
import { ConnectorRecorder, type RecordedCall } from './connector-recorder';
import type { StorageSettings, TableClientFactory } from '../../bot/src/storage/table-storage';
import { restartTestApp, startTestApp, type RunningTestApp } from './test-app';

export const PEOPLE = {
  alex: { aadObjectId: DEMO_SECRETARY, name: 'Alex Wilber' },
  megan: { aadObjectId: DEMO_CHAIR, name: 'Megan Bowen' },
  adele: { aadObjectId: DEMO_MEMBERS.adele, name: 'Adele Vance' },
  isaiah: { aadObjectId: DEMO_MEMBERS.isaiah, name: 'Isaiah Langer' },
  patti: { aadObjectId: DEMO_MEMBERS.patti, name: 'Patti Fernandez' },
  lynne: { aadObjectId: DEMO_MEMBERS.lynne, name: 'Lynne Robbins' },
  stranger: { aadObjectId: 'stranger-0001', name: 'Sam Stranger' },
} satisfies Record<string, Sender>;

/**
 * The real server (dev mode, Azurite, demo council) with a recorder as the
 * Teams service URL and a clock the test can move. `say` posts a message and
 * waits for the replies; `press` posts a card action and returns the card or
 * message the bot answered with.
 */
export class BotHarness {
  readonly recorder = new ConnectorRecorder();
  running!: RunningTestApp;
  now = new Date();
  readonly clock = (): Date => this.now;
  readonly councilId = DEMO_COUNCIL_ID;

  /** `storage` and `tables`: a fault test's own Azurite, and table clients it can interfere with. */
  async start(options: { storage?: StorageSettings; tables?: TableClientFactory } = {}): Promise<void> {
    await this.recorder.start();
    this.running = await startTestApp({ clock: this.clock, ...options });
  }

  async stop(): Promise<void> {
    await this.running.close();
    await this.recorder.stop();
  }

  async restart(): Promise<void> {
    this.running = await restartTestApp(this.running, { clock: this.clock });
  }

  get deps() {
    return this.running.app.deps;
  }

  /** Sends a personal-chat message and returns the cards/texts the bot replied with. */
  async say(from: Sender, text: string, extra: Record<string, unknown> = {}): Promise<RecordedReply[]> {
    const activity = personalMessage(this.recorder.url, from, text, extra);
    const response = await postActivity(this.running.baseUrl, activity);
    if (response.status >= 300) throw new Error(`bot answered ${response.status}`);
    const id = encodeURIComponent(String(activity['id']));
    // The adapter answers the POST only when the turn has ended, and every reply of the turn is
    // awaited by the bot before that: so once the first reply is here, all of them are.
    await this.recorder.waitFor((c) => c.method === 'POST' && c.path.includes(`/activities/${id}`));
    return this.recorder.calls.filter((c) => c.method === 'POST' && c.path.includes(`/activities/${id}`)).map(toReply);
  }

  async press(from: Sender, verb: string, data: Record<string, unknown>, options: InvokeOptions = {}): Promise<PressReply> {
    const reply = await postInvoke(this.running.baseUrl, cardInvoke(this.recorder.url, from, verb, data, options));
    return pressReply(reply);
  }

  async upcomingMeetingId(): Promise<string> {
    const meetings = await this.deps.meetings.list(this.councilId);
    const next = meetings
      .map((m) => m.value)
      .find((m) => Date.parse(m.startsAt) > this.now.getTime() && m.status !== 'cancelled');
    if (!next) throw new Error('demo has no upcoming meeting');
    return next.id;
  }

  async pastMeetingId(): Promise<string> {
    const meetings = await this.deps.meetings.list(this.councilId);
    const past = meetings.map((m) => m.value).find((m) => Date.parse(m.startsAt) < this.now.getTime());
    if (!past) throw new Error('demo has no past meeting');
    return past.id;
  }
}

/** The demo council and its upcoming meeting, as most bot tests address them. */
export type MeetingRef = { councilId: string; meetingId: string };

/**
 * Registers beforeAll/afterAll in the calling describe: a harness started on the demo council, and
 * `ref` naming its upcoming meeting (filled in before the first test), stopped after the last.
 */
export function useStartedBot(): { bot: BotHarness; ref: MeetingRef } {
  const bot = new BotHarness();
  const ref: MeetingRef = { councilId: bot.councilId, meetingId: '' };
  beforeAll(async () => {
    await bot.start();
    ref.meetingId = await bot.upcomingMeetingId();
  });
  afterAll(() => bot.stop());
  return { bot, ref };
}

export interface RecordedReply {
  text?: string;
  card?: ReadCard;
}

function toReply(call: RecordedCall): RecordedReply {
  const body = call.body as { text?: string; attachments?: unknown[] };
  return body.attachments?.length ? { card: cardInActivity(body) } : { text: body.text ?? '' };
}

export interface PressReply {
  status: number;
  card?: ReadCard;
  message?: string;
  raw: InvokeReply;
}

function pressReply(reply: InvokeReply): PressReply {
  const { body } = reply;
  if (body.type === 'application/vnd.microsoft.card.adaptive')
    return { status: reply.status, card: readCard(body.value), raw: reply };
  if (body.type === 'application/vnd.microsoft.activity.message')
    return { status: reply.status, message: String(body.value), raw: reply };
  return { status: reply.status, raw: reply };
}
