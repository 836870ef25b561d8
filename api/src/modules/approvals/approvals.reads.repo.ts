import type { Knex } from 'knex';
import type { Role } from '@portal/domain';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

/** What the approvals module publishes for other modules' documents: who approved, and who is awaited. */

/** Who approved the document in the request's latest round, in order, with when. */
export async function approversOf(db: Knex, requestId: number): Promise<{ name: string; role: Role; at: Date }[]> {
  return db('approval_actions as a')
    .join('approval_requests as r', 'r.id', 'a.request_id')
    .join('approval_request_steps as s', (j) => j.on('s.request_id', 'a.request_id').andOn('s.round', 'a.round').andOn('s.position', 'a.step_position'))
    .join(usersView(db).as('u'), 'u.id', 'a.actor_id')
    .where('a.request_id', requestId)
    .whereRaw('a.round = r.round')
    .where('a.action', 'approve')
    .orderBy('a.id')
    .select('u.display_name as name', 's.role', 'a.at');
}

/** The step a pending request waits on: its role and the unit the approver is taken from. */
export async function waitingStep(db: Knex, requestId: number): Promise<{ role: Role; name_zh: string; name_en: string } | undefined> {
  return db('approval_requests as r')
    .join('approval_request_steps as s', (j) => j.on('s.request_id', 'r.id').andOn('s.round', 'r.round').andOn('s.position', 'r.current_step'))
    .join(unitsView(db).as('un'), 'un.id', 's.unit_id')
    .where('r.id', requestId)
    .first('s.role', 'un.name_zh', 'un.name_en');
}
