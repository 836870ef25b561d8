import { createHash, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { INVITE_VALID_HOURS, SUPPLIER_STANDING_LABELS } from '@portal/domain';
import { Conflict, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { audit } from '../audit/audit.service';
import { readSupplier, type Supplier } from '../suppliers/suppliers.service';
import { createSupplierContactUser, setPasswordByLink, setSupplierContactActive } from '../users/users.service';
import * as repo from './supplier-contacts.repo';
import type { InviteContact } from './supplier-contacts.schema';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Reads other modules (inquiries, negotiations) take from here rather than from the contacts table. */
export { contactUserIds, suppliersWithContacts } from './supplier-contacts.repo';

function toContact(r: repo.ContactRow) {
  return {
    id: r.id,
    userId: r.user_id,
    supplierId: r.supplier_id,
    username: r.username,
    displayName: r.display_name,
    active: r.active,
    phone: r.phone,
    email: r.email,
    invitedBy: r.invited_by_name,
    passwordSet: r.password_set_at !== null,
    /** The open one-time link's expiry, or null when none is open. */
    inviteExpiresAt: r.invite_expires_at,
    createdAt: r.created_at,
  };
}

export type Contact = ReturnType<typeof toContact>;

export async function browseContacts(db: Knex, supplierId: number) {
  await readSupplier(db, supplierId);
  const items = (await repo.listContacts(db, supplierId)).map(toContact);
  return { items, total: items.length };
}

/**
 * A supplier suspended or terminated for its penalty points (DOMAIN.md §2) takes no new business,
 * and so no new contact or link: 409 naming why, and until when.
 */
function assertInvitable(s: Supplier, lang: Lang): void {
  if (!s.active) throw new Conflict('supplierContacts.supplierInactive', { shop: s.shopName });
  if (s.standing.status === 'terminated') {
    throw new Conflict('supplierContacts.supplierTerminated', { shop: s.shopName, on: s.standing.terminatedOn ?? '' });
  }
  if (s.standing.status === 'suspended') {
    const until = s.standing.rectifyBy ?? t('supplierContacts.untilRectified', lang);
    throw new Conflict('supplierContacts.supplierSuspended', {
      shop: s.shopName,
      status: SUPPLIER_STANDING_LABELS.suspended[lang],
      points: s.standing.points,
      until,
    });
  }
}

/** A fresh one-time link for the contact (any open one ends), valid 72 hours by the database's clock. */
async function issueLink(trx: Knex, actor: Actor, contactId: number) {
  const token = randomBytes(32).toString('base64url');
  await repo.replaceOpenInvite(trx, contactId);
  const expiresAt = await repo.insertInvite(trx, { contactId, tokenHash: sha256(token), hours: INVITE_VALID_HOURS, createdBy: actor.userId });
  return { link: `/set-password?token=${token}`, expiresAt };
}

/**
 * A clerk or the administrator invites a supplier's contact: the account is made with no usable
 * password, and the answer shows the one-time link (the only time it is shown) for the clerk to pass on.
 */
export async function inviteContact(db: Knex, actor: Actor, viewer: SessionUser, lang: Lang, input: InviteContact) {
  return db.transaction(async (trx) => {
    assertInvitable(await readSupplier(trx, input.supplierId), lang);
    const user = await createSupplierContactUser(trx, actor, { username: input.username, displayName: input.displayName, unitId: viewer.unitId });
    const id = await repo.insertContact(trx, { user_id: user.id, supplier_id: input.supplierId, phone: input.phone, email: input.email, invited_by: actor.userId });
    const invite = await issueLink(trx, actor, id);
    const contact = toContact((await repo.findContact(trx, id))!);
    await audit(trx, actor, { action: 'supplier_contact.invite', entity: 'supplier_contact', entityId: id, after: contact });
    return { contact, ...invite };
  });
}

/** A new link for a contact who lost or let lapse the first one; the old one stops working. */
export async function reinviteContact(db: Knex, actor: Actor, lang: Lang, contactId: number) {
  return db.transaction(async (trx) => {
    const row = await repo.findContact(trx, contactId);
    if (!row) throw new NotFound();
    if (!row.active) throw new Conflict('supplierContacts.contactDisabled', { name: row.display_name });
    assertInvitable(await readSupplier(trx, row.supplier_id), lang);
    const invite = await issueLink(trx, actor, contactId);
    const contact = toContact((await repo.findContact(trx, contactId))!);
    await audit(trx, actor, { action: 'supplier_contact.reinvite', entity: 'supplier_contact', entityId: contactId, after: contact });
    return { contact, ...invite };
  });
}

/**
 * A clerk or the administrator switches a contact off (it left the supplier, or its account is not to
 * be trusted) or on again: switched off, it cannot sign in and its sessions end at once; what its
 * company did through it (quotes, agreements, signatures) stays as it was. 409 when it already is so.
 */
export async function setContactActive(db: Knex, actor: Actor, contactId: number, active: boolean) {
  return db.transaction(async (trx) => {
    const row = await repo.findContact(trx, contactId);
    if (!row) throw new NotFound();
    const before = toContact(row);
    if (!(await setSupplierContactActive(trx, row.user_id, active))) {
      throw new Conflict(active ? 'supplierContacts.alreadyActive' : 'supplierContacts.contactDisabled', { name: row.display_name });
    }
    const after = toContact((await repo.findContact(trx, contactId))!);
    await audit(trx, actor, { action: active ? 'supplier_contact.reactivate' : 'supplier_contact.deactivate', entity: 'supplier_contact', entityId: contactId, before, after });
    return after;
  });
}

/** Who a link is for, so the page can greet them; an expired, used or unknown link is 404 (all alike). */
export async function checkInvite(db: Knex, token: string) {
  const invite = await repo.findOpenInvite(db, sha256(token));
  if (!invite) throw new NotFound('supplierContacts.linkInvalid');
  const row = (await repo.findContact(db, invite.contact_id))!;
  const supplier = await readSupplier(db, row.supplier_id);
  return { username: row.username, displayName: row.display_name, supplierName: supplier.company.legalName ?? supplier.shopName, expiresAt: invite.expires_at };
}

/** The contact sets its password with the link, once: the link is spent in the same transaction. */
export async function setPasswordWithLink(db: Knex, actor: Actor, token: string, password: string) {
  return db.transaction(async (trx) => {
    const contactId = await repo.useInvite(trx, sha256(token));
    if (!contactId) throw new NotFound('supplierContacts.linkInvalid');
    const row = (await repo.findContact(trx, contactId))!;
    await setPasswordByLink(trx, actor, row.user_id, password);
    await repo.markPasswordSet(trx, contactId);
    await audit(trx, { ...actor, userId: row.user_id, name: row.display_name }, { action: 'supplier_contact.set_password', entity: 'supplier_contact', entityId: contactId });
    return { username: row.username };
  });
}

/** The signed-in contact and its company, for its own pages. */
export async function myContact(db: Knex, viewer: SessionUser) {
  const row = await repo.contactOfUser(db, viewer.id);
  if (!row) throw new NotFound();
  const s = await readSupplier(db, row.supplier_id);
  return { contact: toContact(row), supplier: { id: s.id, name: s.shopName, company: s.company, standing: s.standing } };
}
