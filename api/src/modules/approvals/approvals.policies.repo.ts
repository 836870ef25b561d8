import type { Knex } from 'knex';
import type { PolicyStep } from '@portal/domain';

export interface PolicyRow {
  document_type: string;
  steps: PolicyStep[];
  version: number;
  updated_by: number | null;
  updated_at: Date;
}

export async function listPolicies(db: Knex): Promise<PolicyRow[]> {
  return db('approval_policies').orderBy('document_type').select('*');
}

export async function findPolicy(db: Knex, type: string): Promise<PolicyRow | undefined> {
  return db('approval_policies').where({ document_type: type }).first('*');
}

export async function insertPolicy(trx: Knex, type: string, steps: PolicyStep[], userId: number | null): Promise<PolicyRow> {
  const [row] = await trx('approval_policies')
    .insert({ document_type: type, steps: JSON.stringify(steps), updated_by: userId })
    .returning('*');
  return row;
}

/** Replaces the steps only if the policy is still at `version`; undefined means someone got there first. */
export async function updatePolicy(trx: Knex, type: string, version: number, steps: PolicyStep[], userId: number | null): Promise<PolicyRow | undefined> {
  const [row] = await trx('approval_policies')
    .where({ document_type: type, version })
    .update({ steps: JSON.stringify(steps), version: version + 1, updated_by: userId, updated_at: trx.fn.now() })
    .returning('*');
  return row;
}
