import type { Knex } from 'knex';

/** The chart of accounts as other modules may join it; a leaf is an account with no children. */
export const accountsView = (db: Knex) =>
  db('accounts as a').select(
    'a.code',
    'a.name',
    'a.name_en',
    'a.parent_code',
    'a.normal_side',
    'a.active',
    db.raw('not exists (select 1 from accounts c where c.parent_code = a.code) as leaf'),
  );
