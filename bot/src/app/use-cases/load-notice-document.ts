import type { DocumentModel, DocumentVersion } from '../../documents/model/document-model';
import { buildNoticeDocument } from '../../documents/model/notice-document';
import type { Language } from '../../domain/language';
import { textsFor } from '../../texts/catalogue';
import { meetingPackageFor, NO_PARTICULAR_READER, readerOf } from '../support/meeting-package-for';
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
 * member of the council, with the same two round trips as the package (the same reads). The
 * full version holds what this reader may see (apology reasons and others'
 * input as the package allows them); the public version is made from a
 * package for no particular reader, so it is the same whoever downloads it
 * (the secretary sending it to someone who asked for it under offentleglova).
 */
export async function loadNoticeDocument(deps: AppDeps, input: LoadNoticeDocumentInput): Promise<DocumentModel> {
  const { principal, councilId, meetingId, version } = input;
  const scope = await loadScope(deps, { principal, councilId, meetingId });
  const pkg = await meetingPackageFor(deps, scope, version === 'public' ? NO_PARTICULAR_READER : readerOf(scope.me));
  const { council } = scope;
  const language = input.language ?? council.value.language;
  return buildNoticeDocument({ pkg, version, language, texts: textsFor(language) });
}
