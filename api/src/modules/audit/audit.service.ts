import type { Knex } from 'knex';
import type { AuditAction, AuditEntity } from '@portal/domain';
import type { Actor } from '../../http/route';
import { distinctAuditValues, insertAudit, listAudit, type AuditFilter } from './audit.repo';

/** Fields that never go into the trail, whatever entity they sit on. */
const SECRET_FIELDS = new Set(['password_hash', 'password', 'csrf_token']);

function redact(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value ?? null;
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !SECRET_FIELDS.has(k))
      .map(([k, v]) => [k, redact(v)]),
  );
}

export interface AuditEntry {
  /** Labelled in domain/'s AUDIT_ACTION_LABELS: an unlabelled code does not compile. */
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/**
 * Records one write. Call it with the same transaction as the change itself, so
 * the trail and the data can never disagree (DESIGN.md: every write, one transaction).
 */
export async function audit(trx: Knex, actor: Actor, entry: AuditEntry): Promise<void> {
  await insertAudit(trx, {
    actor_id: actor.userId,
    actor_name: actor.name,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId == null ? null : String(entry.entityId),
    before: redact(entry.before),
    after: redact(entry.after),
    request_id: actor.requestId || null,
    ip: actor.ip,
  });
}

export async function browseAudit(db: Knex, filter: AuditFilter) {
  const { items, total } = await listAudit(db, filter);
  return {
    items: items.map((r) => ({
      id: r.id,
      at: r.at,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      requestId: r.request_id,
      ip: r.ip,
    })),
    total,
  };
}

export const auditFacets = distinctAuditValues;
