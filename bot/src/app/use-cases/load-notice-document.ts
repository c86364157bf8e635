import type { DocumentModel } from '../../documents/model/document-model';
import { buildNoticeDocument, type DocumentVersion } from '../../documents/model/notice-document';
import type { Language } from '../../domain/language';
import { buildMeetingPackage } from '../../domain/meeting-package';
import { canManageMeetings } from '../../domain/member';
import { textsFor } from '../../texts/catalogue';
import { loadScope } from '../scope/request-scope';
import type { AppDeps, Principal } from '../deps';

export interface LoadNoticeDocumentInput {
  principal: Principal;
  councilId: string;
  meetingId: string;
  version: DocumentVersion;
  /** A chosen language; absent: the council's (a case document is written in the council's language). */
  language?: Language;
}

/**
 * The notice (innkalling) of a meeting as a document model, for any active
 * member of the council, with the same two round trips as the package. The
 * full version holds what this reader may see (apology reasons and others'
 * input as the package allows them); the public version is made from a
 * package for no particular reader, so it is the same whoever downloads it
 * (the secretary sending it to someone who asked for it under offentleglova).
 */
export async function loadNoticeDocument(deps: AppDeps, input: LoadNoticeDocumentInput): Promise<DocumentModel> {
  const { principal, councilId, meetingId, version } = input;
  const { council, roster, me, meeting, work, now } = await loadScope(deps, { principal, councilId, meetingId, withWork: true });
  const reader =
    version === 'public' ? { memberId: '', canManage: false } : { memberId: me.aadObjectId, canManage: canManageMeetings(me) };
  const pkg = buildMeetingPackage(
    council.value,
    meeting.value,
    roster.map((m) => m.value),
    {
      items: work.item.map((r) => r.value),
      proposals: work.proposal.map((r) => r.value),
      attendance: work.attendance.map((r) => r.value),
      inputRequests: work.inputRequest.map((r) => r.value),
      inputs: work.input.map((r) => r.value),
      publications: work.publication.map((r) => r.value),
    },
    now,
    reader,
  );
  const language = input.language ?? council.value.language;
  return buildNoticeDocument({ pkg, version, language, texts: textsFor(language) });
}
