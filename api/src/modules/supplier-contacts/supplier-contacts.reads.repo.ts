import type { Knex } from 'knex';

/** What the supplier-contacts module publishes for other modules' queries to join; they never name its tables. */

/**
 * For the auth module's session query: the supplier a user is the contact of (null for every
 * internal user), as a column, so the session needs no second round trip.
 */
export const supplierIdOf = (db: Knex, userIdColumn: string) =>
  db.from('supplier_contacts as sc').whereRaw('sc.user_id = ??', [userIdColumn]).select('sc.supplier_id');
