import type { Knex } from 'knex';
import { unitsView } from '../units/units.reads.repo';

/** What the users module publishes for other modules' queries to join; they never name its tables. */

/** `.leftJoin(usersView(db).as('u'), 'u.id', 'x.created_by')`: a user's name, unit and whether active. */
export const usersView = (db: Knex) => db('users').select('id', 'username', 'display_name', 'unit_id', 'active');

/** For raw SQL, `join (${ACTIVE_GRANTS}) g on …`: the role grants of active users (user_id, display_name, role, unit_id). */
export const ACTIVE_GRANTS = `select rg.user_id, ru.display_name, rg.role, rg.unit_id from role_grants rg join users ru on ru.id = rg.user_id and ru.active`;

/**
 * For the auth module's session query: a user's grants as a JSON column (role, unitId, unitName, unitNameEn),
 * so the session and its roles come back in one round trip on every signed-in request.
 */
export const grantsJson = (db: Knex, userIdColumn: string) =>
  db
    .from('role_grants as g')
    .join(unitsView(db).as('gn'), 'gn.id', 'g.unit_id')
    .whereRaw('g.user_id = ??', [userIdColumn])
    .select(db.raw(`coalesce(json_agg(json_build_object('role', g.role, 'unitId', g.unit_id, 'unitName', gn.name_zh, 'unitNameEn', gn.name_en) order by g.role, g.unit_id), '[]'::json)`));
