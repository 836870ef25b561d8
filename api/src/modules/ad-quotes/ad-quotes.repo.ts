import type { Knex } from 'knex';
import type { AdPricingUnit, StoredAdQuoteStatus } from '@portal/domain';
import { whereContains } from '../../db/like';
import { insertedId, updateAtVersion } from '../../db/rows';
import { slotsView } from '../ad-slots/ad-slots.reads.repo';
import { customersView } from '../customers/customers.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

// ---------------------------------------------------------------------------
// Quotes

export interface QuoteRow extends QuoteValues {
  id: number;
  number: string;
  unit_id: number;
  unit_code: string;
  unit_name_zh: string;
  unit_name_en: string;
  customer_name: string;
  status: StoredAdQuoteStatus;
  created_by: number | null;
  created_by_name: string | null;
  submitted_by: number | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export interface LineRow extends LineValues {
  id: number;
  position: number;
  slot_code: string;
  slot_name: string;
  slot_name_en: string | null;
  page: string;
  format: string;
  size: string;
  pricing_unit: AdPricingUnit;
  exclusive: boolean;
}

function quotes(db: Knex) {
  return db('ad_quotes as q')
    .join(unitsView(db).as('un'), 'un.id', 'q.unit_id')
    .join(customersView(db).as('c'), 'c.id', 'q.customer_id')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'q.created_by')
    .select(
      'q.id',
      'q.number',
      'q.unit_id',
      'un.code as unit_code',
      'un.name_zh as unit_name_zh',
      'un.name_en as unit_name_en',
      'q.customer_id',
      'c.name as customer_name',
      'q.status',
      'q.valid_until',
      'q.bundle_share_bp',
      'q.list_fen',
      'q.net_fen',
      'q.paid_share_bp',
      'q.note',
      'q.created_by',
      'cb.display_name as created_by_name',
      'q.submitted_by',
      'q.created_at',
      'q.updated_at',
      'q.version',
    );
}

/** null: every unit; otherwise the units (HQ or branches) whose quotes may be seen (units.scope placeScope). */
export type QuoteScope = readonly number[] | null;

const SORT_COLUMNS: Record<string, string> = {
  number: 'q.number',
  updatedAt: 'q.updated_at',
  netFen: 'q.net_fen',
  validUntil: 'q.valid_until',
  customer: 'c.name',
};

export async function listQuotes(
  db: Knex,
  f: {
    scope: QuoteScope;
    today: string;
    q?: string;
    status?: string;
    unitId?: number;
    customerId?: number;
    sort: { column: string; desc: boolean };
    page: number;
    pageSize: number;
  },
): Promise<{ items: QuoteRow[]; total: number }> {
  const filter = (qb: Knex.QueryBuilder) => {
    if (f.scope) qb.whereIn('q.unit_id', f.scope);
    if (f.unitId) qb.where('q.unit_id', f.unitId);
    if (f.customerId) qb.where('q.customer_id', f.customerId);
    whereContains(qb, f.q, ['q.number', 'c.name']);
    // 'expired' is not stored: an approved or sent quote past its valid-until day.
    if (f.status === 'expired') qb.whereIn('q.status', ['approved', 'sent']).where('q.valid_until', '<', f.today);
    else if (f.status === 'approved' || f.status === 'sent') qb.where('q.status', f.status).where('q.valid_until', '>=', f.today);
    else if (f.status) qb.where('q.status', f.status);
  };
  const [{ n }] = await db('ad_quotes as q').join(customersView(db).as('c'), 'c.id', 'q.customer_id').modify(filter).count<{ n: number }[]>({ n: '*' });
  const items = await quotes(db)
    .modify(filter)
    .orderBy(SORT_COLUMNS[f.sort.column], f.sort.desc ? 'desc' : 'asc')
    .orderBy('q.id', 'desc')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { items, total: Number(n) };
}

