import { z } from 'zod';
import { id, timestamp } from './common';
import { Standing, Supplier } from './suppliers';

/** A supplier's contact: an external user who acts for that supplier only (issue 15). */
export const SupplierContact = z.object({
  id,
  userId: id,
  supplierId: id,
  username: z.string(),
  displayName: z.string(),
  active: z.boolean(),
  phone: z.string(),
  email: z.string(),
  invitedBy: z.string().nullable(),
  /** Has set a password with its link (and so can sign in). */
  passwordSet: z.boolean(),
  /** The open one-time link's expiry, or null when none is open. */
  inviteExpiresAt: timestamp.nullable(),
  createdAt: timestamp,
});
export type SupplierContact = z.infer<typeof SupplierContact>;

/** GET /api/supplier-contacts?supplierId=. */
export const SupplierContactList = z.object({ items: z.array(SupplierContact), total: z.number().int() });
export type SupplierContactList = z.infer<typeof SupplierContactList>;

/** POST /api/supplier-contacts and /:id/invite: the one-time link, shown this once. */
export const SupplierContactInvited = z.object({ contact: SupplierContact, link: z.string(), expiresAt: timestamp });
export type SupplierContactInvited = z.infer<typeof SupplierContactInvited>;

/** POST /api/supplier-contacts/invite/check: whom a link is for. */
export const SupplierContactInvite = z.object({ username: z.string(), displayName: z.string(), supplierName: z.string(), expiresAt: timestamp });
export type SupplierContactInvite = z.infer<typeof SupplierContactInvite>;

/** POST /api/supplier-contacts/set-password. */
export const SupplierContactPasswordSet = z.object({ username: z.string() });
export type SupplierContactPasswordSet = z.infer<typeof SupplierContactPasswordSet>;

/** GET /api/supplier-contacts/me: the signed-in contact and its company. */
export const MySupplierContact = z.object({
  contact: SupplierContact,
  supplier: z.object({ id, name: z.string(), company: Supplier.shape.company, standing: Standing }),
});
export type MySupplierContact = z.infer<typeof MySupplierContact>;
