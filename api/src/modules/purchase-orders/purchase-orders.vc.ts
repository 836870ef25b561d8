import type { Knex } from 'knex';
import { DOCUMENT_TYPE_LABELS, vcAcceptsAttachment, type AuditAction } from '@portal/domain';
import type { PurchaseOrder } from '@portal/domain/contracts';
import { Conflict } from '../../http/errors';
import type { Lang } from '../../http/lang';
import { t } from '../../http/messages';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import type { ApprovalOutcome, DocumentType } from '../approvals/approvals.registry';
import { submit } from '../approvals/approvals.service';
import { registerAttachmentOwner, storeAttachment } from '../attachments/attachments.service';
import { audit } from '../audit/audit.service';
import { nextNumber } from '../numbering/numbering.service';
import * as repo from './purchase-orders.repo';
import { openOrder, readOrder, VC_DOCUMENT, visibleOrder } from './purchase-orders.service';

/**
 * 虚拟合同 (DOMAIN.md §2.4): the printed transaction order. The clerk attaches the platform's order
 * page; that creates the contract (numbered) or replaces a returned one's page, and submits it to
 * the approvals engine, whose virtual_contract policy sends it to the head of the buying unit.
 */
export async function attachOrderPage(db: Knex, actor: Actor, viewer: SessionUser, lang: Lang, orderId: number, file: { filename: string; bytes: Buffer }): Promise<PurchaseOrder> {
  await db.transaction(async (trx) => {
    const order = await openOrder(trx, viewer, orderId);
    if (order.source === 'contract') throw new Conflict('purchaseOrders.contractHasNoVc', { number: order.number });
    let vc = await repo.findVcOfOrder(trx, orderId, { lock: true });
    if (vc && !vcAcceptsAttachment(vc.status)) {
      const status = t(vc.status === 'confirmed' ? 'purchaseOrders.vcConfirmed' : 'purchaseOrders.vcSubmitted', lang);
      throw new Conflict('purchaseOrders.vcLocked', { number: vc.number, status });
    }
    if (!vc) {
      const period = order.ordered_on.slice(0, 4);
      const seq = await nextNumber(trx as Knex.Transaction, { type: VC_DOCUMENT, unitId: order.unit_id, period });
      const number = `VC-${order.unit_code}-${period}-${String(seq).padStart(5, '0')}`;
      await repo.insertVc(trx, { number, order_id: orderId, created_by: viewer.id });
      vc = (await repo.findVcOfOrder(trx, orderId))!;
      await audit(trx, actor, { action: 'virtual_contract.create', entity: 'virtual_contract', entityId: vc.id, after: { number, orderId } });
    }
    // The type comes from the bytes (a renamed file is refused whatever its name), at most 10 MB.
    await storeAttachment(trx, actor, { ownerType: VC_DOCUMENT, ownerId: vc.id, filename: file.filename, bytes: file.bytes });
    // Submitted before the engine is asked: a chain with no step approves at once and confirms it.
    await repo.setVcStatus(trx, vc.id, 'submitted');
    await submit(trx, actor, VC_DOCUMENT, vc.id);
  });
  return readOrder(db, viewer, lang, orderId);
}

const outcome =
  (status: 'confirmed' | 'returned', action: AuditAction): ApprovalOutcome =>
  async (trx, actor, vcId, detail) => {
    await repo.setVcStatus(trx, vcId, status, actor.userId);
    await audit(trx, actor, { action, entity: 'virtual_contract', entityId: vcId, after: { status, comment: detail.comment } });
  };

export const virtualContractDocumentType: DocumentType = {
  type: VC_DOCUMENT,
  label: DOCUMENT_TYPE_LABELS.virtual_contract,
  facts: ['amount'],
  // A returned or rejected contract takes a new order page and goes round again.
  resubmitAfterDecision: true,
  async describe(trx, vcId) {
    const vc = (await repo.findVc(trx, vcId))!;
    const order = (await repo.findOrder(trx, vc.order_id))!;
    return { unitId: order.unit_id, title: `${vc.number} · ${order.number} · ${order.supplier_shop}`, amountFen: order.total_fen };
  },
  path: (vcId) => `/purchase-orders/by-contract/${vcId}`,
  onApproved: outcome('confirmed', 'virtual_contract.confirmed'),
  onRejected: outcome('returned', 'virtual_contract.rejected'),
  onReturned: outcome('returned', 'virtual_contract.returned'),
  onWithdrawn: outcome('returned', 'virtual_contract.withdrawn'),
};

/** Whoever may read the order may open its contract's page. */
registerAttachmentOwner(VC_DOCUMENT, {
  async canRead(db, viewer, vcId) {
    const vc = await repo.findVc(db, vcId);
    if (!vc) return false;
    await visibleOrder(db, viewer, vc.order_id);
    return true;
  },
});

/** The order of a contract, for the inbox's link to the contract. */
export async function orderOfContract(db: Knex, viewer: SessionUser, vcId: number): Promise<{ orderId: number }> {
  const vc = await repo.findVc(db, vcId);
  const order = await visibleOrder(db, viewer, vc?.order_id ?? 0);
  return { orderId: order.id };
}
