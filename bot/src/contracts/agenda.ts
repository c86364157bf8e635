// The proposals inbox and the agenda builder (bot/src/http/routes/proposal-routes.ts, agenda-routes.ts).
import type { AgendaAttachment, AgendaItem, ItemKind } from '../domain/agenda';
import type { AgendaView } from '../domain/agenda-view';
import type { AgendaProposal } from '../domain/proposal';
import type { DecisionNotification, ProposalInbox } from '../domain/proposal-inbox';

/** Every agenda answer: the whole agenda afresh; a single-item change adds that item with its new ETag. */
export interface AgendaReply {
  agenda: AgendaView;
  item?: AgendaItem;
  etag?: string;
}

export interface InboxReply {
  inbox: ProposalInbox;
}

/** Accept, defer, merge or decline: the decided proposal, whether the proposer was told, and the inbox afresh. */
export interface DecisionReply {
  proposal: AgendaProposal;
  etag: string;
  notification: DecisionNotification;
  repeated: boolean;
  inbox: ProposalInbox;
}

/** What the item form sends (POST …/agenda, PUT …/agenda/:itemId). */
export interface AgendaItemInput {
  title: string;
  kind: ItemKind;
  responsible?: string;
  description?: string;
  plannedMinutes?: number;
  attachments: AgendaAttachment[];
  /** `publicTitle` absent: the public version says "Unntatt offentlighet" in its language. */
  exempt?: { legalBasis: string; publicTitle?: string };
}
