import type { DocumentModel, DocumentVersion } from '../../documents/model/document-model';
import { buildMinutesDocument } from '../../documents/model/minutes-document';
import { Forbidden } from '../../domain/errors';
import type { Language } from '../../domain/language';
import { canReadMinutes, canWriteMinutes } from '../../domain/minutes-approval';
import { minutesRecord } from '../../domain/minutes-record';
import { textsFor } from '../../texts/catalogue';
import { membersOf } from '../scope/request-scope';
import { loadMinutesScope } from '../support/minutes-scope';
import type { AppDeps, Principal } from '../deps';
import { draftFor } from './load-minutes';

export interface LoadMinutesDocumentInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  version: DocumentVersion;
  /** A chosen language; absent: the council's (a case document is written in the council's language). */
  language?: Language;
}

/**
 * The minutes (referat) of a held meeting as a document model, for whoever may
 * read them in the minutes view (load-minutes.ts): the secretary, the chair
 * and the minute-taker always, members once the draft is sent for approval —
 * the public version too, since an unsent draft is work in progress, not a
 * case document yet. No minutes yet (the meeting not held) is a 404. The full
 * version holds what this reader sees in the view (written input for the
 * writers only); the public version is the same whoever downloads it.
 * Round trips: the scope with the working set, then meetings and follow-ups.
 */
export async function loadMinutesDocument(deps: AppDeps, input: LoadMinutesDocumentInput): Promise<DocumentModel> {
  const { version } = input;
  const scope = await loadMinutesScope(deps, { ...input, need: 'read', action: 'read the minutes' });
  const { me, meeting, council, minutes } = scope;
  if (!canReadMinutes(me, meeting.value, minutes.value)) throw new Forbidden('read the draft minutes before they are sent');
  const [meetings, followUps] = await Promise.all([
    deps.meetings.list(council.value.id),
    deps.followUps.listAllFollowUps(council.value.id),
  ]);
  const followUpValues = followUps.map((r) => r.value);
  const draft = draftFor(
    scope,
    minutes.value,
    meetings.map((m) => m.value),
    followUpValues,
  );
  // As in the view: written input is the writers' material.
  if (!canWriteMinutes(me, minutes.value)) for (const item of draft.items) item.writtenInput = [];
  const record = minutesRecord({ draft, minutes: minutes.value, followUps: followUpValues, roster: membersOf(scope) });
  const language = input.language ?? council.value.language;
  return buildMinutesDocument({ record, timeZone: council.value.timeZone, version, language, texts: textsFor(language) });
}
