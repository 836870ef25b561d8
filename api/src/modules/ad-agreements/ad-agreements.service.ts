import type { Knex } from 'knex';
import {
  AD_AGREEMENT_STATUS_LABELS,
  AD_QUOTE_STATUS_LABELS,
  AGREEMENT_DOCUMENT_LABELS,
  addDays,
  addMonths,
  agreementActions,
  allocateFen,
  effectiveAgreementStatus,
  formatAgreementNumber,
  formatFen,
  instalmentsRemaining,
  type AdAgreementStatus,
  type AdQuoteStatus,
  type AgreementAction,
  type BranchCopyKind,
} from '@portal/domain';
import type { QuoteSnapshot } from '@portal/domain/contracts';
import { AppError, Conflict, Forbidden, Invalid, NotFound } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { listAttachments, registerAttachmentOwner, storeAttachment } from '../attachments/attachments.service';
import { audit } from '../audit/audit.service';
import { nextNumber } from '../numbering/numbering.service';
import * as repo from './ad-agreements.repo';
import type { AgreementTerms, BrowseAgreements, CreateAgreement, TerminateAgreement } from './ad-agreements.schema';
import { mayFor, mayOn, scopeOf, today, unitName, visibleAgreement } from './ad-agreements.scope';
import { unitRef } from '../units/units.refs';

/**
 * Ad agreements (广告协议): made from an accepted quote, whose terms are copied so that later
 * changes to the quote or the rate card never change what was signed; drafted, signed with
 * the scan attached, running over their flights, completed or terminated early. A branch's
 * copies for HQ (contract, invoice, ad materials) form a checklist HQ marks received.
 */

export const DOCUMENT_TYPE = 'ad_agreement';
export const ATTACHMENT_OWNER = 'ad_agreement';

export { scopeOf, today } from './ad-agreements.scope';

/** Whether the viewer may read the agreement: what its files' downloads ask. */
export async function mayReadAgreement(db: Knex, viewer: SessionUser, id: number): Promise<boolean> {
  await visibleAgreement(db, viewer, id);
  return true;
}

registerAttachmentOwner(ATTACHMENT_OWNER, { canRead: mayReadAgreement });

const person = (id: number | null, name: string | null) => (id === null ? null : { id, name: name ?? '' });
const iso = (d: Date | null) => (d === null ? null : new Date(d).toISOString());

function toListed(r: repo.AgreementRow, lang: Lang, day: string) {
  return {
    id: r.id,
    number: r.number,
    quote: { id: r.quote_id, number: r.quote_number },
    unit: { ...unitRef(r, lang), kind: r.unit_kind },
    customer: { id: r.customer_id, name: r.customer_name },
    status: effectiveAgreementStatus(r.status, r.starts_on, r.ends_on, day),
    amountFen: r.amount_fen,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    signedAt: iso(r.signed_at),
    terminatedOn: r.terminated_on,
    createdBy: person(r.created_by, r.created_by_name),
    updatedAt: iso(r.updated_at)!,
    version: r.version,
  };
}

export async function browseAgreements(db: Knex, viewer: SessionUser, lang: Lang, f: BrowseAgreements) {
  const day = today();
  const scope = await scopeOf(db, viewer.roles);
  const { items, total } = await repo.listAgreements(db, { ...f, scope, today: day });
  return { items: items.map((r) => toListed(r, lang, day)), total };
}

function timeline(r: repo.AgreementRow, status: AdAgreementStatus) {
  const steps = [
    { step: 'created' as const, at: iso(r.created_at), by: r.created_by_name, done: true },
    { step: 'signed' as const, at: iso(r.signed_at), by: r.signed_by_name, done: r.signed_at !== null },
    { step: 'running' as const, at: r.starts_on, by: null, done: status === 'running' || status === 'completed' || (status === 'terminated' && r.signed_at !== null && r.terminated_on! >= r.starts_on) },
  ];
  if (status === 'terminated') return [...steps, { step: 'terminated' as const, at: r.terminated_on, by: null, done: true }];
  return [...steps, { step: 'completed' as const, at: r.ends_on, by: null, done: status === 'completed' }];
}

