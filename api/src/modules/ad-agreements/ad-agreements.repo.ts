import type { Knex } from 'knex';
import type { AgreementDocumentKind, InstalmentMethod, StoredAdAgreementStatus } from '@portal/domain';
import { pageOf, sortedBy } from '../../db/paging';
import { whereContains } from '../../db/like';
import { insertedId, updateAtVersion } from '../../db/rows';
import { quoteLinesView, quotesView } from '../ad-quotes/ad-quotes.reads.repo';
import { slotsView } from '../ad-slots/ad-slots.reads.repo';
import { customersView } from '../customers/customers.reads.repo';
import { recognitionsView } from '../income-recognition/income-recognition.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';

// ---------------------------------------------------------------------------
// Agreements

export interface AgreementRow {
  id: number;
  number: string;
  quote_id: number;
  quote_number: string;
  unit_id: number;
  unit_code: string;
  unit_kind: string;
  unit_name_zh: string;
  unit_name_en: string;
  customer_id: number;
  customer_name: string;
  fee_standard: string;
  amount_fen: number;
  quote_snapshot: unknown;
  starts_on: string;
  ends_on: string;
  status: StoredAdAgreementStatus;
  signed_by: number | null;
  signed_by_name: string | null;
  signed_at: Date | null;
  terminated_on: string | null;
  termination_reason: string | null;
  created_by: number | null;
  created_by_name: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

const AGREEMENT_COLUMNS = [
  'a.*',
  'q.number as quote_number',
  'un.code as unit_code',
  'un.kind as unit_kind',
  'un.name_zh as unit_name_zh',
  'un.name_en as unit_name_en',
  'c.name as customer_name',
  'cb.display_name as created_by_name',
  'sb.display_name as signed_by_name',
];

function joined(db: Knex) {
  return db('ad_agreements as a')
    .join(unitsView(db).as('un'), 'un.id', 'a.unit_id')
    .join(customersView(db).as('c'), 'c.id', 'a.customer_id')
    .join(quotesView(db).as('q'), 'q.id', 'a.quote_id')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'a.created_by')
    .leftJoin(usersView(db).as('sb'), 'sb.id', 'a.signed_by');
}

const agreements = (db: Knex) => joined(db).select(AGREEMENT_COLUMNS);

/** null: every unit; otherwise the branches whose agreements may be seen (units.scope placeScope). */
export type AgreementScope = readonly number[] | null;

const SORT_COLUMNS: Record<string, string> = {
  number: 'a.number',
  updatedAt: 'a.updated_at',
  amountFen: 'a.amount_fen',
  startsOn: 'a.starts_on',
  customer: 'c.name',
};

/**
 * A status filter over what is stored: running and completed are signed agreements the
 * calendar has reached (effectiveAgreementStatus), so they filter by today against the dates.
 */
function whereStatus(qb: Knex.QueryBuilder, status: string | undefined, today: string) {
  if (!status) return;
  if (status === 'signed') qb.where('a.status', 'signed').where('a.starts_on', '>', today);
  else if (status === 'running') qb.where('a.status', 'signed').where('a.starts_on', '<=', today).where('a.ends_on', '>=', today);
  else if (status === 'completed') qb.where('a.status', 'signed').where('a.ends_on', '<', today);
  else qb.where('a.status', status);
}

export async function listAgreements(
  db: Knex,
  f: { scope: AgreementScope; today: string; q?: string; status?: string; unitId?: number; customerId?: number; sort: { column: string; desc: boolean }; page: number; pageSize: number },
) {
  const filtered = joined(db);
  if (f.scope) filtered.whereIn('a.unit_id', f.scope);
  if (f.unitId) filtered.where('a.unit_id', f.unitId);
  if (f.customerId) filtered.where('a.customer_id', f.customerId);
  whereContains(filtered, f.q, ['a.number', 'c.name', 'q.number']);
  whereStatus(filtered, f.status, f.today);
  return pageOf<AgreementRow>(filtered, f, (qb) =>
    sortedBy(qb.select(AGREEMENT_COLUMNS), SORT_COLUMNS, f.sort).orderBy('a.id', 'desc'),
  );
}

