import type { Knex } from 'knex';

/** What the users module publishes for other modules' queries to join; they never name its tables. */

/** `.leftJoin(usersView(db).as('u'), 'u.id', 'x.created_by')`: a user's name, unit and whether active. */
export const usersView = (db: Knex) => db('users').select('id', 'username', 'display_name', 'unit_id', 'active');

/** For raw SQL, `join (${ACTIVE_GRANTS}) g on …`: the role grants of active users (user_id, display_name, role, unit_id). */
export const ACTIVE_GRANTS = `select rg.user_id, ru.display_name, rg.role, rg.unit_id from role_grants rg join users ru on ru.id = rg.user_id and ru.active`;
