import type { AppDeps, Principal } from '../app/deps';
import type { Messenger, WorkChange } from '../app/ports';
import { addPostponedItem } from '../app/use-cases/add-postponed-item';
import { approveMinutes } from '../app/use-cases/approve-minutes';
import { correctActualAttendance } from '../app/use-cases/correct-attendance';
import { createFollowUp } from '../app/use-cases/create-follow-up';
import { holdMeeting } from '../app/use-cases/hold-meeting';
import { markFollowUpDoneFor } from '../app/use-cases/mark-follow-up-done';
import { nameMinuteTaker } from '../app/use-cases/name-minute-taker';
import { publishNotice } from '../app/use-cases/publish-notice';
import { saveMinutesItem } from '../app/use-cases/save-minutes-item';
import { sendMinutesForApproval } from '../app/use-cases/send-minutes-for-approval';
import type { MinutesReply } from '../contracts/minutes';
import type { DemoPastMeeting } from './demo-history';
import { DEMO_COUNCIL_ID, DEMO_SECRETARY, DEMO_TENANT_ID } from './demo-ids';

/**
 * The demo's past happened before anyone opened the Playground: its channel
 * posts (the notices, "minutes ready for approval") are not sent while seeding,
 * and are stored as the channel not reached. So `npm start` never posts weeks-old
 * cards, a second start (the council is there) posts nothing either, and the
 * secretary can still post the newer minutes' card from the tab ("Send til
 * godkjenning" again) once the Playground's channel is known.
 */
const NOTHING_SENT: Messenger = {
  sendToMember: () => Promise.resolve('unreachable'),
  postToChannel: () => Promise.resolve('unreachable'),
};

const as = (aadObjectId: string): Principal => ({ tenantId: DEMO_TENANT_ID, aadObjectId });
const secretary = as(DEMO_SECRETARY);

/** The use cases' deps with the clock stopped at `at` (an ISO time of the demo's past) and nothing sent. */
function at(deps: AppDeps, iso: string): AppDeps {
  const moment = new Date(iso);
  return { ...deps, messenger: NOTHING_SENT, clock: () => moment };
}

/** Creates a past meeting as it was while collecting, before its notice. */
export async function createPastMeeting(deps: AppDeps, past: DemoPastMeeting): Promise<void> {
  await deps.meetings.create(past.meeting);
  await deps.work.apply(DEMO_COUNCIL_ID, past.meeting.id, [
    ...past.items.map((value): WorkChange => ({ op: 'create', kind: 'item', value })),
    ...past.attendance.map((value): WorkChange => ({ op: 'create', kind: 'attendance', value })),
  ]);
}

/**
 * Plays a past meeting through the use cases, each at its moment: the item an
 * earlier meeting postponed taken up, the notice published, the meeting held
 * with attendance corrected, the minute-taker named, each item's part written,
 * the follow-ups written down (and done), the minutes sent for approval.
 */
export async function holdPastMeeting(deps: AppDeps, past: DemoPastMeeting): Promise<void> {
  const target = { councilId: DEMO_COUNCIL_ID, meetingId: past.meeting.id };
  if (past.takenUp) {
    const { fromMeetingId, fromItemId, itemId } = past.takenUp;
    await addPostponedItem(at(deps, past.takenUp.at), { principal: secretary, ...target, fromMeetingId, fromItemId, itemId });
  }
  const collecting = await meetingEtag(deps, past);
  const notice = await publishNotice(at(deps, past.noticeAt), { principal: secretary, ...target, ifMatch: collecting });
  await holdMeeting(at(deps, past.heldAt), { principal: secretary, ...target, ifMatch: notice.etag, noticeSentElsewhere: false });
  let reply: MinutesReply = await correctActualAttendance(at(deps, past.heldAt), {
    principal: secretary,
    ...target,
    ifMatch: await minutesEtag(deps, past),
    corrections: past.attendanceCorrections,
  });
  reply = await nameMinuteTaker(at(deps, past.heldAt), {
    principal: secretary,
    ...target,
    ifMatch: reply.minutes!.etag,
    minuteTakerId: past.minuteTakerId,
  });
  const writing = at(deps, past.writtenAt);
  for (const { itemId, ...fields } of past.parts) {
    const part = reply.minutes!.draft.items.find((i) => i.itemId === itemId)!.part;
    reply = await saveMinutesItem(writing, {
      principal: as(past.minuteTakerId),
      ...target,
      itemId,
      ifMatch: reply.minutes!.partEtags[itemId]!,
      fields: {
        notes: fields.notes ?? part.notes,
        qa: fields.qa ?? part.qa,
        decision: fields.decision ?? part.decision,
        notReached: fields.notReached ?? part.notReached,
      },
    });
  }
  for (const { id, done, ...fields } of past.followUps) {
    await createFollowUp(writing, { principal: secretary, ...target, followUpId: id, fields });
    if (done) {
      await markFollowUpDoneFor(at(deps, done.at), {
        principal: as(fields.responsibleId),
        councilId: DEMO_COUNCIL_ID,
        followUpId: id,
        note: done.note,
      });
    }
  }
  await sendMinutesForApproval(at(deps, past.sentForApprovalAt), {
    principal: secretary,
    ...target,
    ifMatch: reply.minutes!.etag,
  });
}

/** Records the approval the next meeting gave under its first item (the reasons not allowed into the minutes are deleted). */
export async function approvePastMinutes(deps: AppDeps, past: DemoPastMeeting): Promise<void> {
  if (!past.approval) return;
  await approveMinutes(at(deps, past.approval.at), {
    principal: secretary,
    councilId: DEMO_COUNCIL_ID,
    meetingId: past.meeting.id,
    ifMatch: await minutesEtag(deps, past),
    ...(past.approval.corrections !== undefined && { corrections: past.approval.corrections }),
  });
}

async function meetingEtag(deps: AppDeps, past: DemoPastMeeting): Promise<string> {
  const meeting = await deps.meetings.get(DEMO_COUNCIL_ID, past.meeting.id);
  if (!meeting) throw new Error(`demo meeting ${past.meeting.id} vanished while seeding`);
  return meeting.etag;
}

async function minutesEtag(deps: AppDeps, past: DemoPastMeeting): Promise<string> {
  const minutes = (await deps.work.load(DEMO_COUNCIL_ID, past.meeting.id)).minutes[0];
  if (!minutes) throw new Error(`demo meeting ${past.meeting.id} has no minutes after it was held`);
  return minutes.etag;
}
