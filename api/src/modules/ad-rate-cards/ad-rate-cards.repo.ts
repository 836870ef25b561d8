import type { Knex } from 'knex';
import { slotsView, type SlotView } from '../ad-slots/ad-slots.reads.repo';
import { usersView } from '../users/users.reads.repo';
import { insertedId, updateAtVersion } from '../../db/rows';

export type CardStatus = 'draft' | 'published' | 'superseded';

export interface CardRow {
  id: number;
  month: string;
  revision: number;
  status: CardStatus;
  note: string;
  supersedes_id: number | null;
  published_at: Date | null;
  published_by: number | null;
  published_by_name: string | null;
  slot_count: number;
  version: number;
  updated_at: Date;
}

export interface CardPriceRow extends Omit<SlotView, 'id' | 'active'> {
  slot_id: number;
  price_fen: number;
}

const CARD_COLUMNS = [
  'c.id',
  'c.month',
  'c.revision',
  'c.status',
  'c.note',
  'c.supersedes_id',
  'c.published_at',
  'c.published_by',
  'u.display_name as published_by_name',
  'c.version',
  'c.updated_at',
];

function cards(db: Knex) {
  return db('ad_rate_cards as c')
    .leftJoin(usersView(db).as('u'), 'u.id', 'c.published_by')
    .select(CARD_COLUMNS)
    .select(db.raw('(select count(*)::int from ad_rate_card_prices p where p.card_id = c.id) as slot_count'));
}

export async function listCards(
  db: Knex,
  f: { month?: string; status?: CardStatus; includeDrafts: boolean; sort: { column: string; desc: boolean }; page: number; pageSize: number },
): Promise<{ items: CardRow[]; total: number }> {
  const filter = (qb: Knex.QueryBuilder) => {
    if (f.month) qb.where('c.month', f.month);
    if (f.status) qb.where('c.status', f.status);
    if (!f.includeDrafts) qb.whereNot('c.status', 'draft');
  };
  const [{ n }] = await db('ad_rate_cards as c').modify(filter).count<{ n: number }[]>({ n: '*' });
  const dir = f.sort.desc ? 'desc' : 'asc';
  const items = await cards(db)
    .modify(filter)
    .orderBy(f.sort.column === 'month' ? [{ column: 'c.month', order: dir }, { column: 'c.revision', order: 'desc' }] : [{ column: 'c.revision', order: dir }])
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return { items, total: Number(n) };
}

export async function lockCard(db: Knex, id: number): Promise<void> {
  await db('ad_rate_cards').where({ id }).forUpdate().first('id');
}

export async function findCard(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<CardRow | undefined> {
  if (opts.lock) await lockCard(db, id);
  return cards(db).where('c.id', id).first();
}

export async function publishedCardOf(db: Knex, month: string): Promise<CardRow | undefined> {
  return cards(db).where({ 'c.month': month, 'c.status': 'published' }).first();
}

export async function draftOf(db: Knex, month: string): Promise<CardRow | undefined> {
  return cards(db).where({ 'c.month': month, 'c.status': 'draft' }).first();
}

/** The latest published card before this month, to start a new month's draft from. */
export async function latestPublishedBefore(db: Knex, month: string): Promise<CardRow | undefined> {
  return cards(db).where('c.status', 'published').where('c.month', '<', month).orderBy('c.month', 'desc').first();
}

export async function maxRevision(db: Knex, month: string): Promise<number> {
  const row = await db('ad_rate_cards').where({ month }).max<{ m: number | null }>('revision as m').first();
  return row?.m ?? 0;
}

export async function pricesOf(db: Knex, cardId: number): Promise<CardPriceRow[]> {
  return db('ad_rate_card_prices as p')
    .join(slotsView(db).as('s'), 's.id', 'p.slot_id')
    .where('p.card_id', cardId)
    .orderBy('s.code')
    .select('p.slot_id', 's.code', 's.name', 's.name_en', 's.page', 's.format', 's.size', 's.pricing_unit', 's.exclusive', 'p.price_fen');
}

export async function insertCard(db: Knex, v: { month: string; revision: number; note: string; created_by: number | null }): Promise<number> {
  return insertedId(db('ad_rate_cards'), { ...v, status: 'draft' });
}

export async function replacePrices(db: Knex, cardId: number, prices: { slotId: number; priceFen: number }[]): Promise<void> {
  await db('ad_rate_card_prices').where({ card_id: cardId }).delete();
  if (prices.length) {
    await db('ad_rate_card_prices').insert(prices.map((p) => ({ card_id: cardId, slot_id: p.slotId, price_fen: p.priceFen })));
  }
}

export async function updateCard(db: Knex, id: number, version: number, patch: Record<string, unknown>): Promise<boolean> {
  return updateAtVersion(db('ad_rate_cards'), id, version, patch);
}

/** Published prices of these months for these slots: what a quote line is priced from. */
export async function publishedPrices(
  db: Knex,
  months: string[],
  slotIds: number[],
): Promise<{ card_id: number; month: string; revision: number; slot_id: number; price_fen: number }[]> {
  if (!months.length || !slotIds.length) return [];
  return db('ad_rate_cards as c')
    .join('ad_rate_card_prices as p', 'p.card_id', 'c.id')
    .where('c.status', 'published')
    .whereIn('c.month', months)
    .whereIn('p.slot_id', slotIds)
    .select('c.id as card_id', 'c.month', 'c.revision', 'p.slot_id', 'p.price_fen');
}
