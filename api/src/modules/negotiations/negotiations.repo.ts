import type { Knex } from 'knex';
import type { NegotiationSide, NegotiationState } from '@portal/domain';
import { whereContains } from '../../db/like';
import { insertedId, updateAtVersion } from '../../db/rows';
import { eContractsView } from '../e-contracts/e-contracts.reads.repo';
import { inquiriesView, latestQuoteLinesView } from '../inquiries/inquiries.offers.reads.repo';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

/**
 * Negotiation sheets (洽谈单), their immutable versions and lines, and the comment thread.
 * Suppliers, units and people come through the views their modules publish.
 */

export interface NegotiationRow {
  id: number;
  number: string;
  inquiry_id: number;
  supplier_id: number;
  supplier_name: string;
  unit_id: number;
  unit_name_zh: string;
  unit_name_en: string;
  title: string;
  current_version: number;
  buyer_agreed_version: number | null;
  supplier_agreed_version: number | null;
  created_by: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const negotiationColumns = (db: Knex) =>
  db('negotiations as n')
    .join(suppliersView(db).as('s'), 's.id', 'n.supplier_id')
    .join(unitsView(db).as('u'), 'u.id', 'n.unit_id')
    .select('n.*', 's.shop_name as supplier_name', 'u.name_zh as unit_name_zh', 'u.name_en as unit_name_en');

export async function findNegotiation(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<NegotiationRow | undefined> {
  if (opts.lock) await db('negotiations').where({ id }).forUpdate().first('id');
  return negotiationColumns(db).where('n.id', id).first();
}

export interface NegotiationFilter {
  unitIds: readonly number[] | null;
  supplierId: number | null;
  state?: NegotiationState;
  q?: string;
}

/** The agreement state in SQL, the same rule as domain's negotiationState. */
const STATE_SQL = `(case
  when n.buyer_agreed_version = n.current_version and n.supplier_agreed_version = n.current_version then 'both'
  when n.buyer_agreed_version = n.current_version or n.supplier_agreed_version = n.current_version then 'one'
  else 'none' end)`;

export function filteredNegotiations(db: Knex, f: NegotiationFilter): Knex.QueryBuilder {
  const qb = db('negotiations as n').join(suppliersView(db).as('s'), 's.id', 'n.supplier_id');
  if (f.unitIds) qb.whereIn('n.unit_id', f.unitIds);
  if (f.supplierId !== null) qb.where('n.supplier_id', f.supplierId);
  if (f.state) qb.whereRaw(`${STATE_SQL} = ?`, [f.state]);
  whereContains(qb, f.q, ['n.number', 'n.title', 's.shop_name']);
  return qb;
}

export function negotiationRows(db: Knex, qb: Knex.QueryBuilder): Knex.QueryBuilder {
  return qb
    .join(unitsView(db).as('u'), 'u.id', 'n.unit_id')
    .select('n.*', 's.shop_name as supplier_name', 'u.name_zh as unit_name_zh', 'u.name_en as unit_name_en')
    .orderBy([{ column: 'n.updated_at', order: 'desc' }, { column: 'n.id', order: 'desc' }]);
}

export async function insertNegotiation(trx: Knex, values: object): Promise<number> {
  return insertedId(trx('negotiations'), values);
}

export async function updateNegotiation(trx: Knex, id: number, version: number, patch: object): Promise<boolean> {
  return updateAtVersion(trx('negotiations'), id, version, patch);
}

export interface VersionRow {
  id: number;
  negotiation_id: number;
  version_no: number;
  quality_requirements: string;
  inspection_method: string;
  delivery_place: string;
  delivery_date: string;
  payment_method: string;
  note: string;
  side: NegotiationSide;
  author_id: number | null;
  author_name: string | null;
  created_at: Date;
}

export interface LineRow {
  version_id: number;
  line_no: number;
  inquiry_line_id: number | null;
  item_id: number | null;
  name: string;
  spec: string;
  uom: string;
  quantity: string | number;
  unit_price_fen: number;
  tax_rate_bp: number;
}

export type NewLine = Omit<LineRow, 'version_id'>;

/**
 * A new version and its lines. unique (negotiation_id, version_no) makes the second of two racing
 * edits of the same version fail here, whatever the code before it let through.
 */
export async function insertVersion(trx: Knex, values: Omit<VersionRow, 'id' | 'author_name' | 'created_at'>, lines: readonly NewLine[]): Promise<number> {
  const versionId = await insertedId(trx('negotiation_versions'), values);
  await trx('negotiation_lines').insert(lines.map((l) => ({ ...l, version_id: versionId })));
  return versionId;
}

export async function versionsOf(db: Knex, negotiationId: number, versionNo?: number): Promise<VersionRow[]> {
  const qb = db('negotiation_versions as v')
    .leftJoin(usersView(db).as('a'), 'a.id', 'v.author_id')
    .where('v.negotiation_id', negotiationId)
    .select('v.*', db.raw(`to_char(v.delivery_date, 'YYYY-MM-DD') as delivery_date`), 'a.display_name as author_name')
    .orderBy('v.version_no');
  if (versionNo !== undefined) qb.where('v.version_no', '>=', versionNo - 1).where('v.version_no', '<=', versionNo);
  return qb;
}

export async function linesOf(db: Knex, versionIds: readonly number[]): Promise<LineRow[]> {
  if (!versionIds.length) return [];
  return db('negotiation_lines').whereIn('version_id', versionIds).orderBy(['version_id', 'line_no']);
}

export interface CommentRow {
  id: number;
  version_no: number;
  side: NegotiationSide;
  author_id: number | null;
  author_name: string | null;
  body: string;
  created_at: Date;
}

export async function commentsOf(db: Knex, negotiationId: number): Promise<CommentRow[]> {
  return db('negotiation_comments as c')
    .leftJoin(usersView(db).as('a'), 'a.id', 'c.author_id')
    .where('c.negotiation_id', negotiationId)
    .select('c.id', 'c.version_no', 'c.side', 'c.author_id', 'a.display_name as author_name', 'c.body', 'c.created_at')
    .orderBy([{ column: 'c.created_at' }, { column: 'c.id' }]);
}

export async function insertComment(trx: Knex, values: { negotiation_id: number; version_no: number; side: NegotiationSide; author_id: number; body: string }): Promise<number> {
  return insertedId(trx('negotiation_comments'), values);
}

/** The current version's total per negotiation, for the list. */
export async function currentTotals(db: Knex, ids: readonly number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const rows: { id: number; total_fen: string | number }[] = await db('negotiations as n')
    .join('negotiation_versions as v', (j) => j.on('v.negotiation_id', 'n.id').andOn('v.version_no', 'n.current_version'))
    .join('negotiation_lines as l', 'l.version_id', 'v.id')
    .whereIn('n.id', ids)
    .groupBy('n.id')
    .select('n.id', db.raw('sum(round(l.quantity * l.unit_price_fen))::bigint as total_fen'));
  return new Map(rows.map((r) => [r.id, Number(r.total_fen)]));
}

/** Which of these negotiations already has its e-contract. */
export async function contractIdsOf(db: Knex, ids: readonly number[]): Promise<Map<number, number>> {
  if (!ids.length) return new Map();
  const rows: { id: number; negotiation_id: number }[] = await db.from(eContractsView(db).as('ec')).whereIn('ec.negotiation_id', ids).select('ec.id', 'ec.negotiation_id');
  return new Map(rows.map((r) => [r.negotiation_id, r.id]));
}

export async function inquiryNumbers(db: Knex, ids: readonly number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows: { id: number; number: string }[] = await db.from(inquiriesView(db).as('i')).whereIn('i.id', [...new Set(ids)]).select('i.id', 'i.number');
  return new Map(rows.map((r) => [r.id, r.number]));
}

export interface InquiryOffer {
  inquiry: { id: number; number: string; unitId: number; unitCode: string; title: string; deliveryPlace: string; deadlinePassed: boolean; closed: boolean };
  /** What the supplier's latest quote prices, by inquiry line; empty if it never quoted. */
  lines: {
    inquiryLineId: number;
    itemId: number | null;
    name: string;
    spec: string;
    uom: string;
    quantity: number;
    requiredOn: string;
    unitPriceFen: number;
    taxRateBp: number;
  }[];
}

/** An inquiry and one supplier's latest quote on it, for a negotiation to be opened from. */
export async function inquiryOffer(db: Knex, inquiryId: number, supplierId: number): Promise<InquiryOffer | undefined> {
  const i = await db
    .from(inquiriesView(db).as('i'))
    .join(unitsView(db).as('u'), 'u.id', 'i.unit_id')
    .where('i.id', inquiryId)
    .first('i.*', 'u.code as unit_code');
  if (!i) return undefined;
  const lines = await db.from(latestQuoteLinesView(db).as('l')).where({ 'l.inquiry_id': inquiryId, 'l.supplier_id': supplierId }).orderBy('l.line_no');
  return {
    inquiry: {
      id: i.id,
      number: i.number,
      unitId: i.unit_id,
      unitCode: i.unit_code,
      title: i.title,
      deliveryPlace: i.delivery_place,
      deadlinePassed: i.deadline_passed,
      closed: i.status === 'closed',
    },
    lines: lines.map((l: Record<string, unknown>) => ({
      inquiryLineId: Number(l.inquiry_line_id),
      itemId: l.item_id === null ? null : Number(l.item_id),
      name: String(l.description),
      spec: String(l.spec),
      uom: String(l.uom),
      quantity: Number(l.quantity),
      requiredOn: String(l.required_on),
      unitPriceFen: Number(l.unit_price_fen),
      taxRateBp: Number(l.tax_rate_bp),
    })),
  };
}

/**
 * The workbench's "waiting for my agreement": sheets not yet 双方同意 on which the ball is in
 * `side`'s court (the other side wrote the version on the table, or agreed it) and `side` has not
 * agreed that version; `open` is every sheet not yet 双方同意.
 */
export async function countAwaiting(db: Knex, f: { unitIds: readonly number[] | null; supplierId: number | null }, side: NegotiationSide): Promise<{ waiting: number; open: number }> {
  const [mine, theirs] = side === 'buyer' ? ['buyer_agreed_version', 'supplier_agreed_version'] : ['supplier_agreed_version', 'buyer_agreed_version'];
  const [row] = await db('negotiations as n')
    .join('negotiation_versions as v', (j) => j.on('v.negotiation_id', 'n.id').andOn('v.version_no', 'n.current_version'))
    .modify((qb) => f.unitIds && qb.whereIn('n.unit_id', f.unitIds))
    .modify((qb) => f.supplierId !== null && qb.where('n.supplier_id', f.supplierId))
    .whereRaw(`${STATE_SQL} <> 'both'`)
    .select(
      db.raw('count(*) as open'),
      db.raw(`count(*) filter (where n.${mine} is distinct from n.current_version and (v.side <> ? or n.${theirs} = n.current_version)) as waiting`, [side]),
    );
  return { waiting: Number(row.waiting), open: Number(row.open) };
}