export async function readAgreement(db: Knex, viewer: SessionUser, lang: Lang, id: number) {
  const day = today();
  const row = await visibleAgreement(db, viewer, id);
  const [lines, instalments, documents, files, recognised, { may }] = await Promise.all([
    repo.linesOf(db, id),
    repo.instalmentsOf(db, id),
    repo.documentsOf(db, id),
    listAttachments(db, viewer, ATTACHMENT_OWNER, id),
    repo.recognisedOf(db, id),
    mayOn(db, viewer.roles, row.unit_id),
  ]);
  const status = effectiveAgreementStatus(row.status, row.starts_on, row.ends_on, day);
  const isBranch = row.unit_kind === 'branch';
  const fileName = new Map(files.map((f) => [f.id, f.filename]));
  const byKind = new Map(documents.map((d) => [d.kind, d]));
  // The checklist: the signed scan for every agreement, the three copies for a branch's.
  const kinds = isBranch ? (['signed_copy', 'contract_copy', 'invoice_copy', 'ad_materials'] as const) : (['signed_copy'] as const);
  return {
    ...toListed(row, lang, day),
    feeStandard: row.fee_standard,
    quoteSnapshot: row.quote_snapshot as QuoteSnapshot,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      slotId: l.slot_id,
      slotCode: l.slot_code,
      slotName: l.slot_name,
      slotNameEn: l.slot_name_en,
      startsOn: l.starts_on,
      endsOn: l.ends_on,
      amountFen: l.amount_fen,
    })),
    instalments: instalments.map((i) => ({ seq: i.seq, dueOn: i.due_on, amountFen: i.amount_fen, method: i.method })),
    documents: kinds.map((kind) => {
      const d = byKind.get(kind);
      return {
        kind,
        attachment: d?.attachment_id ? { id: d.attachment_id, filename: fileName.get(d.attachment_id) ?? '' } : null,
        sentBy: d ? person(d.sent_by, d.sent_by_name) : null,
        sentAt: d ? iso(d.sent_at) : null,
        receivedBy: d ? person(d.received_by, d.received_by_name) : null,
        receivedAt: d ? iso(d.received_at) : null,
      };
    }),
    signedBy: person(row.signed_by, row.signed_by_name),
    terminationReason: row.termination_reason,
    recognisedFen: recognised.reduce((s, r) => s + Number(r.gross_fen), 0),
    timeline: timeline(row, status),
    actions: agreementActions(status, may, isBranch),
  };
}

export type AdAgreement = Awaited<ReturnType<typeof readAgreement>>;

export async function documentsOfAgreement(db: Knex, viewer: SessionUser, lang: Lang, id: number) {
  return { items: (await readAgreement(db, viewer, lang, id)).documents };
}

/** Accepted quotes with no agreement yet, of the units this user drafts for. */
export async function acceptedQuotes(db: Knex, viewer: SessionUser, lang: Lang) {
  const rows = await repo.openAcceptedQuotes(db, await scopeOf(db, viewer.roles));
  const on = await mayFor(db, viewer.roles);
  const out = [];
  for (const r of rows) {
    if (!on(r.unit_id).may.draft) continue;
    out.push({
      id: r.id,
      number: r.number,
      unit: { ...unitRef(r, lang), kind: r.unit_kind },
      customer: { id: r.customer_id, name: r.customer_name },
      netFen: r.net_fen,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
    });
  }
  return { items: out };
}

/** The instalments must add up to the amount to the fen: 收取时间 and 收取方式 cover the whole fee. */
function scheduleOrRefuse(amountFen: number, instalments: AgreementTerms['instalments']) {
  const remaining = instalmentsRemaining(amountFen, instalments);
  if (remaining !== 0) {
    const params = { scheduled: formatFen(amountFen - remaining), amount: formatFen(amountFen), difference: formatFen(Math.abs(remaining)) };
    throw new AppError(422, 'validation', 'adAgreements.instalmentsSum', params, [{ path: 'instalments', message: 'adAgreements.instalmentsSum', params }]);
  }
  // Numbered in the order they fall due; equal days keep the order given.
  return instalments
    .map((i, n) => ({ i, n }))
    .sort((a, b) => (a.i.dueOn === b.i.dueOn ? a.n - b.n : a.i.dueOn < b.i.dueOn ? -1 : 1))
    .map(({ i }) => ({ due_on: i.dueOn, amount_fen: i.amountFen, method: i.method }));
}

