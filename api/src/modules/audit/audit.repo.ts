import type { Knex } from 'knex';
import { likePattern } from '../../db/like';
import { pageOf } from '../../db/paging';

export interface AuditRow {
  id: number;
  at: Date;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  ip: string | null;
}

export async function insertAudit(trx: Knex, row: Omit<AuditRow, 'id' | 'at'>): Promise<void> {
  await trx('audit_log').insert({
    ...row,
    // jsonb columns: pass JSON text so arrays are not mistaken for Postgres arrays.
    before: row.before === undefined || row.before === null ? null : JSON.stringify(row.before),
    after: row.after === undefined || row.after === null ? null : JSON.stringify(row.after),
  });
}

export interface AuditFilter {
  q?: string;
  actorId?: number;
  entity?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
  desc: boolean;
}

export async function listAudit(db: Knex, f: AuditFilter): Promise<{ items: AuditRow[]; total: number }> {
  const base = db('audit_log').modify((qb) => {
    if (f.actorId) qb.where('actor_id', f.actorId);
    if (f.entity) qb.where('entity', f.entity);
    if (f.entityId) qb.where('entity_id', f.entityId);
    if (f.action) qb.where('action', f.action);
    if (f.from) qb.where('at', '>=', f.from);
    // `to` is a calendar day, inclusive: everything before the next midnight.
    if (f.to) qb.where('at', '<', db.raw(`?::date + 1`, [f.to]));
    if (f.q) {
      const like = likePattern(f.q);
      qb.where((w) =>
        w
          .whereILike('actor_name', like)
          .orWhereILike('action', like)
          .orWhereILike('entity', like)
          .orWhereILike('entity_id', like)
          .orWhereRaw(`after::text ilike ?`, [like])
          .orWhereRaw(`before::text ilike ?`, [like]),
      );
    }
  });
  return pageOf(base, f, (qb) =>
    qb
      .orderBy('id', f.desc ? 'desc' : 'asc')
      .select('*'),
  );
}

export async function distinctAuditValues(db: Knex): Promise<{ entities: string[]; actions: string[] }> {
  const entities = await db('audit_log').distinct('entity').orderBy('entity').pluck('entity');
  const actions = await db('audit_log').distinct('action').orderBy('action').pluck('action');
  return { entities, actions };
}
