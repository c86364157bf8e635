// Shapes of the proposals inbox and agenda builder API (bot/src/http/routes/proposal-routes.ts, agenda-routes.ts).
import type { AgendaAttachment, AgendaItem, ItemKind } from '../../../bot/src/domain/agenda';
import type { AgendaEntry, AgendaView } from '../../../bot/src/domain/agenda-view';
import type { AgendaProposal } from '../../../bot/src/domain/proposal';
import type { DecisionNotification, InboxEntry, ProposalInbox } from '../../../bot/src/domain/proposal-inbox';

export type { AgendaEntry, AgendaView, DecisionNotification, InboxEntry, ProposalInbox };

export interface AgendaReply {
  agenda: AgendaView;
  /** The item a single-item change touched, with its new ETag. */
  item?: AgendaItem;
  etag?: string;
}

export interface InboxReply {
  inbox: ProposalInbox;
}

export interface DecisionReply {
  proposal: AgendaProposal;
  etag: string;
  notification: DecisionNotification;
  repeated: boolean;
  inbox: ProposalInbox;
}

/** What the item form sends. */
export interface AgendaItemInput {
  title: string;
  kind: ItemKind;
  responsible?: string;
  description?: string;
  plannedMinutes?: number;
  attachments: AgendaAttachment[];
  exempt?: { legalBasis: string };
}
