import type { Knex } from 'knex';

/** What the e-contracts module publishes for others: which negotiation already has its contract. */
export async function contractIdsOfNegotiations(db: Knex, negotiationIds: readonly number[]): Promise<Map<number, number>> {
  if (!negotiationIds.length) return new Map();
  const rows: { id: number; negotiation_id: number }[] = await db('e_contracts').whereIn('negotiation_id', negotiationIds).select('id', 'negotiation_id');
  return new Map(rows.map((r) => [r.negotiation_id, r.id]));
}
