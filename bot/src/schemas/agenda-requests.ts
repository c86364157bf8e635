import { z } from 'zod';
import { MAX_ATTACHMENTS_PER_ITEM } from '../domain/attachments';
import { MAX_REORDERED_ITEMS, type AgendaItemFields } from '../domain/agenda-edit';
import { LIMITS } from '../domain/limits';
import { etagSchema } from './etag';
import { attachmentSchema, idSchema, itemKindSchema, requiredText, text } from './domain-schemas';
import type { AgendaItemInput } from '../contracts/agenda';
import type { Check, SameShape } from './same-shape';

/** What the agenda builder sends for an item. Unknown fields are refused (order and numbers are not the client's). */
export const agendaItemFieldsShape = {
  title: requiredText(LIMITS.title),
  kind: itemKindSchema,
  responsible: text(LIMITS.name).optional(),
  description: text(LIMITS.description).optional(),
  plannedMinutes: z.number().int().min(1).max(600).optional(),
  attachments: z.array(attachmentSchema).max(MAX_ATTACHMENTS_PER_ITEM).default([]),
  exempt: z
    .strictObject({ legalBasis: requiredText(LIMITS.reason), publicTitle: requiredText(LIMITS.title).optional() })
    .optional(),
};

export const agendaItemFieldsSchema = z.strictObject(agendaItemFieldsShape);
export const newAgendaItemSchema = z.strictObject({ id: idSchema, ...agendaItemFieldsShape });

export const agendaOrderSchema = z.strictObject({
  items: z
    .array(z.strictObject({ id: idSchema, etag: etagSchema }))
    .max(MAX_REORDERED_ITEMS, { message: `at most ${MAX_REORDERED_ITEMS} items` }),
});

export const postponedItemSchema = z.strictObject({ id: idSchema, fromItemId: idSchema, fromMeetingId: idSchema.optional() });
export const postponedDropSchema = z.strictObject({ reason: requiredText(LIMITS.reason) });
export const postponedMarkSchema = z.strictObject({ postponed: z.boolean() });

// Keeps the body schema in step with the domain type.
type Fields = z.infer<typeof agendaItemFieldsSchema>;
export type FieldsMatchDomain = [Fields extends AgendaItemFields ? true : never, AgendaItemFields extends Fields ? true : never];

/** The item form sends AgendaItemInput; the compiler keeps the schema and that contract in step. */
export type FieldsMatchContract = Check<SameShape<Fields, AgendaItemInput>>;