async function snapshot(trx: Knex, id: number) {
  const { quote_snapshot: _, ...agreement } = (await repo.findAgreement(trx, id))!;
  return { agreement, instalments: await repo.instalmentsOf(trx, id) };
}

const UNIQUE_VIOLATION = '23505';

export async function createAgreement(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, input: CreateAgreement): Promise<AdAgreement> {
  const id = await db.transaction(async (trx) => {
    const quote = await repo.findQuoteSource(trx, input.quoteId);
    // Another branch's quote does not exist for this user, as on the quotes screen.
    const scope = await scopeOf(trx, viewer.roles);
    if (!quote || (scope && !scope.includes(quote.unit_id))) throw new NotFound();
    const { unit, may } = await mayOn(trx, viewer.roles, quote.unit_id);
    if (!may.draft) throw new Forbidden('adAgreements.notYourUnit', { unit: unit ? unitName(unit, lang) : '' });
    if (quote.status !== 'accepted') {
      throw Invalid.field('quoteId', 'adAgreements.quoteNotAccepted', { number: quote.number, status: AD_QUOTE_STATUS_LABELS[quote.status as AdQuoteStatus] });
    }
    if (quote.agreement_id !== null) throw hasAgreement(quote.number, (await repo.findAgreement(trx, quote.agreement_id))!.number);
    const quoteLines = await repo.quoteSourceLines(trx, quote.id);
    if (!quoteLines.length) throw Invalid.field('quoteId', 'adAgreements.quoteHasNoLines');
    const instalments = scheduleOrRefuse(quote.net_fen, input.instalments);
    // The bundle discount applies to the whole quote: the flights share the amount by their own net, to the fen.
    const shares = allocateFen(quote.net_fen, quoteLines.map((l) => l.net_fen));
    const quoteSnapshot: QuoteSnapshot = {
      quoteId: quote.id,
      number: quote.number,
      listFen: quote.list_fen,
      netFen: quote.net_fen,
      bundleShareBp: quote.bundle_share_bp,
      paidShareBp: quote.paid_share_bp,
      validUntil: quote.valid_until,
      lines: quoteLines.map((l) => ({
        position: l.position,
        slotId: l.slot_id,
        slotCode: l.slot_code,
        slotName: l.slot_name,
        startsOn: l.starts_on,
        endsOn: l.ends_on,
        units: l.units,
        cardId: l.card_id,
        cardRevision: l.card_revision,
        unitPriceFen: l.unit_price_fen,
        listFen: l.list_fen,
        shareBp: l.share_bp,
        netFen: l.net_fen,
      })),
    };
    const month = today().slice(0, 7);
    const seq = await nextNumber(trx, { type: DOCUMENT_TYPE, unitId: quote.unit_id, period: month });
    let id: number;
    try {
      // A savepoint: a second agreement for the quote racing this one is refused by the unique quote_id, and named.
      id = await trx.transaction((sp) =>
        repo.insertAgreement(sp, {
          number: formatAgreementNumber(unit!.code, month, seq),
          quote_id: quote.id,
          unit_id: quote.unit_id,
          customer_id: quote.customer_id,
          fee_standard: input.feeStandard,
          amount_fen: quote.net_fen,
          quote_snapshot: JSON.stringify(quoteSnapshot),
          starts_on: quoteLines.reduce((m, l) => (l.starts_on < m ? l.starts_on : m), quoteLines[0].starts_on),
          ends_on: quoteLines.reduce((m, l) => (l.ends_on > m ? l.ends_on : m), quoteLines[0].ends_on),
          created_by: viewer.id,
        }),
      );
    } catch (err) {
      if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
      const again = await repo.findQuoteSource(trx, quote.id);
      throw hasAgreement(quote.number, again?.agreement_id ? ((await repo.findAgreement(trx, again.agreement_id))?.number ?? '') : '');
    }
    await repo.insertLines(trx, id, quoteLines.map((l, i) => ({ slot_id: l.slot_id, starts_on: l.starts_on, ends_on: l.ends_on, amount_fen: shares[i] })));
    await repo.replaceInstalments(trx, id, instalments);
    await audit(trx, actor, { action: 'ad_agreement.create', entity: 'ad_agreement', entityId: id, after: await snapshot(trx, id) });
    return id;
  });
  return readAgreement(db, viewer, lang, id);
}

