import type { Knex } from 'knex';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import { audit } from '../audit/audit.service';
import { notify } from '../notifications/notifications.service';
import * as users from '../users/users.service';
import * as delegations from './approvals.delegations.repo';
import { today } from './approvals.requests';

// Stand-ins: a person names a colleague to act on their approval steps for a date range.

function toDelegation(d: delegations.DelegationRow, userId: number, day: string) {
  return {
    id: d.id,
    from: { id: d.from_user_id, name: d.from_name },
    to: { id: d.to_user_id, name: d.to_name },
    startsOn: d.starts_on,
    endsOn: d.ends_on,
    /** 'given': I asked someone to stand in for me; 'received': I stand in for someone. */
    direction: d.from_user_id === userId ? 'given' : 'received',
    active: d.starts_on <= day && day <= d.ends_on,
    createdAt: d.created_at,
  };
}

export async function browseDelegations(db: Knex, userId: number) {
  const rows = await delegations.listDelegations(db, userId);
  const day = today();
  return { items: rows.map((d) => toDelegation(d, userId, day)), total: rows.length };
}

export async function browseDelegates(db: Knex, userId: number, lang: Lang, query: { q?: string; page: number; pageSize: number }) {
  const { rows, total } = await users.searchActiveUsers(db, { ...query, excludeId: userId });
  return {
    items: rows.map((r) => ({ id: r.id, name: r.display_name, unitName: (lang === 'en' ? r.unit_name_en : r.unit_name_zh) ?? r.unit_name_zh })),
    total,
  };
}

/**
 * Names a stand-in for a date range. One at a time per person: "on behalf of"
 * then always names one person, and the approver knows who holds their inbox.
 */
export async function createDelegation(db: Knex, actor: Actor, input: { toUserId: number; startsOn: string; endsOn: string }) {
  const fromId = actor.userId!;
  const day = today();
  if (input.toUserId === fromId) throw Invalid.field('toUserId', 'approvals.delegateSelf');
  if (input.endsOn < input.startsOn) throw Invalid.field('endsOn', 'approvals.delegationRange');
  if (input.endsOn < day) throw Invalid.field('endsOn', 'approvals.delegationPast');
  return db.transaction(async (trx) => {
    const to = await users.activeUser(trx, input.toUserId);
    if (!to) throw Invalid.field('toUserId', 'approvals.delegateNotFound');
    await delegations.lockDelegationsOf(trx, fromId);
    const clash = await delegations.overlappingDelegation(trx, fromId, input.startsOn, input.endsOn);
    if (clash) {
      const params = { startsOn: clash.starts_on, endsOn: clash.ends_on, to: clash.to_name };
      throw new Conflict('approvals.delegationOverlap', params, [{ path: 'startsOn', message: 'approvals.delegationOverlap', params }]);
    }
    const id = await delegations.insertDelegation(trx, { from_user_id: fromId, to_user_id: to.id, starts_on: input.startsOn, ends_on: input.endsOn });
    const row = (await delegations.findDelegation(trx, id))!;
    await notify(trx, [to.id], {
      kind: 'approval.delegated',
      params: { from: actor.name ?? '', startsOn: input.startsOn, endsOn: input.endsOn },
      link: '/approvals',
    });
    await audit(trx, actor, { action: 'approval_delegation.create', entity: 'approval_delegation', entityId: id, after: row });
    return toDelegation(row, fromId, day);
  });
}

/** Only the person who named the stand-in ends it; for anyone else it does not exist. */
export async function deleteDelegation(db: Knex, actor: Actor, id: number): Promise<void> {
  await db.transaction(async (trx) => {
    const row = await delegations.findDelegation(trx, id);
    if (!row || row.from_user_id !== actor.userId) throw new NotFound();
    await delegations.deleteDelegation(trx, id);
    await audit(trx, actor, { action: 'approval_delegation.delete', entity: 'approval_delegation', entityId: id, before: row });
  });
}
