import fc from 'fast-check';
import {
  answersSchema,
  attendanceSubmissionSchema,
  followUpDoneSubmissionSchema,
  proposalSubmissionSchema,
} from '../../../bot/src/schemas/card-payloads';
import { BotHarness, PEOPLE } from '../../support/bot-harness';
import { applyPlan, hostilePlan } from '../../support/hostile-values';
import { rowsWrittenSince } from '../../support/storage-snapshot';
import { CARD_VERB_TABLE, seedCardTargets, type CardRef } from '../authorization/card-verb-table';

/**
 * Property-based fuzzing of every card verb's data, pressed by a member:
 * never an error status, always a card or a sentence; data the card schema
 * refuses writes nothing and comes back as the form with the problem named
 * (or a sentence saying the card could not be read).
 */

const bot = new BotHarness();
let ref: CardRef;
const RUNS = 12;

/** Data a verb's schema would store; the other verbs only read. */
const ACCEPTS: Partial<Record<string, (data: unknown) => boolean>> = {
  submitProposal: (data) => proposalSubmissionSchema.safeParse(data).success,
  answerAttendance: (data) => attendanceSubmissionSchema.safeParse(data).success,
  submitInput: (data) => answersSchema(['q1']).safeParse(data).success,
  markFollowUpDone: (data) => followUpDoneSubmissionSchema.safeParse(data).success,
};

// Who pressed is not business data: the duplicate-delivery claim and the chat's address may be kept for anyone.
const businessRows = (keys: string[]) =>
  keys.filter((key) => !key.startsWith('handledActivities|') && !key.startsWith('conversations|'));

beforeAll(async () => {
  await bot.start();
  // Isaiah's follow-up: the member pressing (Adele) sees it, and may not mark it done.
  ref = await seedCardTargets(bot, 'team-none');
});
afterAll(() => bot.stop());

describe.each(Object.keys(CARD_VERB_TABLE))('%s with hostile data', (verb) => {
  const entry = CARD_VERB_TABLE[verb as keyof typeof CARD_VERB_TABLE];

  it('answers a card or a sentence, and refused data writes nothing', async () => {
    const keys = Object.keys(entry.data(ref));
    await fc.assert(
      fc.asyncProperty(hostilePlan(keys), async (plan) => {
        const data = applyPlan(plan, keys, entry.data(ref));
        const since = new Date(Date.now() + 1);
        while (Date.now() <= since.getTime()) await new Promise((resolve) => setImmediate(resolve));
        const reply = await bot.press(PEOPLE.adele, verb, data as Record<string, unknown>);
        expect(reply.status).toBe(200);
        expect(reply.card !== undefined || (reply.message !== undefined && reply.message.length > 0)).toBe(true);
        const accepts = ACCEPTS[verb];
        if (accepts && !accepts(data)) {
          expect(businessRows(await rowsWrittenSince(bot.running.settings.storage, since))).toEqual([]);
          // The form comes back with the problem named, or a sentence says the card could not be read.
          if (reply.card) expect(reply.card.problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
