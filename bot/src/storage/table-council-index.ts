import type { TableClient } from '@azure/data-tables';
import { odata } from '@azure/data-tables';
import { z } from 'zod';
import type { Versioned } from '../app/ports';
import type { PendingSetup } from '../domain/council-setup';
import { ConcurrentEdit, InvalidValue } from '../domain/errors';
import { LIMITS } from '../domain/limits';
import { MAX_SETUP_CARDS } from '../domain/setup-cards';
import { idSchema, isoInstant, languageSchema } from '../schemas/domain-schemas';
import { decodeValue, encodeValue } from './json-row';
import { JsonTable } from './json-table';
import { isConflict, isNotFound } from './storage-errors';
import type { TableClientFactory } from './table-storage';

const teamIdSchema = z.string().min(1).max(200);
const teamLinkSchema = z.object({ councilId: idSchema });
const regionalSchema = z.object({ councilId: idSchema });
/** Exported for the in-memory fake, which must refuse what this table refuses. */
export const pendingSetupSchema = z.object({
  tenantId: idSchema,
  teamId: teamIdSchema,
  teamName: z.string().max(LIMITS.councilName).optional(),
  channelId: teamIdSchema.optional(),
  installer: z.object({ aadObjectId: idSchema, teamsUserId: z.string().min(1).max(200), name: z.string().max(LIMITS.name) }),
  language: languageSchema,
  startedAt: isoInstant,
  // Rows written before setup cards were kept have none.
  cards: z
    .array(
      z.object({
        conversationId: z.string().min(1).max(300),
        activityId: z.string().min(1).max(300),
        postedAt: isoInstant,
        confirmed: z.boolean().optional(),
      }),
    )
    .max(MAX_SETUP_CARDS)
    .default([]),
  posting: z.object({ claimId: z.string().min(1).max(300), at: isoInstant }).optional(),
}) satisfies z.ZodType<PendingSetup>;

/**
 * CouncilIndex: lookups the councils table cannot answer by key. One
 * partition per question and tenant, so each is a point read or one
 * partition query:
 * - `team~<tenant>` / team id → the council linked to the team (written last in setup: it means "set up");
 * - `regional~<tenant>` / council id → the tenant's regional councils (pointers; readers re-check the council);
 * - `setup~<tenant>` / team id → who is setting up the team's council, and its setup cards (ETag-checked).
 */
export class TableCouncilIndex {
  private readonly client: TableClient;
  private readonly pendingSetups: JsonTable<PendingSetup>;
  constructor(tables: TableClientFactory) {
    this.client = tables('councilIndex');
    // 'pendingSetup' is the row kind these rows have always had.
    this.pendingSetups = new JsonTable(this.client, pendingSetupSchema, 'pendingSetup');
  }

  async councilIdOfTeam(tenantId: string, teamId: string): Promise<string | undefined> {
    const row = await this.read(`team~${tenantId}`, keyOf(teamId), teamLinkSchema, 'team link');
    return row?.councilId;
  }

  /** Create-if-absent, so two setups racing for one team cannot both link it. */
  async linkTeam(tenantId: string, teamId: string, councilId: string): Promise<void> {
    const data = encodeValue(teamLinkSchema, { councilId });
    try {
      await this.client.createEntity({ partitionKey: `team~${tenantId}`, rowKey: keyOf(teamId), kind: 'teamLink', data });
    } catch (error) {
      if (!isConflict(error)) throw error;
      const linked = await this.councilIdOfTeam(tenantId, teamId);
      if (linked !== councilId) throw new ConcurrentEdit('team link');
    }
  }

  /** Idempotent; a pointer to a council that is no longer regional is filtered out by the reader. */
  async addRegional(tenantId: string, councilId: string): Promise<void> {
    const data = encodeValue(regionalSchema, { councilId });
    await this.client.upsertEntity(
      { partitionKey: `regional~${tenantId}`, rowKey: councilId, kind: 'regional', data },
      'Replace',
    );
  }

  async regionalCouncilIds(tenantId: string): Promise<string[]> {
    const ids: string[] = [];
    const query = this.client.listEntities<Record<string, unknown>>({
      queryOptions: { filter: odata`PartitionKey eq ${`regional~${tenantId}`}` },
    });
    for await (const entity of query) ids.push(decodeValue(regionalSchema, entity, 'regional council').councilId);
    return ids;
  }

  getPendingSetup(tenantId: string, teamId: string): Promise<Versioned<PendingSetup> | undefined> {
    return this.pendingSetups.get(`setup~${tenantId}`, keyOf(teamId));
  }

  createPendingSetup(setup: PendingSetup): Promise<Versioned<PendingSetup>> {
    return this.pendingSetups.create(`setup~${setup.tenantId}`, keyOf(setup.teamId), setup);
  }

  updatePendingSetup(setup: PendingSetup, etag: string): Promise<Versioned<PendingSetup>> {
    return this.pendingSetups.update(`setup~${setup.tenantId}`, keyOf(setup.teamId), setup, etag);
  }

  private async read<T>(partitionKey: string, rowKey: string, schema: z.ZodType<T>, what: string): Promise<T | undefined> {
    try {
      const entity = await this.client.getEntity<Record<string, unknown>>(partitionKey, rowKey);
      return decodeValue(schema, entity, what);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

/** RowKeys may not contain / \ # ?; Teams ids may, so encode them. */
function keyOf(teamId: string): string {
  if (!teamIdSchema.safeParse(teamId).success) throw new InvalidValue('teamId', { problem: 'invalid' }, 'not a Teams team id');
  return encodeURIComponent(teamId);
}
