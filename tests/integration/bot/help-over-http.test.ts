import { DEMO_CHAIR, DEMO_MEMBERS, DEMO_TENANT_ID } from '../../../bot/src/dev/demo-ids';
import { botAddedToTeam, personalMessage, postActivity } from '../../support/activities';
import type { RecordedCall } from '../../support/connector-recorder';
import { useRecordedTestApp } from '../../support/test-app';

interface SentActivity {
  type?: string;
  replyToId?: string;
  attachments?: {
    contentType: string;
    content: { type: string; body: { type: string; text?: string; facts?: { title: string }[] }[] };
  }[];
}

function cardOf(call: RecordedCall): { texts: string[]; factTitles: string[] } {
  const activity = call.body as SentActivity;
  const attachment = activity.attachments?.[0];
  expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
  const body = attachment?.content.body ?? [];
  return {
    texts: body.filter((b) => b.type === 'TextBlock').map((b) => b.text ?? ''),
    factTitles: body.flatMap((b) => b.facts ?? []).map((f) => f.title),
  };
}

describe('the bot over real HTTP, replying to the activity serviceUrl', () => {
  const served = useRecordedTestApp();
  const { recorder } = served;

  const replyTo = (activityId: string) => (c: RecordedCall) =>
    c.method === 'POST' && c.path.includes(`/activities/${encodeURIComponent(activityId)}`);

  it('answers "hjelp" from a council member with the help card in bokmål', async () => {
    const activity = personalMessage(recorder.url, { aadObjectId: DEMO_CHAIR, name: 'Megan Bowen' }, 'hjelp');
    const response = await postActivity(served.running.baseUrl, activity);
    expect(response.status).toBeLessThan(300);
    const card = cardOf(await recorder.waitFor(replyTo(activity['id'] as string)));
    expect(card.texts[0]).toBe('Hei! Jeg er Utvalg');
    expect(card.factTitles).toContain('hjelp');
    expect(card.texts.join(' ')).not.toContain('ikke registrert');
  });

  it('answers a member who chose nynorsk in nynorsk, whatever their client locale', async () => {
    const activity = personalMessage(recorder.url, { aadObjectId: DEMO_MEMBERS.lynne, name: 'Lynne Robbins' }, 'Hei!', {
      locale: 'en-US',
    });
    await postActivity(served.running.baseUrl, activity);
    const card = cardOf(await recorder.waitFor(replyTo(activity['id'] as string)));
    expect(card.texts[0]).toBe('Hei! Eg er Utvalg');
  });

  it('answers a stranger in the language of their client, with a hint to ask the secretary', async () => {
    const activity = personalMessage(recorder.url, { aadObjectId: 'someone-else', name: 'Stranger' }, 'help', {
      locale: 'en-GB',
    });
    await postActivity(served.running.baseUrl, activity);
    const card = cardOf(await recorder.waitFor(replyTo(activity['id'] as string)));
    expect(card.texts[0]).toBe("Hi! I'm Utvalg");
    expect(card.factTitles).toContain('help');
    expect(card.texts.join(' ')).toContain('Ask the secretary');
  });

  it('answers unknown text with the help card, not silence', async () => {
    const activity = personalMessage(recorder.url, { aadObjectId: DEMO_CHAIR, name: 'Megan Bowen' }, 'hva skjer på neste møte?');
    await postActivity(served.running.baseUrl, activity);
    const card = cardOf(await recorder.waitFor(replyTo(activity['id'] as string)));
    expect(card.texts[0]).toBe('Hei! Jeg er Utvalg');
  });

  it('stores the personal conversation reference of someone who writes to it', async () => {
    const activity = personalMessage(recorder.url, { aadObjectId: DEMO_MEMBERS.adele, name: 'Adele Vance' }, 'hjelp');
    await postActivity(served.running.baseUrl, activity);
    await recorder.waitFor(replyTo(activity['id'] as string));
    const stored = await served.running.app.deps.conversations.get(DEMO_TENANT_ID, `user:${DEMO_MEMBERS.adele}`);
    expect(stored?.reference['serviceUrl']).toBe(recorder.url);
    expect((stored?.reference['conversation'] as { id: string }).id).toBe(`a:personal-${DEMO_MEMBERS.adele}`);
  });

  it('stores the team channel and the added members when installed in a team', async () => {
    const teamId = '19:demo-team@thread.tacv2';
    recorder.members.set(`29:${DEMO_MEMBERS.patti}`, {
      id: `29:${DEMO_MEMBERS.patti}`,
      name: 'Patti Fernandez',
      aadObjectId: DEMO_MEMBERS.patti,
      userPrincipalName: 'patti@example.org',
    });
    const activity = botAddedToTeam(recorder.url, teamId, { aadObjectId: DEMO_CHAIR, name: 'Megan Bowen' }, [
      { aadObjectId: DEMO_MEMBERS.patti, name: 'Patti Fernandez' },
    ]);
    const response = await postActivity(served.running.baseUrl, activity);
    expect(response.status).toBeLessThan(300);
    const team = await served.running.app.deps.conversations.get(DEMO_TENANT_ID, `team:${teamId}`);
    expect((team?.reference['conversation'] as { id: string }).id).toBe(teamId);
    const member = await served.running.app.deps.conversations.get(DEMO_TENANT_ID, `member:${DEMO_MEMBERS.patti}`);
    expect((member?.reference['user'] as { id: string }).id).toBe(`29:${DEMO_MEMBERS.patti}`);
  });

  it('refuses a body that is not an activity without crashing the server', async () => {
    const bad = await fetch(`${served.running.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"type": 42',
    });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expect(bad.status).toBeLessThan(500);
    const health = await fetch(`${served.running.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  });
});