const hasAgreement = (number: string, agreement: string) => new Conflict('adAgreements.quoteHasAgreement', { number, agreement });

function refuseNow(status: AdAgreementStatus, action: AgreementAction): AppError {
  return new Conflict('adAgreements.notAllowedNow', {
    status: AD_AGREEMENT_STATUS_LABELS[status],
    action: { zh: t(`adAgreements.action.${action}`, 'zh'), en: t(`adAgreements.action.${action}`, 'en') },
  });
}

/** Locks the agreement, checks the version (when one is given) and that the state allows the action. */
async function forAction(trx: Knex, viewer: SessionUser, id: number, version: number | null, action: AgreementAction) {
  const row = await visibleAgreement(trx, viewer, id, { lock: true });
  const { unit, may } = await mayOn(trx, viewer.roles, row.unit_id);
  const status = effectiveAgreementStatus(row.status, row.starts_on, row.ends_on, today());
  return { row, unit: unit!, may, status, stale: version !== null && row.version !== version, allowed: agreementActions(status, { draft: true, sign: true, receive: true }, row.unit_kind === 'branch').includes(action) };
}

function signerName(kind: string) {
  return kind === 'branch' ? { zh: t('adAgreements.signer.branch', 'zh'), en: t('adAgreements.signer.branch', 'en') } : { zh: t('adAgreements.signer.hq', 'zh'), en: t('adAgreements.signer.hq', 'en') };
}

/** Changes a draft's fee standard and schedule; the amount and flights are the quote's and do not change. */
export async function updateAgreement(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, input: AgreementTerms): Promise<AdAgreement> {
  await db.transaction(async (trx) => {
    const a = await forAction(trx, viewer, id, input.version, 'edit');
    if (!a.may.draft) throw new Forbidden('adAgreements.notYourUnit', { unit: unitName(a.unit, lang) });
    if (a.stale) throw Conflict.stale();
    if (!a.allowed) throw refuseNow(a.status, 'edit');
    const instalments = scheduleOrRefuse(a.row.amount_fen, input.instalments);
    const before = await snapshot(trx, id);
    if (!(await repo.updateAgreement(trx, id, input.version, { fee_standard: input.feeStandard }))) throw Conflict.stale();
    await repo.replaceInstalments(trx, id, instalments);
    await audit(trx, actor, { action: 'ad_agreement.update', entity: 'ad_agreement', entityId: id, before, after: await snapshot(trx, id) });
  });
  return readAgreement(db, viewer, lang, id);
}

/** Signs a draft: the scan of the signed paper is attached in the same transaction, so no agreement is signed without it. */
export async function signAgreement(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, version: number, file: { filename: string; bytes: Buffer }): Promise<AdAgreement> {
  await db.transaction(async (trx) => {
    const a = await forAction(trx, viewer, id, version, 'sign');
    if (!a.may.sign) throw new Forbidden('adAgreements.notSigner', { unit: unitName(a.unit, lang), signer: signerName(a.unit.kind) });
    if (a.stale) throw Conflict.stale();
    if (!a.allowed) throw refuseNow(a.status, 'sign');
    const scan = await storeAttachment(trx, actor, { ownerType: ATTACHMENT_OWNER, ownerId: id, filename: file.filename, bytes: file.bytes });
    await repo.putDocument(trx, id, 'signed_copy', scan.id, viewer.id);
    if (!(await repo.updateAgreement(trx, id, version, { status: 'signed', signed_by: viewer.id, signed_at: new Date() }))) throw Conflict.stale();
    await audit(trx, actor, { action: 'ad_agreement.sign', entity: 'ad_agreement', entityId: id, before: { status: 'draft' }, after: { status: 'signed', attachmentId: scan.id } });
  });
  return readAgreement(db, viewer, lang, id);
}

