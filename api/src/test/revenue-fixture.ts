import type { Knex } from 'knex';

/**
 * Agreements made straight in the database for the ledger's tests and bench, so they state
 * exactly the flights, amounts, instalments and status a rule is about (a signed agreement of
 * 15 Nov – 14 Jan, a draft, ten thousand running ones) without driving the quote → agreement
 * flow that the ad-agreements module's own tests cover. Each gets an accepted quote of its own
 * (an agreement's quote is unique).
 */
export interface AgreementFixture {
  unitId: number;
  customerId: number;
  amountFen: number;
  startsOn: string;
  endsOn: string;
  status?: 'draft' | 'signed' | 'running' | 'completed' | 'terminated';
  terminatedOn?: string;
  flights?: { startsOn: string; endsOn: string; amountFen: number }[];
  instalments?: { dueOn: string; amountFen: number }[];
}

let serial = 0;

/** Inserts the agreements (multi-row, a thousand a statement) and returns their ids in order. */
export async function insertAgreements(db: Knex, fixtures: readonly AgreementFixture[]): Promise<number[]> {
  const slot = await db('ad_slots').orderBy('id').first('id');
  const signer = await db('users').orderBy('id').first('id');
  if (!slot || !signer) throw new Error('the fixture needs the demo seed (an ad slot and a user)');
  const tag = `${process.pid}-${Date.now().toString(36)}-${serial++}`;
  const ids: number[] = [];
  for (let start = 0; start < fixtures.length; start += 1000) {
    const chunk = fixtures.slice(start, start + 1000);
    const quotes = await db('ad_quotes')
      .insert(
        chunk.map((f, i) => ({
          number: `FX-${tag}-${start + i}`,
          unit_id: f.unitId,
          customer_id: f.customerId,
          status: 'accepted',
          valid_until: f.endsOn,
          list_fen: f.amountFen,
          net_fen: f.amountFen,
        })),
      )
      .returning('id');
    const agreements = await db('ad_agreements')
      .insert(
        chunk.map((f, i) => {
          const status = f.status ?? 'running';
          return {
            number: `协-FX-${tag}-${start + i}`,
            quote_id: quotes[i].id,
            unit_id: f.unitId,
            customer_id: f.customerId,
            fee_standard: '按报价表',
            amount_fen: f.amountFen,
            quote_snapshot: JSON.stringify({}),
            starts_on: f.startsOn,
            ends_on: f.endsOn,
            status,
            signed_by: status === 'draft' ? null : signer.id,
            signed_at: status === 'draft' ? null : db.fn.now(),
            terminated_on: status === 'terminated' ? (f.terminatedOn ?? f.endsOn) : null,
            termination_reason: status === 'terminated' ? '提前终止' : null,
          };
        }),
      )
      .returning('id');
    const agreementIds = agreements.map((a: { id: number }) => Number(a.id));
    ids.push(...agreementIds);
    const lines = chunk.flatMap((f, i) =>
      (f.flights ?? [{ startsOn: f.startsOn, endsOn: f.endsOn, amountFen: f.amountFen }]).map((fl, n) => ({
        agreement_id: agreementIds[i],
        line_no: n + 1,
        slot_id: slot.id,
        starts_on: fl.startsOn,
        ends_on: fl.endsOn,
        amount_fen: fl.amountFen,
      })),
    );
    const instalments = chunk.flatMap((f, i) =>
      (f.instalments ?? [{ dueOn: f.startsOn, amountFen: f.amountFen }]).map((ins, n) => ({
        agreement_id: agreementIds[i],
        seq: n + 1,
        due_on: ins.dueOn,
        amount_fen: ins.amountFen,
        method: 'bank_transfer',
      })),
    );
    for (let j = 0; j < lines.length; j += 2000) await db('ad_agreement_lines').insert(lines.slice(j, j + 2000));
    for (let j = 0; j < instalments.length; j += 2000) await db('ad_agreement_instalments').insert(instalments.slice(j, j + 2000));
  }
  return ids;
}

/** A customer of its own for a test, so its receivable and advances start at nothing. */
export async function insertCustomer(db: Knex, name: string): Promise<number> {
  const [c] = await db('customers').insert({ name }).returning('id');
  return Number(c.id);
}
