import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Role } from '@portal/domain';
import type { Actor } from '../../http/route';
import { Conflict, Invalid, NotFound } from '../../http/errors';
import { audit } from '../audit/audit.service';
import { auditedCreate, auditedUpdate, type AuditedRecord } from '../audit/audited';
import { endSessionsOf } from '../auth/auth.service';
import { unitExists } from '../units/units.service';
import { hashPassword } from '../auth/password';
import * as repo from './users.repo';

/** Reads other modules take from here rather than from the users and role_grants tables. */
export {
  activeUser,
  countActiveUsersIn,
  findLoginUser,
  grantsOf,
  holdersOfRoles,
  personById,
  recordSuccessfulLogin,
  searchActiveUsers,
  showFailedLogins,
  userLockedUntil,
  type Person,
} from './users.repo';

function toUser(r: repo.UserRow, grants: repo.GrantRow[]) {
  const locked = r.locked_until !== null && new Date(r.locked_until).getTime() > Date.now();
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    active: r.active,
    locked,
    lockedUntil: locked ? r.locked_until : null,
    lastLoginAt: r.last_login_at,
    version: r.version,
    roles: grants.filter((g) => g.user_id === r.id).map((g) => ({ id: g.id, role: g.role, unitId: g.unit_id, unitName: g.unit_name })),
  };
}

export type User = ReturnType<typeof toUser>;

export async function browseUsers(db: Knex, filter: repo.UserFilter) {
  const { items, total } = await repo.listUsers(db, filter);
  const grants = await repo.grantsOfUsers(db, items.map((u) => u.id));
  return { items: items.map((u) => toUser(u, grants)), total };
}

export async function readUser(db: Knex, id: number): Promise<User> {
  const row = await repo.findUser(db, id);
  if (!row) throw new NotFound();
  return toUser(row, await repo.grantsOfUsers(db, [id]));
}

const USER: AuditedRecord<User> = { entity: 'user', read: readUser };

export async function createUser(
  db: Knex,
  actor: Actor,
  input: { username: string; displayName: string; unitId: number; password: string },
): Promise<User> {
  const hash = await hashPassword(input.password);
  return db.transaction(async (trx) => {
    if (await repo.usernameTaken(trx, input.username)) {
      throw Invalid.field('username', 'users.usernameTaken', { username: input.username });
    }
    if (!(await unitExists(trx, input.unitId))) throw Invalid.field('unitId', 'users.unitNotFound');
    const values = { username: input.username, display_name: input.displayName, unit_id: input.unitId, password_hash: hash };
    return auditedCreate(trx, actor, 'user.create', USER, () => repo.insertUser(trx, values));
  });
}

/**
 * A supplier contact's account (issue 15), for the supplier-contacts module, in its transaction: a user
 * with no usable password yet (it sets one through its one-time link) holding only the role
 * supplier_contact, on the unit of the clerk who invited it.
 */
export async function createSupplierContactUser(
  trx: Knex,
  actor: Actor,
  input: { username: string; displayName: string; unitId: number },
): Promise<User> {
  if (await repo.usernameTaken(trx, input.username)) {
    throw Invalid.field('username', 'users.usernameTaken', { username: input.username });
  }
  const hash = await hashPassword(randomBytes(32).toString('base64url'));
  const values = { username: input.username, display_name: input.displayName, unit_id: input.unitId, password_hash: hash };
  const created = await auditedCreate(trx, actor, 'user.create', USER, () => repo.insertUser(trx, values));
  await repo.insertGrant(trx, { user_id: created.id, role: 'supplier_contact', unit_id: input.unitId });
  return readUser(trx, created.id);
}

/** A supplier contact sets its own password through its link: for the supplier-contacts module, in its transaction. */
export async function setPasswordByLink(trx: Knex, actor: Actor, id: number, password: string): Promise<void> {
  const hash = await hashPassword(password);
  await repo.setPassword(trx, id, hash);
  await endSessionsOf(trx, id);
}

/**
 * A supplier contact's account switched off or on again (issue 15), for the supplier-contacts module,
 * in its transaction (which audits it): a switched-off account cannot sign in and is signed out everywhere.
 * False when the account already was so.
 */
