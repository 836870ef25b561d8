import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Response } from 'express';
import {
  calendarDay,
  COMPANY_INVOICE_PROFILE,
  E_CONTRACT_STATUS_LABELS,
  fenInChineseWords,
  formatFen,
  ROLE_LABELS,
  signProblem,
  statusAfterSigning,
  type EContractStatus,
  type NegotiationSide,
} from '@portal/domain';
import type { EContractDetail, EContractList, EContractRow, EContractSignature, EContractVerification } from '@portal/domain/contracts';
import { pageOf } from '../../db/paging';
import { Conflict, Forbidden } from '../../http/errors';
import { PDF, sendAttachment } from '../../http/download';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import * as approvals from '../approvals/approvals.service';
import { audit } from '../audit/audit.service';
import * as negotiations from '../negotiations/negotiations.service';
import { nextNumber } from '../numbering/numbering.service';
import { createContractOrder, orderIdOfContract } from '../purchase-orders/purchase-orders.contract';
import { renderEContractPdf, renderSignedEContractPdf, type EContractPrintView } from './e-contracts.pdf';
import * as repo from './e-contracts.repo';
import type { BrowseContracts } from './e-contracts.schema';
import { supplierParty } from './e-contracts.sources';

export const DOCUMENT_TYPE = 'b2b_contract';

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const iso = (d: Date | string) => new Date(d).toISOString();
const yuan = (fen: number) => `¥${formatFen(fen)}`;

/** The role a side signs as: the buying unit's clerk, or the supplier's contact. */
const SIGNING_ROLE: Record<NegotiationSide, 'purchasing_clerk' | 'supplier_contact'> = { buyer: 'purchasing_clerk', supplier: 'supplier_contact' };

async function visible(db: Knex, viewer: SessionUser, id: number, opts: { lock?: boolean } = {}): Promise<repo.ContractRow> {
  return negotiations.visibleTo(db, viewer, await repo.findContract(db, id, opts));
}

function toSignature(s: repo.SignatureRow, lang: Lang): EContractSignature {
  const label = (ROLE_LABELS as Record<string, { zh: string; en: string } | undefined>)[s.role];
  return { side: s.side, signer: { id: s.signer_id, name: s.signer_name }, role: s.role, roleLabel: label?.[lang] ?? s.role, sha256: s.sha256, signedAt: iso(s.signed_at) };
}

function toRow(r: repo.ContractRow, lang: Lang, negotiationNumber: string): EContractRow {
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    negotiation: { id: r.negotiation_id, number: negotiationNumber, versionNo: r.version_no },
    supplier: { id: r.supplier_id, name: r.supplier_name },
    unit: { id: r.unit_id, name: lang === 'zh' ? r.unit_name_zh : r.unit_name_en },
    totalFen: Number(r.total_fen),
    status: r.status,
    sha256: r.sha256,
    signedSha256: r.signed_sha256,
    signedAt: r.signed_at ? iso(r.signed_at) : null,
    createdAt: iso(r.created_at),
  };
}

async function negotiationNumbers(db: Knex, ids: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  for (const id of new Set(ids)) out.set(id, (await negotiations.findNegotiation(db, id))?.number ?? '');
  return out;
}

export async function browse(db: Knex, viewer: SessionUser, lang: Lang, f: BrowseContracts): Promise<EContractList> {
  const scope = await negotiations.listScope(db, viewer);
  const filtered = repo.filteredContracts(db, { ...scope, status: f.status, q: f.q });
  const { items, total } = await pageOf<repo.ContractRow>(filtered, f, (qb) => repo.contractRows(db, qb));
  const numbers = await negotiationNumbers(db, items.map((r) => r.negotiation_id));
  return { items: items.map((r) => toRow(r, lang, numbers.get(r.negotiation_id) ?? '')), total };
}

export async function read(db: Knex, viewer: SessionUser, lang: Lang, id: number): Promise<EContractDetail> {
  const r = await visible(db, viewer, id);
  const signatures = await repo.signaturesOf(db, [id]);
  const approval = await approvals.approvalOf(db, DOCUMENT_TYPE, id);
  const mySide = await negotiations.sideOf(db, viewer, r);
  const signedSides = signatures.map((s) => s.side);
  const numbers = await negotiationNumbers(db, [r.negotiation_id]);
  return {
    ...toRow(r, lang, numbers.get(r.negotiation_id) ?? ''),
    version: r.version,
    totalInWords: fenInChineseWords(Number(r.total_fen)),
    createdBy: r.created_by === null ? null : { id: r.created_by, name: r.created_by_name ?? '' },
    signatures: signatures.map((s) => toSignature(s, lang)),
    // A supplier contact has no approvals inbox: the buyer's internal approval is not its business.
    approval: approval && viewer.supplierId == null ? { requestId: approval.id, status: approval.status } : null,
    mySide,
    can: {
      sign: mySide !== null && signProblem(r.status, mySide, signedSides) === null,
      submit: mySide === 'buyer' && r.status === 'awaiting_approval' && approval !== null && (approval.status === 'returned' || approval.status === 'withdrawn'),
    },
    // The order is internal: a supplier contact follows the contract, not our ledger.
    orderId: viewer.supplierId == null ? await orderIdOfContract(db, id) : null,
  };
}

