import type { Knex } from 'knex';
import { usersView } from '../users/users.reads.repo';

export interface QuoteRow {
  id: number;
  inquiry_id: number;
  supplier_id: number;
  revision: number;
  valid_until: string;
  notes: string;
  submitted_by_name: string | null;
  submitted_at: Date;
}

export interface QuoteLineRow {
  quote_id: number;
  inquiry_line_id: number;
  unit_price_fen: string;
  tax_rate_bp: number;
  delivery_days: number;
  note: string;
}

/**
 * A new revision of a supplier's quote, numbered after its last one, only while the inquiry takes
 * quotes by the DATABASE's clock (deadline > now(), not closed): undefined when it no longer does.
 * The trigger inquiry_quotes_before_deadline holds the same rule for any other writer.
 */
export async function insertQuote(
  db: Knex,
  v: { inquiryId: number; supplierId: number; validUntil: string; notes: string; submittedBy: number | null },
): Promise<{ id: number; revision: number } | undefined> {
  const { rows } = await db.raw(
    `insert into inquiry_quotes (inquiry_id, supplier_id, revision, valid_until, notes, submitted_by)
     select :inquiryId, :supplierId,
            coalesce((select max(q.revision) from inquiry_quotes q where q.inquiry_id = :inquiryId and q.supplier_id = :supplierId), 0) + 1,
            :validUntil, :notes, :submittedBy
      where exists (select 1 from inquiries i where i.id = :inquiryId and i.quote_deadline > now() and i.status <> 'closed')
     returning id, revision`,
    v,
  );
  return rows[0];
}

export async function insertQuoteLines(db: Knex, rows: QuoteLineRow[]): Promise<void> {
  await db('inquiry_quote_lines').insert(rows);
}

/** Who quoted when (every revision), with no price: what the buyer may know before the deadline. */
export async function receipts(db: Knex, inquiryId: number, supplierId: number | null): Promise<{ supplier_id: number; revision: number; submitted_at: Date }[]> {
  return db('inquiry_quotes')
    .where({ inquiry_id: inquiryId })
    .modify((qb) => supplierId !== null && qb.where({ supplier_id: supplierId }))
    .orderBy([{ column: 'submitted_at', order: 'desc' }, { column: 'id', order: 'desc' }])
    .select('supplier_id', 'revision', 'submitted_at');
}

/** Quotes with their lines: every revision, or each supplier's latest only. */
export async function quotes(
  db: Knex,
  inquiryId: number,
  f: { supplierId: number | null; latestOnly: boolean },
): Promise<{ quotes: QuoteRow[]; lines: QuoteLineRow[] }> {
  const rows: QuoteRow[] = await db('inquiry_quotes as q')
    .leftJoin(usersView(db).as('u'), 'u.id', 'q.submitted_by')
    .where('q.inquiry_id', inquiryId)
    .modify((qb) => {
      if (f.supplierId !== null) qb.where('q.supplier_id', f.supplierId);
      if (f.latestOnly) {
        qb.whereRaw('q.revision = (select max(l.revision) from inquiry_quotes l where l.inquiry_id = q.inquiry_id and l.supplier_id = q.supplier_id)');
      }
    })
    .orderBy([{ column: 'q.supplier_id' }, { column: 'q.revision', order: 'desc' }])
    .select('q.id', 'q.inquiry_id', 'q.supplier_id', 'q.revision', db.raw(`to_char(q.valid_until, 'YYYY-MM-DD') as valid_until`), 'q.notes', 'u.display_name as submitted_by_name', 'q.submitted_at');
  const lines: QuoteLineRow[] = rows.length
    ? await db('inquiry_quote_lines').whereIn('quote_id', rows.map((r) => r.id)).orderBy(['quote_id', 'inquiry_line_id'])
    : [];
  return { quotes: rows, lines };
}
