/**
 * The record that a member was told 1:1 about an input request. One row per
 * member and request, claimed before the message is sent (Company
 * Communicator's pattern), so a retried create never tells anyone twice.
 */
export const INPUT_NOTICE_STATUSES = ['sending', 'sent', 'unreachable', 'failed'] as const;
export type InputNoticeStatus = (typeof INPUT_NOTICE_STATUSES)[number];

export interface InputNotice {
  meetingId: string;
  requestId: string;
  memberId: string;
  /** 'sending' until Teams answered; 'failed' when Teams refused for another reason than an unreachable recipient. */
  status: InputNoticeStatus;
  at: string;
  /** Why a send failed, for whoever looks into it. */
  detail?: string;
}

/** The secretary should contact these members another way. */
export function couldNotReach(notice: InputNotice): boolean {
  return notice.status === 'unreachable' || notice.status === 'failed';
}
