import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { idSchema, requiredText } from './domain-schemas';
import { optional, optionalText, optionalUrl } from './optional-fields';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date YYYY-MM-DD' });
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'a time HH:mm' });
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, { message: 'a date and time YYYY-MM-DDTHH:mm' });

/** Times are the council's wall-clock time; the server turns them into instants in the council's zone. */
const meetingDetails = {
  date: localDate,
  startTime: localTime,
  endTime: localTime,
  place: optionalText(LIMITS.place),
  onlineLink: optionalUrl,
};

/** A new meeting. `requestId` is made when the form opens, so sending the same form twice creates one meeting. */
export const createMeetingSchema = z.strictObject({
  ...meetingDetails,
  proposalDeadline: optional(localDateTime),
  noticeDeadline: optional(localDateTime),
  requestId: idSchema,
});

/** Editing replaces every editable field; the deadlines are sent as shown in the form. */
export const updateMeetingSchema = z.strictObject({
  ...meetingDetails,
  proposalDeadline: localDateTime,
  noticeDeadline: localDateTime,
});

export const cancelMeetingSchema = z.strictObject({ reason: requiredText(LIMITS.reason) });
