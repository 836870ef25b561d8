import type { Knex } from 'knex';
import type { Role, StepUnitScope } from '@portal/domain';
import { UNIT_ANCESTRY } from '../units/units.reads.repo';
import { ACTIVE_GRANTS } from '../users/users.reads.repo';

// ---------------------------------------------------------------------------
// Who holds a step. One definition, used by submit's check, by every action and by the inbox.
// The unit tree's ancestry and the grants of active users come from the modules that own them.

/**
 * Does grant g hold step s? For the document's unit or its branch: the role granted
 * on that unit or any unit above it (a company leader at HQ covers every unit). For
 * HQ: the role as held anywhere at head office, i.e. on a unit with no branch above
 * it, because HQ's approvers sit in its centres (the 售后服务中心 GM is granted on
 * 售后服务中心, not on the root).
 */
export const HOLDS_STEP = `g.role = s.role and case when s.unit_scope = 'hq'
  then not exists (select 1 from ancestry a where a.unit_id = g.unit_id and a.ancestor_kind = 'branch')
  else exists (select 1 from ancestry a where a.unit_id = s.unit_id and a.ancestor_id = g.unit_id) end`;

/** Active users who hold the step's role for its unit (the submitter is excluded by the caller). */
export async function holders(db: Knex, step: { role: Role; unitId: number; scope: StepUnitScope }): Promise<{ id: number; display_name: string }[]> {
  const { rows } = await db.raw(
    `with recursive ${UNIT_ANCESTRY}, s(role, unit_id, unit_scope) as (select ?::text, ?::int, ?::text)
     select distinct g.user_id as id, g.display_name
       from s join (${ACTIVE_GRANTS}) g on ${HOLDS_STEP}
      order by g.user_id`,
    [step.role, step.unitId, step.scope],
  );
  return rows;
}
