import { IllegalTransition, InvalidValue } from '../../../bot/src/domain/errors';
import type { ProposalDecision } from '../../../bot/src/domain/proposal';
import {
  decideProposal,
  deferTargets,
  deferredCopy,
  isRepeatOf,
  itemFromProposal,
  requireDeferTarget,
  requireMergeTarget,
} from '../../../bot/src/domain/proposal-decision';
import { aMeeting, anItem, aProposal } from './builders';

const decision = (action: ProposalDecision['action'], extra: Partial<ProposalDecision> = {}): ProposalDecision => ({
  id: 'd-1',
  action,
  decidedBy: 'secretary',
  decidedAt: '2024-09-05T10:00:00.000Z',
  ...extra,
});
const proposal = aProposal('p-1', 'adele', '2024-09-01T10:00:00.000Z', {
  title: 'Fagdag om veiledning og rus',
  description: 'Vi ønsker utvalgets støtte.',
  kind: 'decision',
  presenter: 'Adele Vance',
  link: 'https://www.nav.no/fagdag',
});

describe('deciding on a proposal', () => {
  it('sets the status, the decision and the reason', () => {
    const declined = decideProposal(proposal, decision('decline'), '  Saken hører hjemme i det lokale utvalget. ');
    expect(declined).toMatchObject({ status: 'declined', decisionReason: 'Saken hører hjemme i det lokale utvalget.' });
    expect(declined.decision?.id).toBe('d-1');
    expect(isRepeatOf(declined, 'd-1')).toBe(true);
    expect(isRepeatOf(declined, 'd-2')).toBe(false);
  });

  it('needs a reason to decline or merge, not to accept or defer', () => {
    expect(() => decideProposal(proposal, decision('decline'), ' ')).toThrow(InvalidValue);
    expect(() => decideProposal(proposal, decision('merge', { agendaItemId: 'nav' }), undefined)).toThrow(InvalidValue);
    expect(decideProposal(proposal, decision('accept'), undefined).status).toBe('accepted');
    expect(decideProposal(proposal, decision('defer'), undefined).decisionReason).toBeUndefined();
  });

  it('decides once: a decided proposal cannot be decided again', () => {
    const accepted = decideProposal(proposal, decision('accept'), undefined);
    expect(() => decideProposal(accepted, decision('decline', { id: 'd-2' }), 'nei')).toThrow(IllegalTransition);
  });
});

describe('an accepted proposal as an agenda item', () => {
  it('takes title, description and kind, the presenter as responsible and the link as an attachment', () => {
    expect(itemFromProposal(proposal, { id: 'i-1', order: 40 })).toEqual({
      id: 'i-1',
      meetingId: proposal.meetingId,
      order: 40,
      title: 'Fagdag om veiledning og rus',
      description: 'Vi ønsker utvalgets støtte.',
      kind: 'decision',
      responsible: 'Adele Vance',
      fromProposalId: 'p-1',
      attachments: [{ title: 'Fagdag om veiledning og rus', url: 'https://www.nav.no/fagdag' }],
    });
  });

  it('keeps a plain http link readable in the description instead of making it an attachment', () => {
    const item = itemFromProposal({ ...proposal, link: 'http://www.nav.no/fagdag' }, { id: 'i-1', order: 40 });
    expect(item.attachments).toBeUndefined();
    expect(item.description).toBe('Vi ønsker utvalgets støtte.\n\nhttp://www.nav.no/fagdag');
  });
});

describe('deferring', () => {
  const from = aMeeting({ id: 'm-sep', startsAt: '2024-09-18T08:00:00.000Z' });
  const meetings = [
    aMeeting({ id: 'm-jun', status: 'archived', startsAt: '2024-06-12T08:00:00.000Z' }),
    from,
    aMeeting({ id: 'm-dec', status: 'planned', startsAt: '2024-12-11T09:00:00.000Z' }),
    aMeeting({ id: 'm-oct', status: 'cancelled', startsAt: '2024-10-16T08:00:00.000Z' }),
    aMeeting({ id: 'm-nov', status: 'collecting', startsAt: '2024-11-20T09:00:00.000Z' }),
  ];
  const now = new Date('2024-09-05T10:00:00Z');

  it('offers the later, open meetings, earliest first', () => {
    expect(deferTargets(meetings, from, now).map((m) => m.id)).toEqual(['m-nov', 'm-dec']);
    expect(() => requireDeferTarget(meetings, from, 'm-oct', now)).toThrow(InvalidValue);
    expect(() => requireDeferTarget(meetings, from, 'm-sep', now)).toThrow(InvalidValue);
    expect(requireDeferTarget(meetings, from, 'm-dec', now).id).toBe('m-dec');
  });

  it('puts a pending copy in the later meeting that points back, keeping proposer and date', () => {
    const copy = deferredCopy(proposal, { meetingId: 'm-nov', proposalId: 'p-copy' });
    expect(copy).toMatchObject({
      id: 'p-copy',
      meetingId: 'm-nov',
      proposerId: 'adele',
      status: 'pending',
      createdAt: proposal.createdAt,
      deferredFrom: { meetingId: proposal.meetingId, proposalId: 'p-1' },
      link: proposal.link,
    });
    expect(copy.decision).toBeUndefined();
  });
});

describe('merging', () => {
  it('needs an item that is on the agenda', () => {
    const items = [anItem('nav', 10), anItem('gone', 20, { removedAt: '2024-09-01T00:00:00.000Z' })];
    expect(requireMergeTarget(items, 'nav').id).toBe('nav');
    expect(() => requireMergeTarget(items, 'gone')).toThrow(InvalidValue);
    expect(() => requireMergeTarget(items, 'ghost')).toThrow(InvalidValue);
  });
});