export async function findQuote(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<QuoteRow | undefined> {
  if (opts.lock) await db('ad_quotes').where({ id }).forUpdate().first('id');
  return quotes(db).where('q.id', id).first();
}

export async function linesOf(db: Knex, quoteId: number): Promise<LineRow[]> {
  return db('ad_quote_lines as l')
    .join(slotsView(db).as('s'), 's.id', 'l.slot_id')
    .where('l.quote_id', quoteId)
    .orderBy('l.position')
    .select('l.*', 's.code as slot_code', 's.name as slot_name', 's.name_en as slot_name_en', 's.page', 's.format', 's.size', 's.pricing_unit', 's.exclusive');
}

export interface QuoteValues {
  customer_id: number;
  valid_until: string;
  bundle_share_bp: number;
  list_fen: number;
  net_fen: number;
  paid_share_bp: number;
  note: string;
}

export async function insertQuote(trx: Knex, v: QuoteValues & { number: string; unit_id: number; status: StoredAdQuoteStatus; created_by: number | null }): Promise<number> {
  return insertedId(trx('ad_quotes'), { ...v, updated_by: v.created_by });
}

export async function updateQuote(trx: Knex, id: number, version: number, patch: Partial<QuoteValues> & { status?: StoredAdQuoteStatus; updated_by?: number | null; submitted_by?: number | null }): Promise<boolean> {
  return updateAtVersion(trx('ad_quotes'), id, version, patch);
}

export interface LineValues {
  slot_id: number;
  starts_on: string;
  ends_on: string;
  units: number;
  card_id: number;
  card_revision: number;
  unit_price_fen: number;
  list_fen: number;
  share_bp: number;
  net_fen: number;
}

export async function replaceLines(trx: Knex, quoteId: number, lines: LineValues[]): Promise<void> {
  await trx('ad_quote_lines').where({ quote_id: quoteId }).delete();
  if (lines.length) await trx('ad_quote_lines').insert(lines.map((l, i) => ({ ...l, quote_id: quoteId, position: i + 1 })));
}

// ---------------------------------------------------------------------------
// Slot availability

export interface Overlap {
  slot_id: number;
  quote_id: number;
  number: string;
  starts_on: string;
  ends_on: string;
  booked: boolean;
}

/**
 * Quotes holding or wanting these slots on days that overlap the flights: booked
 * (accepted) ones, and open ones (draft to sent, not expired) — except the quote itself.
 */
export async function overlaps(
  db: Knex,
  flights: { slotId: number; startsOn: string; endsOn: string }[],
  exceptQuoteId: number | null,
  today: string,
): Promise<Overlap[]> {
  if (!flights.length) return [];
  const values = flights.map(() => '(?::int, ?::date, ?::date)').join(', ');
  const params = flights.flatMap((f) => [f.slotId, f.startsOn, f.endsOn]);
  const { rows } = await db.raw(
    `with f(slot_id, starts_on, ends_on) as (values ${values})
     select distinct l.slot_id, q.id as quote_id, q.number, l.starts_on, l.ends_on, (q.status = 'accepted') as booked
       from f
       join ad_quote_lines l on l.slot_id = f.slot_id and l.starts_on <= f.ends_on and f.starts_on <= l.ends_on
       join ad_quotes q on q.id = l.quote_id
      where q.id <> coalesce(?::int, -1)
        and (q.status = 'accepted' or (q.status in ('draft', 'pending_approval', 'approved', 'sent') and q.valid_until >= ?::date))
      order by q.number`,
    [...params, exceptQuoteId, today],
  );
  return rows;
}

export async function insertBooking(trx: Knex, b: { slotId: number; quoteId: number; lineId: number; startsOn: string; endsOn: string }): Promise<void> {
  await trx.raw(`insert into ad_slot_bookings (slot_id, quote_id, line_id, during) values (?, ?, ?, daterange(?::date, ?::date, '[]'))`, [
    b.slotId,
    b.quoteId,
    b.lineId,
    b.startsOn,
    b.endsOn,
  ]);
}

/** The accepted quote holding the slot on these days, to name it when a booking is refused. */
export async function bookingHolder(db: Knex, slotId: number, startsOn: string, endsOn: string): Promise<{ number: string } | undefined> {
  const { rows } = await db.raw(
    `select q.number from ad_slot_bookings b join ad_quotes q on q.id = b.quote_id
      where b.slot_id = ? and b.during && daterange(?::date, ?::date, '[]') limit 1`,
    [slotId, startsOn, endsOn],
  );
  return rows[0];
}

// ---------------------------------------------------------------------------
// Workbench counts (ad-quotes.workbench.ts)

const inScope = (qb: Knex.QueryBuilder, scope: QuoteScope) => (scope ? qb.whereIn('q.unit_id', scope) : qb);

/** My drafts, including the ones returned or rejected to draft after I submitted them. */
export async function countMyDrafts(db: Knex, userId: number, scope: QuoteScope): Promise<number> {
  const [{ n }] = await db('ad_quotes as q')
    .modify(inScope, scope)
    .where('q.status', 'draft')
    .where((w) => w.where('q.created_by', userId).orWhere('q.submitted_by', userId))
    .count<{ n: number }[]>({ n: '*' });
  return Number(n);
}

/** Quotes with the stored statuses whose valid-until day lies in [from, to]. */
export async function countValidUntil(db: Knex, scope: QuoteScope, statuses: readonly string[], from: string, to: string): Promise<number> {
  const [{ n }] = await db('ad_quotes as q')
    .modify(inScope, scope)
    .whereIn('q.status', statuses)
    .whereBetween('q.valid_until', [from, to])
    .count<{ n: number }[]>({ n: '*' });
  return Number(n);
}

/** Quotes created since the moment, per stored status, with 'expired' split off approved and sent. */
export async function statusCountsSince(db: Knex, scope: QuoteScope, since: string, today: string): Promise<{ status: string; n: number }[]> {
  const rows: { status: string; n: string | number }[] = await db('ad_quotes as q')
    .modify(inScope, scope)
    .where('q.created_at', '>=', since)
    .select(db.raw(`case when q.status in ('approved', 'sent') and q.valid_until < ? then 'expired' else q.status end as status`, [today]))
    .count({ n: '*' })
    .groupByRaw('1');
  return rows.map((r) => ({ status: String(r.status), n: Number(r.n) }));
}
