import type { Knex } from 'knex';
import type { EContractStatus, NegotiationSide } from '@portal/domain';
import { whereContains } from '../../db/like';
import { insertedId, updateAtVersion } from '../../db/rows';
import { suppliersView } from '../suppliers/suppliers.reads.repo';
import { unitsView } from '../units/units.reads.repo';
import { usersView } from '../users/users.reads.repo';
import type { EContractPrintView } from './e-contracts.pdf';

/** E-contracts (电子合同), their stored PDF bytes and hashes, and the signatures. */

export interface ContractRow {
  id: number;
  number: string;
  negotiation_id: number;
  version_no: number;
  unit_id: number;
  unit_name_zh: string;
  unit_name_en: string;
  supplier_id: number;
  supplier_name: string;
  title: string;
  total_fen: number;
  status: EContractStatus;
  sha256: string;
  signed_sha256: string | null;
  signed_at: Date | null;
  created_by: number | null;
  created_by_name: string | null;
  version: number;
  created_at: Date;
}

/** Everything but the bytes, which only the download and signing read. */
const contractColumns = (db: Knex) =>
  db('e_contracts as c')
    .join(suppliersView(db).as('s'), 's.id', 'c.supplier_id')
    .join(unitsView(db).as('u'), 'u.id', 'c.unit_id')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'c.created_by')
    .select(
      'c.id', 'c.number', 'c.negotiation_id', 'c.version_no', 'c.unit_id', 'u.name_zh as unit_name_zh', 'u.name_en as unit_name_en',
      'c.supplier_id', 's.shop_name as supplier_name', 'c.title', 'c.total_fen', 'c.status', 'c.sha256', 'c.signed_sha256', 'c.signed_at',
      'c.created_by', 'cb.display_name as created_by_name', 'c.version', 'c.created_at',
    );

export async function findContract(db: Knex, id: number, opts: { lock?: boolean } = {}): Promise<ContractRow | undefined> {
  if (opts.lock) await db('e_contracts').where({ id }).forUpdate().first('id');
  return contractColumns(db).where('c.id', id).first();
}

export interface ContractFilter {
  unitIds: readonly number[] | null;
  supplierId: number | null;
  status?: EContractStatus;
  q?: string;
}

export function filteredContracts(db: Knex, f: ContractFilter): Knex.QueryBuilder {
  const qb = db('e_contracts as c').join(suppliersView(db).as('s'), 's.id', 'c.supplier_id');
  if (f.unitIds) qb.whereIn('c.unit_id', f.unitIds);
  if (f.supplierId !== null) qb.where('c.supplier_id', f.supplierId);
  if (f.status) qb.where('c.status', f.status);
  whereContains(qb, f.q, ['c.number', 'c.title', 's.shop_name']);
  return qb;
}

export function contractRows(db: Knex, qb: Knex.QueryBuilder): Knex.QueryBuilder {
  return qb
    .join(unitsView(db).as('u'), 'u.id', 'c.unit_id')
    .leftJoin(usersView(db).as('cb'), 'cb.id', 'c.created_by')
    .select(
      'c.id', 'c.number', 'c.negotiation_id', 'c.version_no', 'c.unit_id', 'u.name_zh as unit_name_zh', 'u.name_en as unit_name_en',
      'c.supplier_id', 's.shop_name as supplier_name', 'c.title', 'c.total_fen', 'c.status', 'c.sha256', 'c.signed_sha256', 'c.signed_at',
      'c.created_by', 'cb.display_name as created_by_name', 'c.version', 'c.created_at',
    )
    .orderBy([{ column: 'c.created_at', order: 'desc' }, { column: 'c.id', order: 'desc' }]);
}

export async function insertContract(trx: Knex, values: object): Promise<number> {
  return insertedId(trx('e_contracts'), values);
}

export async function updateContract(trx: Knex, id: number, version: number, patch: object): Promise<boolean> {
  return updateAtVersion(trx('e_contracts'), id, version, patch);
}

export async function bytesOf(db: Knex, id: number): Promise<{ pdf: Buffer; signed_pdf: Buffer | null; print_view: EContractPrintView } | undefined> {
  return db('e_contracts').where({ id }).first('pdf', 'signed_pdf', 'print_view');
}

export interface SignatureRow {
  contract_id: number;
  side: NegotiationSide;
  signer_id: number;
  signer_name: string;
  role: string;
  sha256: string;
  signed_at: Date;
}

export async function signaturesOf(db: Knex, contractIds: readonly number[]): Promise<SignatureRow[]> {
  if (!contractIds.length) return [];
  return db('e_contract_signatures').whereIn('contract_id', contractIds).orderBy([{ column: 'signed_at' }, { column: 'id' }]);
}

/** unique (contract_id, side): a second signature by the same side fails here whatever raced. */
export async function insertSignature(trx: Knex, values: Omit<SignatureRow, 'signed_at'>): Promise<SignatureRow> {
  const [row] = await trx('e_contract_signatures').insert(values).returning('*');
  return row;
}

/** The contract whose stored bytes (as signed, or the issued copy) have this hash. */
export async function findByHash(db: Knex, sha256: string): Promise<{ id: number; copy: 'contract' | 'signed' } | undefined> {
  const row: { id: number; sha256: string } | undefined = await db('e_contracts')
    .where((w) => w.where('signed_sha256', sha256).orWhere((x) => x.where('sha256', sha256).whereNotNull('signed_sha256')))
    .first('id', 'sha256');
  return row && { id: row.id, copy: row.sha256 === sha256 ? 'contract' : 'signed' };
}

/** The buying unit's code (for the contract number) and Chinese name (printed on the contract). */
export async function unitOf(db: Knex, id: number): Promise<{ code: string; nameZh: string }> {
  const u = await db.from(unitsView(db).as('u')).where('u.id', id).first('u.code', 'u.name_zh');
  return { code: u.code, nameZh: u.name_zh };
}

/**
 * The workbench's "to sign": contracts in scope that `side` may sign now and has not (the supplier
 * from issue, the buyer once the approval is through: domain signProblem), and those still waiting
 * for the buyer's approval.
 */
export async function countToSign(db: Knex, f: { unitIds: readonly number[] | null; supplierId: number | null }, side: NegotiationSide): Promise<{ toSign: number; awaitingApproval: number }> {
  const signable: EContractStatus[] = side === 'buyer' ? ['awaiting_signatures'] : ['awaiting_approval', 'awaiting_signatures'];
  const [row] = await db('e_contracts as c')
    .modify((qb) => f.unitIds && qb.whereIn('c.unit_id', f.unitIds))
    .modify((qb) => f.supplierId !== null && qb.where('c.supplier_id', f.supplierId))
    .whereNotExists((s) => s.from('e_contract_signatures as g').whereRaw('g.contract_id = c.id').andWhere('g.side', side).select(db.raw('1')))
    .select(
      db.raw(`count(*) filter (where c.status in (${signable.map(() => '?').join(', ')})) as to_sign`, signable),
      db.raw(`count(*) filter (where c.status = 'awaiting_approval') as awaiting_approval`),
    );
  return { toSign: Number(row.to_sign), awaitingApproval: Number(row.awaiting_approval) };
}
