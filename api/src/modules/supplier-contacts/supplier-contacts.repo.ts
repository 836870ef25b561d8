import type { Knex } from 'knex';
import { insertedId } from '../../db/rows';
import { usersView } from '../users/users.reads.repo';

export interface ContactRow {
  id: number;
  user_id: number;
  supplier_id: number;
  username: string;
  display_name: string;
  active: boolean;
  phone: string;
  email: string;
  invited_by_name: string | null;
  password_set_at: Date | null;
  created_at: Date;
  /** The open link's expiry, if one is open (used_at null). */
  invite_expires_at: Date | null;
}

function contacts(db: Knex) {
  return db('supplier_contacts as c')
    .join(usersView(db).as('u'), 'u.id', 'c.user_id')
    .leftJoin(usersView(db).as('ib'), 'ib.id', 'c.invited_by')
    .leftJoin('supplier_contact_invites as i', (j) => j.on('i.contact_id', 'c.id').andOnNull('i.used_at'))
    .select(
      'c.id',
      'c.user_id',
      'c.supplier_id',
      'u.username',
      'u.display_name',
      'u.active',
      'c.phone',
      'c.email',
      'ib.display_name as invited_by_name',
      'c.password_set_at',
      'c.created_at',
      'i.expires_at as invite_expires_at',
    );
}

export async function listContacts(db: Knex, supplierId: number): Promise<ContactRow[]> {
  return contacts(db).where('c.supplier_id', supplierId).orderBy('c.id');
}

export async function findContact(db: Knex, id: number): Promise<ContactRow | undefined> {
  return contacts(db).where('c.id', id).first();
}

export async function contactOfUser(db: Knex, userId: number): Promise<ContactRow | undefined> {
  return contacts(db).where('c.user_id', userId).first();
}

/** The active contacts' user ids of these suppliers, for notifying them. */
export async function contactUserIds(db: Knex, supplierIds: readonly number[]): Promise<{ user_id: number; supplier_id: number }[]> {
  if (supplierIds.length === 0) return [];
  return db('supplier_contacts as c')
    .join(usersView(db).as('u'), 'u.id', 'c.user_id')
    .whereIn('c.supplier_id', supplierIds)
    .andWhere('u.active', true)
    .select('c.user_id', 'c.supplier_id');
}

/** Suppliers with at least one active contact: those an inquiry can reach. */
export async function suppliersWithContacts(db: Knex): Promise<number[]> {
  const rows = await db('supplier_contacts as c')
    .join(usersView(db).as('u'), 'u.id', 'c.user_id')
    .where('u.active', true)
    .distinct('c.supplier_id');
  return rows.map((r: { supplier_id: number }) => r.supplier_id);
}

export async function insertContact(db: Knex, v: { user_id: number; supplier_id: number; phone: string; email: string; invited_by: number | null }): Promise<number> {
  return insertedId(db('supplier_contacts'), v);
}

/** Ends the contact's open link (a newer one replaces it), so at most one works at a time. */
export async function replaceOpenInvite(db: Knex, contactId: number): Promise<void> {
  await db('supplier_contact_invites').where({ contact_id: contactId }).whereNull('used_at').update({ used_at: db.fn.now(), ended_by: 'replaced' });
}

/** A new link, valid `hours` by the database's clock. */
export async function insertInvite(db: Knex, v: { contactId: number; tokenHash: string; hours: number; createdBy: number | null }): Promise<Date> {
  const [row] = await db('supplier_contact_invites')
    .insert({
      contact_id: v.contactId,
      token_hash: v.tokenHash,
      expires_at: db.raw(`now() + make_interval(hours => ?)`, [v.hours]),
      created_by: v.createdBy,
    })
    .returning('expires_at');
  return row.expires_at;
}

/** An open, unexpired link by its hash (expiry by the database's clock). */
export async function findOpenInvite(db: Knex, tokenHash: string): Promise<{ contact_id: number; expires_at: Date } | undefined> {
  return db('supplier_contact_invites')
    .where({ token_hash: tokenHash })
    .whereNull('used_at')
    .andWhere('expires_at', '>', db.fn.now())
    .first('contact_id', 'expires_at');
}

/**
 * Uses the link once: of two requests racing with one link, only one gets the contact back.
 * An expired, used or unknown link gives nothing.
 */
export async function useInvite(db: Knex, tokenHash: string): Promise<number | undefined> {
  const [row] = await db('supplier_contact_invites')
    .where({ token_hash: tokenHash })
    .whereNull('used_at')
    .andWhere('expires_at', '>', db.fn.now())
    .update({ used_at: db.fn.now(), ended_by: 'password_set' })
    .returning('contact_id');
  return row?.contact_id;
}

export async function markPasswordSet(db: Knex, contactId: number): Promise<void> {
  await db('supplier_contacts').where({ id: contactId }).update({ password_set_at: db.fn.now() });
}