const lastDayOf = (period: string) => addDays(`${addMonths(period.slice(0, 7), 1)}-01`, -1);

/**
 * Ends a signed agreement early: from the day after the end date nothing more is recognised.
 * A month whose income is already booked cannot be cut short here; finance reverses it first.
 */
export async function terminateAgreement(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, input: TerminateAgreement): Promise<AdAgreement> {
  await db.transaction(async (trx) => {
    const a = await forAction(trx, viewer, id, input.version, 'terminate');
    if (!a.may.sign) throw new Forbidden('adAgreements.notSigner', { unit: unitName(a.unit, lang), signer: signerName(a.unit.kind) });
    if (a.stale) throw Conflict.stale();
    if (!a.allowed) throw refuseNow(a.status, 'terminate');
    const from = addDays(a.row.starts_on, -1);
    const to = addDays(a.row.ends_on, -1);
    if (input.endsOn < from || input.endsOn > to) throw Invalid.field('endsOn', 'adAgreements.terminateRange', { from, to });
    for (const r of await repo.recognisedOf(trx, id)) {
      const lastDay = lastDayOf(r.period);
      if (lastDay > input.endsOn) throw Invalid.field('endsOn', 'adAgreements.terminateRecognised', { period: r.period.slice(0, 7), lastDay });
    }
    const ok = await repo.updateAgreement(trx, id, input.version, { status: 'terminated', terminated_on: input.endsOn, termination_reason: input.reason });
    if (!ok) throw Conflict.stale();
    await audit(trx, actor, {
      action: 'ad_agreement.terminate',
      entity: 'ad_agreement',
      entityId: id,
      before: { status: a.row.status },
      after: { status: 'terminated', terminatedOn: input.endsOn, reason: input.reason },
    });
  });
  return readAgreement(db, viewer, lang, id);
}

/** The branch clerk attaches a copy for HQ; attaching again replaces it and HQ receives it again. */
export async function attachDocument(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, kind: BranchCopyKind, file: { filename: string; bytes: Buffer }): Promise<AdAgreement> {
  await db.transaction(async (trx) => {
    const a = await forAction(trx, viewer, id, null, 'attach');
    if (a.unit.kind !== 'branch') throw Invalid.field('kind', 'adAgreements.notBranch');
    if (!a.may.draft) throw new Forbidden('adAgreements.notYourUnit', { unit: unitName(a.unit, lang) });
    if (!a.allowed) throw refuseNow(a.status, 'attach');
    const stored = await storeAttachment(trx, actor, { ownerType: ATTACHMENT_OWNER, ownerId: id, filename: file.filename, bytes: file.bytes });
    await repo.putDocument(trx, id, kind, stored.id, viewer.id);
    await audit(trx, actor, { action: 'ad_agreement.attach', entity: 'ad_agreement', entityId: id, after: { kind, attachmentId: stored.id } });
  });
  return readAgreement(db, viewer, lang, id);
}

/** HQ 电子商务部 confirms a branch copy arrived. */
export async function receiveDocument(db: Knex, viewer: SessionUser, actor: Actor, lang: Lang, id: number, kind: BranchCopyKind): Promise<AdAgreement> {
  await db.transaction(async (trx) => {
    const a = await forAction(trx, viewer, id, null, 'receive');
    if (a.unit.kind !== 'branch') throw Invalid.field('kind', 'adAgreements.notBranch');
    if (!a.may.receive) throw new Forbidden('adAgreements.notReceiver');
    if (!(await repo.receiveDocument(trx, id, kind, viewer.id))) throw new Conflict('adAgreements.nothingToReceive', { kind: AGREEMENT_DOCUMENT_LABELS[kind] });
    await audit(trx, actor, { action: 'ad_agreement.receive', entity: 'ad_agreement', entityId: id, after: { kind } });
  });
  return readAgreement(db, viewer, lang, id);
}