/** The PDF: the issued copy with its signature page once signed, else the contract as it is to be signed. */
export async function pdf(db: Knex, viewer: SessionUser, res: Response, id: number): Promise<void> {
  const r = await visible(db, viewer, id);
  const bytes = (await repo.bytesOf(db, id))!;
  const body = bytes.signed_pdf ?? bytes.pdf;
  const suffix = bytes.signed_pdf ? '-已签订' : '';
  sendAttachment(res, Buffer.from(body), `电子合同-${r.number}${suffix}.pdf`, `e-contract-${r.number}${bytes.signed_pdf ? '-signed' : ''}.pdf`, PDF);
}

// ---------------------------------------------------------------------------
// Writing

/**
 * Generates the contract from a 双方同意 negotiation: renders the PDF from the agreed version,
 * stores its bytes and SHA-256, and submits it to the approvals engine in the same transaction
 * (under the policy amount the chain is empty and it is approved at once).
 */
export async function create(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, negotiationId: number): Promise<EContractDetail> {
  const id = await db.transaction(async (trx) => {
    const n = await negotiations.visibleTo(trx, viewer, await negotiations.findNegotiation(trx, negotiationId, { lock: true }));
    if ((await negotiations.sideOf(trx, viewer, n)) !== 'buyer') throw new Forbidden('eContracts.buyerOnly');
    const agreed = await negotiations.agreedVersion(trx, negotiationId);
    if (!agreed) throw new Conflict('eContracts.notAgreed');
    const unit = await repo.unitOf(trx, n.unit_id);
    const month = calendarDay(new Date()).slice(0, 7);
    const seq = await nextNumber(trx, { type: 'e_contract', unitId: n.unit_id, period: month });
    const number = `HT-${unit.code}-${month.replace('-', '')}-${String(seq).padStart(4, '0')}`;
    // Whole seconds: the PDF's date has no milliseconds, and the view is stored as JSON.
    const createdAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const view: EContractPrintView = {
      number,
      title: n.title,
      createdAt,
      negotiationNumber: n.number,
      version: agreed.versionNo,
      buyer: { name: COMPANY_INVOICE_PROFILE.name, taxId: COMPANY_INVOICE_PROFILE.taxId, address: COMPANY_INVOICE_PROFILE.address, contact: unit.nameZh },
      supplier: await supplierParty(trx, n.supplier_id),
      terms: agreed.terms,
      lines: agreed.lines,
    };
    const bytes = await renderEContractPdf(view);
    const values = {
      number,
      negotiation_id: negotiationId,
      version_no: agreed.versionNo,
      unit_id: n.unit_id,
      supplier_id: n.supplier_id,
      title: n.title,
      total_fen: agreed.totals.totalFen,
      status: 'awaiting_approval' as EContractStatus,
      print_view: JSON.stringify(view),
      pdf: bytes,
      sha256: sha256Of(bytes),
      created_by: viewer.id,
      created_at: createdAt,
    };
    const newId = await repo.insertContract(trx, values);
    await audit(trx, actor, { action: 'e_contract.create', entity: 'e_contract', entityId: newId, after: { ...values, pdf: `${bytes.length} bytes`, print_view: undefined } });
    await approvals.submit(trx, actor, DOCUMENT_TYPE, newId);
    return newId;
  });
  return read(db, viewer, lang, id);
}

/** Submits again after the head returned it (or the clerk withdrew it). */
export async function submit(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number): Promise<EContractDetail> {
  await db.transaction(async (trx) => {
    const r = await visible(trx, viewer, id, { lock: true });
    if ((await negotiations.sideOf(trx, viewer, r)) !== 'buyer') throw new Forbidden('eContracts.buyerOnly');
    if (r.status !== 'awaiting_approval') throw notNow(r.status, lang);
    const request = await approvals.submit(trx, actor, DOCUMENT_TYPE, id);
    await audit(trx, actor, { action: 'e_contract.submit', entity: 'e_contract', entityId: id, after: { requestId: request.id } });
  });
  return read(db, viewer, lang, id);
}

function notNow(status: EContractStatus, lang: Lang): Conflict {
  return new Conflict('eContracts.notAllowedNow', { status: E_CONTRACT_STATUS_LABELS[status][lang] });
}

/**
 * Signs for the caller's side. The caller names the hash of the bytes it read (the detail's
 * sha256); the signature records the hash of the stored bytes, which must be the same. When the
 * second side signs, the contract is 已签订 and the issued copy with the signature page is stored.
 */