export async function setSupplierContactActive(trx: Knex, id: number, active: boolean): Promise<boolean> {
  const before = await readUser(trx, id);
  if (before.active === active) return false;
  if (!(await repo.updateUser(trx, id, before.version, { active }))) throw Conflict.stale();
  if (!active) await endSessionsOf(trx, id);
  return true;
}

export async function updateUser(
  db: Knex,
  actor: Actor,
  id: number,
  input: { version: number; displayName?: string; unitId?: number; active?: boolean },
): Promise<User> {
  const action = input.active === false ? 'user.disable' : 'user.update';
  return db.transaction((trx) =>
    auditedUpdate(trx, actor, USER, { id, version: input.version, action }, async (before) => {
      if (input.unitId !== undefined && input.unitId !== before.unitId && !(await unitExists(trx, input.unitId))) {
        throw Invalid.field('unitId', 'users.unitNotFound');
      }
      if (input.active === false && before.active) {
        if (id === actor.userId) throw Invalid.field('active', 'users.cannotDisableSelf');
        if (before.roles.some((r) => r.role === 'admin')) {
          await repo.lockAdminSet(trx);
          if ((await repo.countOtherActiveAdmins(trx, id)) === 0) throw Invalid.field('active', 'users.lastAdmin');
        }
      }
      const ok = await repo.updateUser(trx, id, input.version, { display_name: input.displayName, unit_id: input.unitId, active: input.active });
      // A disabled account is signed out everywhere at once.
      if (ok && input.active === false) await endSessionsOf(trx, id);
      return ok;
    }),
  );
}

export async function resetPassword(db: Knex, actor: Actor, id: number, password: string): Promise<User> {
  const hash = await hashPassword(password);
  return db.transaction(async (trx) => {
    const before = await readUser(trx, id);
    await repo.setPassword(trx, id, hash);
    // Whoever knew the old password is signed out.
    await endSessionsOf(trx, id);
    const after = await readUser(trx, id);
    await audit(trx, actor, { action: 'user.reset_password', entity: 'user', entityId: id, before, after });
    return after;
  });
}

export async function unlockUser(db: Knex, actor: Actor, id: number): Promise<User> {
  return db.transaction(async (trx) => {
    const before = await readUser(trx, id);
    await repo.unlock(trx, id);
    const after = await readUser(trx, id);
    await audit(trx, actor, { action: 'user.unlock', entity: 'user', entityId: id, before, after });
    return after;
  });
}

export async function addGrant(db: Knex, actor: Actor, userId: number, input: { role: Role; unitId: number }): Promise<User> {
  return db.transaction(async (trx) => {
    const before = await readUser(trx, userId);
    if (!(await unitExists(trx, input.unitId))) throw Invalid.field('unitId', 'users.unitNotFound');
    // A supplier contact is made from its supplier's page (supplier-contacts), linked to that supplier;
    // the role alone would be an external user tied to no company.
    if (input.role === 'supplier_contact') throw Invalid.field('role', 'users.supplierContactRole');
    const grant = { user_id: userId, role: input.role, unit_id: input.unitId };
    if (await repo.grantExists(trx, grant)) throw new Conflict('users.grantExists', {}, [{ path: 'role', message: 'users.grantExists' }]);
    const grantId = await repo.insertGrant(trx, grant);
    const after = await readUser(trx, userId);
    await audit(trx, actor, { action: 'user.grant_role', entity: 'user', entityId: userId, before, after: { ...after, grantId } });
    return after;
  });
}

export async function removeGrant(db: Knex, actor: Actor, userId: number, grantId: number): Promise<User> {
  return db.transaction(async (trx) => {
    const grant = await repo.findGrant(trx, userId, grantId);
    if (!grant) throw new NotFound();
    const before = await readUser(trx, userId);
    if (grant.role === 'admin' && !before.roles.some((r) => r.role === 'admin' && r.id !== grantId)) {
      await repo.lockAdminSet(trx);
      if ((await repo.countOtherActiveAdmins(trx, userId)) === 0) throw new Conflict('users.lastAdmin');
    }
    await repo.deleteGrant(trx, grantId);
    const after = await readUser(trx, userId);
    await audit(trx, actor, { action: 'user.revoke_role', entity: 'user', entityId: userId, before, after });
    return after;
  });
}
