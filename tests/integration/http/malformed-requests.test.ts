import { DEMO_COUNCIL_ID } from '../../../bot/src/dev/demo-ids';
import { startTestApp, type RunningTestApp } from '../../support/test-app';

/**
 * What restify refuses before any route runs gets the same error shape as
 * every other refusal, so the tab can say what went wrong, and nothing is stored.
 */
describe('requests the server cannot read', () => {
  let running: RunningTestApp;
  beforeAll(async () => {
    running = await startTestApp();
  });
  afterAll(() => running.close());

  const meetingsPath = () => `${running.baseUrl}/api/councils/${DEMO_COUNCIL_ID}/meetings`;
  const send = async (url: string, init: RequestInit) => {
    const response = await fetch(url, init);
    return {
      status: response.status,
      body: (await response.json()) as { error?: { code?: string; field?: string; message?: string } },
    };
  };
  const meetingCount = async () => (await running.app.deps.meetings.list(DEMO_COUNCIL_ID)).length;

  it('answers a body that is not JSON with 400 naming the body, and stores nothing', async () => {
    const before = await meetingCount();
    const reply = await send(meetingsPath(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"date": "2027-',
    });
    expect(reply).toEqual({
      status: 400,
      body: {
        error: {
          code: 'invalidValue',
          field: 'body',
          problem: 'notJson',
          params: {},
          message: 'The request body is not valid JSON',
        },
      },
    });
    expect(await meetingCount()).toBe(before);
  });

  it('answers a body that is not JSON at all (text/plain) with 415 in the same shape', async () => {
    const reply = await send(meetingsPath(), { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hei' });
    expect(reply.status).toBe(415);
    expect(reply.body.error).toMatchObject({ code: 'invalidValue', field: 'body', problem: 'notJson' });
  });

  it.each([
    [
      'a form-encoded body',
      'application/x-www-form-urlencoded',
      'date=2027-03-10&startTime=10%3A00&endTime=12%3A00&requestId=f1',
    ],
    [
      'a multipart form',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="date"\r\n\r\n2027-03-10\r\n--x--\r\n',
    ],
    ['a body with no media type', '', '{"date":"2027-03-10"}'],
  ])(
    'answers %s with 415 in the same shape, and stores nothing (a plain HTML form on another site cannot drive the API)',
    async (_name, type, body) => {
      const before = await meetingCount();
      const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
      const reply = await send(meetingsPath(), { method: 'POST', headers, body: type ? body : new Blob([body]) });
      expect(reply.status).toBe(415);
      expect(reply.body.error).toMatchObject({ code: 'invalidValue', field: 'body', problem: 'notJson' });
      expect(await meetingCount()).toBe(before);
    },
  );

  it('takes JSON with a charset', async () => {
    const reply = await send(meetingsPath(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: '{}',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.field).not.toBe('body');
  });

  it('answers a body over the size limit with 413 in the same shape, and stores nothing', async () => {
    const before = await meetingCount();
    const body = JSON.stringify({
      date: '2027-03-10',
      startTime: '10:00',
      endTime: '12:00',
      place: 'x'.repeat(300_000),
      requestId: 'big',
    });
    const reply = await send(meetingsPath(), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(reply.status).toBe(413);
    expect(reply.body.error).toMatchObject({ code: 'invalidValue', field: 'body', problem: 'tooMuchData', params: {} });
    expect(await meetingCount()).toBe(before);
  });

  it('answers an address no route has with 404 without repeating the address', async () => {
    const long = 'x'.repeat(300);
    const reply = await send(`${running.baseUrl}/api/councils/${long}/nothing-here`, { method: 'GET' });
    expect(reply.status).toBe(404);
    expect(reply.body.error?.code).toBe('notFound');
    expect(JSON.stringify(reply.body)).not.toContain(long);
  });
});