export async function findAgreement(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<AgreementRow | undefined> {
  if (opts.lock) await db('ad_agreements').where({ id }).forUpdate().first('id');
  return agreements(db).where('a.id', id).first();
}

export interface AgreementValues {
  number: string;
  quote_id: number;
  unit_id: number;
  customer_id: number;
  fee_standard: string;
  amount_fen: number;
  quote_snapshot: string;
  starts_on: string;
  ends_on: string;
  created_by: number | null;
}

export async function insertAgreement(trx: Knex, v: AgreementValues): Promise<number> {
  return insertedId(trx('ad_agreements'), { ...v, status: 'draft' });
}

export async function updateAgreement(
  trx: Knex,
  id: number,
  version: number,
  patch: Partial<{
    fee_standard: string;
    status: StoredAdAgreementStatus;
    signed_by: number | null;
    signed_at: Date;
    terminated_on: string;
    termination_reason: string;
  }>,
): Promise<boolean> {
  return updateAtVersion(trx('ad_agreements'), id, version, patch);
}

// ---------------------------------------------------------------------------
// Flights and instalments

export interface AgreementLineRow {
  id: number;
  line_no: number;
  slot_id: number;
  slot_code: string;
  slot_name: string;
  slot_name_en: string | null;
  starts_on: string;
  ends_on: string;
  amount_fen: number;
}

export async function linesOf(db: Knex, agreementId: number): Promise<AgreementLineRow[]> {
  return db('ad_agreement_lines as l')
    .join(slotsView(db).as('s'), 's.id', 'l.slot_id')
    .where('l.agreement_id', agreementId)
    .orderBy('l.line_no')
    .select('l.id', 'l.line_no', 'l.slot_id', 's.code as slot_code', 's.name as slot_name', 's.name_en as slot_name_en', 'l.starts_on', 'l.ends_on', 'l.amount_fen');
}

export async function insertLines(trx: Knex, agreementId: number, lines: { slot_id: number; starts_on: string; ends_on: string; amount_fen: number }[]): Promise<void> {
  if (lines.length) await trx('ad_agreement_lines').insert(lines.map((l, i) => ({ ...l, agreement_id: agreementId, line_no: i + 1 })));
}

export interface InstalmentRow {
  id: number;
  seq: number;
  due_on: string;
  amount_fen: number;
  method: InstalmentMethod;
}

export async function instalmentsOf(db: Knex, agreementId: number): Promise<InstalmentRow[]> {
  return db('ad_agreement_instalments').where({ agreement_id: agreementId }).orderBy('seq').select('id', 'seq', 'due_on', 'amount_fen', 'method');
}

export async function replaceInstalments(trx: Knex, agreementId: number, rows: { due_on: string; amount_fen: number; method: InstalmentMethod }[]): Promise<void> {
  await trx('ad_agreement_instalments').where({ agreement_id: agreementId }).delete();
  if (rows.length) await trx('ad_agreement_instalments').insert(rows.map((r, i) => ({ ...r, agreement_id: agreementId, seq: i + 1 })));
}

// ---------------------------------------------------------------------------
// Documents: the signed scan and the branch's copies for HQ

export interface DocumentRow {
  kind: AgreementDocumentKind;
  attachment_id: number | null;
  sent_by: number | null;
  sent_by_name: string | null;
  sent_at: Date | null;
  received_by: number | null;
  received_by_name: string | null;
  received_at: Date | null;
}

export async function documentsOf(db: Knex, agreementId: number): Promise<DocumentRow[]> {
  return db('ad_agreement_documents as d')
    .leftJoin(usersView(db).as('s'), 's.id', 'd.sent_by')
    .leftJoin(usersView(db).as('r'), 'r.id', 'd.received_by')
    .where('d.agreement_id', agreementId)
    .select('d.kind', 'd.attachment_id', 'd.sent_by', 's.display_name as sent_by_name', 'd.sent_at', 'd.received_by', 'r.display_name as received_by_name', 'd.received_at');
}

/** Attaching again replaces the file and asks HQ to receive it again: what HQ confirmed was the old one. */
export async function putDocument(trx: Knex, agreementId: number, kind: AgreementDocumentKind, attachmentId: number, userId: number | null): Promise<void> {
  await trx.raw(
    `insert into ad_agreement_documents (agreement_id, kind, attachment_id, sent_by, sent_at)
     values (?, ?, ?, ?, now())
     on conflict (agreement_id, kind) do update
        set attachment_id = excluded.attachment_id, sent_by = excluded.sent_by, sent_at = excluded.sent_at, received_by = null, received_at = null`,
    [agreementId, kind, attachmentId, userId],
  );
}

/** Marks a sent copy received; false when there is nothing sent or it is already received. */
export async function receiveDocument(trx: Knex, agreementId: number, kind: AgreementDocumentKind, userId: number | null): Promise<boolean> {
  const n = await trx('ad_agreement_documents')
    .where({ agreement_id: agreementId, kind })
    .whereNotNull('attachment_id')
    .whereNull('received_at')
    .update({ received_by: userId, received_at: trx.raw('now()') });
  return n === 1;
}

// ---------------------------------------------------------------------------
// The quote an agreement is made from, through what ad-quotes publishes

export interface QuoteSourceRow {
  id: number;
  number: string;
  unit_id: number;
  customer_id: number;
  customer_name: string;
  status: string;
  valid_until: string;
  bundle_share_bp: number;
  list_fen: number;
  net_fen: number;
  paid_share_bp: number;
  note: string | null;
  agreement_id: number | null;
}

function quoteSources(db: Knex) {
  return db
    .from(quotesView(db).as('q'))
    .join(customersView(db).as('c'), 'c.id', 'q.customer_id')
    .leftJoin('ad_agreements as a', 'a.quote_id', 'q.id')
    .select('q.id', 'q.number', 'q.unit_id', 'q.customer_id', 'c.name as customer_name', 'q.status', 'q.valid_until', 'q.bundle_share_bp', 'q.list_fen', 'q.net_fen', 'q.paid_share_bp', 'q.note', 'a.id as agreement_id');
}

export async function findQuoteSource(db: Knex, quoteId: number): Promise<QuoteSourceRow | undefined> {
  return quoteSources(db).where('q.id', quoteId).first();
}

/** Accepted quotes of these units (null: all) with no agreement yet, newest first. */
export async function openAcceptedQuotes(
  db: Knex,
  unitIds: readonly number[] | null,
): Promise<(QuoteSourceRow & { unit_code: string; unit_kind: string; unit_name_zh: string; unit_name_en: string; starts_on: string; ends_on: string })[]> {
  const flights = db
    .from(quoteLinesView(db).as('ql'))
    .groupBy('ql.quote_id')
    .select('ql.quote_id', db.raw('min(ql.starts_on) as starts_on'), db.raw('max(ql.ends_on) as ends_on'));
  const qb = quoteSources(db)
    .join(unitsView(db).as('un'), 'un.id', 'q.unit_id')
    .join(flights.as('f'), 'f.quote_id', 'q.id')
    .select('un.code as unit_code', 'un.kind as unit_kind', 'un.name_zh as unit_name_zh', 'un.name_en as unit_name_en', 'f.starts_on', 'f.ends_on')
    .where('q.status', 'accepted')
    .whereNull('a.id')
    .orderBy('q.updated_at', 'desc')
    .orderBy('q.id', 'desc')
    .limit(200);
  if (unitIds) qb.whereIn('q.unit_id', unitIds);
  return qb;
}

export interface QuoteSourceLine {
  position: number;
  slot_id: number;
  slot_code: string;
  slot_name: string;
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

export async function quoteSourceLines(db: Knex, quoteId: number): Promise<QuoteSourceLine[]> {
  return db
    .from(quoteLinesView(db).as('l'))
    .join(slotsView(db).as('s'), 's.id', 'l.slot_id')
    .where('l.quote_id', quoteId)
    .orderBy('l.position')
    .select('l.position', 'l.slot_id', 's.code as slot_code', 's.name as slot_name', 'l.starts_on', 'l.ends_on', 'l.units', 'l.card_id', 'l.card_revision', 'l.unit_price_fen', 'l.list_fen', 'l.share_bp', 'l.net_fen');
}

// ---------------------------------------------------------------------------
// Income already recognised (the income-recognition module's rows)

export async function recognisedOf(db: Knex, agreementId: number): Promise<{ period: string; gross_fen: number }[]> {
  return db.from(recognitionsView(db).as('r')).where('r.agreement_id', agreementId).orderBy('r.period').select('r.period', 'r.gross_fen');
}

// ---------------------------------------------------------------------------
// Workbench counts

const inScope = (qb: Knex.QueryBuilder, scope: AgreementScope) => (scope ? qb.whereIn('a.unit_id', scope) : qb);

/** Drafts waiting for their signer, in these units (HQ's for 电子商务部, a branch's for its GM). */
export async function countDraftsOf(db: Knex, unitIds: readonly number[]): Promise<number> {
  if (!unitIds.length) return 0;
  const [{ n }] = await db('ad_agreements as a').whereIn('a.unit_id', unitIds).where('a.status', 'draft').count<{ n: number }[]>({ n: '*' });
  return Number(n);
}

/** Branch copies sent to HQ and not yet marked received. */
export async function countCopiesAwaitingReceipt(db: Knex, scope: AgreementScope): Promise<number> {
  const [{ n }] = await db('ad_agreement_documents as d')
    .join('ad_agreements as a', 'a.id', 'd.agreement_id')
    .modify(inScope, scope)
    .whereNot('d.kind', 'signed_copy')
    .whereNotNull('d.attachment_id')
    .whereNull('d.received_at')
    .count<{ n: number }[]>({ n: '*' });
  return Number(n);
}
