import type { Knex } from 'knex';
import type { AuditAction, AuditEntity } from '@portal/domain';
import { Conflict } from '../../http/errors';
import type { Actor } from '../../http/route';
import { audit } from './audit.service';

/** A kind of record as the trail names it, and how its module reads one back as the API shows it (404 when gone). */
export interface AuditedRecord<T> {
  entity: AuditEntity;
  read: (trx: Knex, id: number) => Promise<T>;
}

/**
 * A new record, written once for every module: insert it, read it back as the API shows it, and
 * write the trail row with it, all in the caller's transaction (DESIGN.md: one write, one audit row).
 */
export async function auditedCreate<T>(trx: Knex, actor: Actor, action: AuditAction, record: AuditedRecord<T>, insert: () => Promise<number>): Promise<T> {
  const id = await insert();
  const after = await record.read(trx, id);
  await audit(trx, actor, { action, entity: record.entity, entityId: id, after });
  return after;
}

/**
 * A versioned edit, written once: the record must still have the version its editor read (else 409
 * stale-version), `write` checks the change against it and saves at that version (false when someone
 * saved in between: 409 too), and the trail row holds before and after. `action` may depend on the
 * change (a deactivation is its own entry).
 */
export async function auditedUpdate<T extends { version: number }>(
  trx: Knex,
  actor: Actor,
  record: AuditedRecord<T>,
  edit: { id: number; version: number; action: AuditAction | ((before: T) => AuditAction) },
  write: (before: T) => Promise<boolean>,
): Promise<T> {
  const before = await record.read(trx, edit.id);
  if (before.version !== edit.version) throw Conflict.stale();
  if (!(await write(before))) throw Conflict.stale();
  const after = await record.read(trx, edit.id);
  const action = typeof edit.action === 'function' ? edit.action(before) : edit.action;
  await audit(trx, actor, { action, entity: record.entity, entityId: edit.id, before, after });
  return after;
}
