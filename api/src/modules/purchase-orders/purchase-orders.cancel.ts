import type { Knex } from 'knex';
import { cancelBlocker, formatFen, PAYMENT_REQUEST_STATUS_LABELS, type CancelBlocker } from '@portal/domain';
import type { CancelOrder, PurchaseOrder } from '@portal/domain/contracts';
import { Conflict, Invalid } from '../../http/errors';
import type { Lang } from '../../http/lang';
import type { Actor } from '../../http/route';
import type { SessionUser } from '../../http/session';
import { withdrawPending } from '../approvals/approvals.service';
import { audit } from '../audit/audit.service';
import * as repo from './purchase-orders.repo';
import { keptOrder, readOrder, VC_DOCUMENT } from './purchase-orders.service';

/**
 * 取消订单: the clerk calls off an order that is still only a promise (domain cancelBlocker says
 * when). The order row is locked first; deliveries lock it too, and payment requests and invoices
 * hold it (FOR SHARE) while they write, so none of them can slip in between the check and the
 * cancellation. Cancelled, its quantities count no more against the plan lines (what open orders
 * take is all that is subtracted), so they can be ordered again; its virtual contract is void,
 * withdrawn from the head's inbox if it was awaiting confirmation.
 */
export async function cancelOrder(db: Knex, actor: Actor, viewer: SessionUser, lang: Lang, orderId: number, input: CancelOrder): Promise<PurchaseOrder> {
  const reason = input.reason.trim();
  if (!reason) throw Invalid.field('reason', 'purchaseOrders.cancelReasonRequired');
  await db.transaction(async (trx) => {
    const order = await keptOrder(trx, viewer, orderId);
    // A signed e-contract binds both sides: it is not called off by one side's clerk on the order page.
    if (order.source === 'contract' && order.status !== 'cancelled') {
      throw new Conflict('purchaseOrders.contractNotCancellable', { number: order.number, contract: order.platform_order_no });
    }
    const [facts, figures] = await Promise.all([repo.cancelFacts(trx, orderId), repo.matchFigures(trx, orderId)]);
    const blocker = cancelBlocker({
      cancelled: order.status === 'cancelled',
      deliveries: facts.deliveries.length,
      invoicedFen: figures!.invoiced_fen,
      paidFen: figures!.paid_fen,
      liveRequests: facts.requests.length,
    });
    if (blocker) throw refusal(blocker, order.number, facts, figures!, lang);
    if (order.version !== input.version) throw Conflict.stale();
    if (!(await repo.cancelOrder(trx, orderId, input.version, reason, viewer.id))) throw Conflict.stale();

    const vc = await repo.findVcOfOrder(trx, orderId, { lock: true });
    if (vc && vc.status !== 'cancelled') {
      const withdrawn = vc.status === 'submitted' && (await withdrawPending(trx, actor, VC_DOCUMENT, vc.id, reason));
      await repo.voidVcOfOrder(trx, orderId);
      await audit(trx, actor, { action: 'virtual_contract.cancelled', entity: 'virtual_contract', entityId: vc.id, before: { status: vc.status }, after: { status: 'cancelled', withdrawn, reason } });
    }
    await audit(trx, actor, {
      action: 'purchase_order.cancel',
      entity: 'purchase_order',
      entityId: orderId,
      before: { status: order.status, version: order.version },
      after: { status: 'cancelled', version: order.version + 1, reason },
    });
  });
  return readOrder(db, viewer, lang, orderId);
}

/** The 409 naming what stands in the way: the deliveries, the amount invoiced or paid, the live requests. */
function refusal(blocker: CancelBlocker, number: string, facts: repo.CancelFactsRow, figures: repo.MatchRow, lang: Lang): Conflict {
  const params: Record<string, unknown> = { number };
  if (blocker === 'delivered') params.deliveries = facts.deliveries.join(lang === 'zh' ? '、' : ', ');
  if (blocker === 'invoiced') params.amount = formatFen(figures.invoiced_fen);
  if (blocker === 'paid') params.amount = formatFen(figures.paid_fen);
  if (blocker === 'paymentRequested') {
    params.requests = facts.requests.map((r) => `${r.number}（${PAYMENT_REQUEST_STATUS_LABELS[r.status][lang]}）`).join(lang === 'zh' ? '、' : ', ');
  }
  const key = `purchaseOrders.cancel.${blocker}`;
  return new Conflict(key, params, [{ path: 'status', message: key, params }]);
}
