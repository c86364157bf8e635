import { randomUUID } from 'node:crypto';
import type { Language } from '../../../bot/src/domain/language';
import { ApiError, createApiClient } from '../../../tab/src/api/api-client';
import { textsFor } from '../../../bot/src/texts/catalogue';
import { saveFailure } from '../../../tab/src/views/editing/save-errors';
import { inputFieldProblem } from '../../../tab/src/views/inputs/form-problems';
import { problemOfError } from '../../../tab/src/texts/problem-text';
import { problemText } from '../../../bot/src/texts/problem-text';
import { PEOPLE, useStartedBot } from '../../support/bot-harness';

/**
 * A refusal travels as a problem code with parameters, and each client says
 * it in the person's language: the tab from the API body, a card from the
 * card payload. Nothing on the way reads the English message.
 */
describe('problem codes from a refused request to the words a person reads', () => {
  const { bot, ref } = useStartedBot();
  let startsAt: string;

  beforeAll(async () => {
    startsAt = (await bot.deps.meetings.get(bot.councilId, ref.meetingId))!.value.startsAt;
  });

  /** What a tab form shows next to the field the server named, as the save hook reads the refusal. */
  function besideField(error: unknown, language: Language) {
    const why = saveFailure(error, textsFor(language).editing);
    return why.kind === 'field' ? { kind: 'field', field: why.field, text: problemText(why.problem, language) } : why;
  }

  /** The refusal as the tab's own API client throws it. */
  async function refusal(body: Record<string, unknown>): Promise<ApiError> {
    const client = createApiClient({ baseUrl: bot.running.baseUrl, devUserId: PEOPLE.alex.aadObjectId });
    const path = `/api/councils/${bot.councilId}/meetings/${ref.meetingId}/input-requests`;
    const request = {
      id: randomUUID(),
      questions: [{ text: 'Hva bør utvalget prioritere?' }],
      deadline: new Date(Date.parse(startsAt) - 2 * 86_400_000).toISOString(),
      askedMemberIds: [],
      ...body,
    };
    const failed = await client.request('POST', path, { body: request }).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (!(failed instanceof ApiError)) throw new Error('expected a refusal');
    return failed;
  }

  describe('tab: API body → ApiError → the text next to the field', () => {
    it.each<[Language, string]>([
      ['nb', 'For lang tekst: høyst 1000 tegn.'],
      ['nn', 'For lang tekst: høgst 1000 teikn.'],
      ['en', 'Too long: at most 1000 characters.'],
    ])('a question over the limit reads in %s with the limit from the server', async (language, text) => {
      const error = await refusal({ questions: [{ text: 'x'.repeat(1001) }] });
      expect(error).toMatchObject({ status: 400, code: 'invalidValue', field: 'questions.0.text' });
      expect(error.problem).toEqual({ problem: 'tooLong', params: { max: 1000 } });
      expect(besideField(error, language)).toEqual({ kind: 'field', field: 'questions.0.text', text });
      // The input form words it for its own field, from the same code and limit.
      const m = textsFor(language).inputs;
      expect(inputFieldProblem(error.field ?? '', problemOfError(error), m, language)).toEqual({
        key: 'question-0',
        text: m.questionTooLong(1000),
      });
    });

    it.each<[Language, string]>([
      ['nb', 'Fristen må være fram i tid.'],
      ['nn', 'Fristen må vere fram i tid.'],
      ['en', 'The deadline must be in the future.'],
    ])('a deadline in the past (a domain rule, not a schema) reads in %s', async (language, text) => {
      const error = await refusal({ deadline: new Date(bot.now.getTime() - 60_000).toISOString() });
      expect(error.problem).toEqual({ problem: 'notInFuture' });
      expect(besideField(error, language)).toEqual({ kind: 'field', field: 'deadline', text });
    });

    it('a reworded English message shows the same text: the tab ignores the message', async () => {
      const error = await refusal({ questions: [{ text: 'x'.repeat(1001) }] });
      const reworded = new ApiError(
        error.status,
        error.code,
        'Something else entirely: required, https',
        error.field,
        error.problem,
      );
      expect(besideField(reworded, 'nb')).toEqual(besideField(error, 'nb'));
      expect(besideField(reworded, 'nb')).toMatchObject({ text: 'For lang tekst: høyst 1000 tegn.' });
    });
  });

  describe('card: card payload → the form again with the problem named in the member’s language', () => {
    beforeAll(async () => {
      const isaiah = await bot.deps.members.get(bot.councilId, PEOPLE.isaiah.aadObjectId);
      await bot.deps.members.update({ ...isaiah!.value, language: 'en' }, isaiah!.etag);
    });

    it.each([
      [
        PEOPLE.megan,
        ['Dette må fylles ut.', 'For lang tekst: høyst 120 tegn.', 'Skriv en nettadresse som begynner med https://'],
      ],
      [
        PEOPLE.lynne,
        ['Dette må fyllast ut.', 'For lang tekst: høgst 120 teikn.', 'Skriv ei nettadresse som byrjar med https://'],
      ],
      [
        PEOPLE.isaiah,
        ['Please fill this in.', 'Too long: at most 120 characters.', 'Enter a web address starting with https://'],
      ],
    ])('%s', async (person, problems) => {
      const reply = await bot.press(person, 'submitProposal', {
        formId: randomUUID(),
        meeting: `${bot.councilId}~${ref.meetingId}`,
        title: '   ',
        kind: 'decision',
        presenter: 'P'.repeat(121),
        link: 'javascript:alert(1)',
      });
      // The summary line first, then each field's problem under it.
      expect(reply.card?.problems.slice(1)).toEqual(problems);
    });
  });
});