export async function sign(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, sha256: string): Promise<EContractDetail> {
  await db.transaction(async (trx) => {
    const r = await visible(trx, viewer, id, { lock: true });
    const side = await negotiations.sideOf(trx, viewer, r);
    if (!side) throw new Forbidden('eContracts.notAParty');
    const existing = await repo.signaturesOf(trx, [id]);
    const signedSides = existing.map((s) => s.side);
    const problem = signProblem(r.status, side, signedSides);
    if (problem === 'alreadySigned') throw new Conflict('eContracts.alreadySigned');
    if (problem === 'approvalRequired') throw new Conflict('eContracts.approvalRequired');
    if (problem) throw notNow(r.status, lang);
    const bytes = (await repo.bytesOf(trx, id))!;
    const actual = sha256Of(Buffer.from(bytes.pdf));
    if (actual !== r.sha256) throw new Error(`e-contract ${id}: stored bytes no longer match their hash`);
    if (sha256 !== actual) throw new Conflict('eContracts.hashMismatch');
    const signature = await repo.insertSignature(trx, {
      contract_id: id,
      side,
      signer_id: viewer.id,
      signer_name: viewer.displayName,
      role: SIGNING_ROLE[side],
      sha256: actual,
    });
    const status = statusAfterSigning(r.status, side, signedSides);
    let patch: object = {};
    if (status === 'signed') {
      const view: EContractPrintView = { ...bytes.print_view, createdAt: new Date(bytes.print_view.createdAt) };
      const all = [...existing, signature].map((s) => ({
        side: s.side,
        signerName: s.signer_name,
        roleLabel: ROLE_LABELS[s.role as keyof typeof ROLE_LABELS]?.zh ?? s.role,
        signedAt: new Date(s.signed_at),
        sha256: s.sha256,
      }));
      const signedPdf = await renderSignedEContractPdf(view, all);
      patch = { status, signed_pdf: signedPdf, signed_sha256: sha256Of(signedPdf), signed_at: new Date(signature.signed_at) };
    }
    if (!(await repo.updateContract(trx, id, r.version, patch))) throw Conflict.stale();
    // 已签订: the contract becomes its unit's order in the same transaction (issue 15 item 7), to be
    // received, reviewed and settled as the online orders are.
    if (status === 'signed') {
      await createContractOrder(trx, actor, {
        contractId: id,
        number: r.number,
        title: r.title,
        unitId: r.unit_id,
        supplierId: r.supplier_id,
        signedOn: calendarDay(new Date(signature.signed_at)),
        lines: await negotiations.versionLines(trx, r.negotiation_id, r.version_no),
      });
    }
    const n = (await negotiations.findNegotiation(trx, r.negotiation_id))!;
    await negotiations.tellOtherSide(trx, n, side, status === 'signed' ? 'eContract.signed' : 'eContract.signedByOther', { number: r.number }, `/e-contracts/${id}`);
    await audit(trx, actor, { action: 'e_contract.sign', entity: 'e_contract', entityId: id, after: { side, sha256: actual, status } });
  });
  return read(db, viewer, lang, id);
}

/** Whether uploaded bytes are exactly a signed contract's (as both signed it, or the issued copy). */
export async function verify(db: Knex, viewer: SessionUser, lang: Lang, bytes: Buffer): Promise<EContractVerification> {
  const sha256 = sha256Of(bytes);
  const found = await repo.findByHash(db, sha256);
  const none: EContractVerification = { sha256, size: bytes.length, match: false, copy: null, contract: null };
  if (!found) return none;
  // Equal hashes, and then equal bytes: the answer never rests on the hash alone.
  const stored = (await repo.bytesOf(db, found.id))!;
  const same = found.copy === 'signed' ? stored.signed_pdf : stored.pdf;
  if (!same || !Buffer.from(same).equals(bytes)) return none;
  const r = (await repo.findContract(db, found.id))!;
  // A contact may learn only that its own contract matches; anyone else's is a plain "no".
  if (viewer.supplierId != null && viewer.supplierId !== r.supplier_id) return none;
  const signatures = (await repo.signaturesOf(db, [r.id])).map((s) => toSignature(s, lang));
  return {
    sha256,
    size: bytes.length,
    match: true,
    copy: found.copy,
    contract: { id: r.id, number: r.number, title: r.title, supplierName: r.supplier_name, signedAt: r.signed_at ? iso(r.signed_at) : null, signatures },
  };
}

// ---------------------------------------------------------------------------
// What the approvals engine asks

export async function describeContract(trx: Knex, id: number) {
  const r = (await repo.findContract(trx, id))!;
  return { unitId: r.unit_id, title: `${r.number} ${r.supplier_name} 电子合同 ${yuan(Number(r.total_fen))}`, amountFen: Number(r.total_fen) };
}

export function onDecision(status: EContractStatus, action: 'approved' | 'rejected' | 'returned' | 'withdrawn') {
  return async (trx: Knex, actor: Actor, id: number, detail: { requestId: number; comment: string | null }) => {
    const r = (await repo.findContract(trx, id, { lock: true }))!;
    if (!(await repo.updateContract(trx, id, r.version, { status }))) throw Conflict.stale();
    await audit(trx, actor, { action: `e_contract.${action}`, entity: 'e_contract', entityId: id, before: { status: r.status }, after: { status, ...detail } });
  };
}

