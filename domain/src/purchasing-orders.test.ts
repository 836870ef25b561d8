import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  aboveLowestBp,
  cancelBlocker,
  deliveryLineProblem,
  orderableQty,
  orderTotals,
  deliveryReviewState,
  platformLabel,
  reviewProblem,
  platformNameProblem,
  priceNeedsReason,
  refundFen,
  totalProblem,
  vcAcceptsAttachment,
  withinApproved,
} from './purchasing-orders';

describe('online orders: price above the lowest', () => {
  it('asks for a reason at 10.01% above the lowest and not at 10.00%', () => {
    assert.equal(priceNeedsReason(11_001, 10_000), true);
    assert.equal(priceNeedsReason(11_000, 10_000), false);
    assert.equal(priceNeedsReason(10_000, 10_000), false);
    assert.equal(aboveLowestBp(11_001, 10_000), 1001);
  });
  it('computes in integers where floating point would round the wrong way', () => {
    // 3.30 × 1.1 = 3.6300000000000003 in floating point: 3.63 is exactly 10% above 3.30.
    assert.equal(priceNeedsReason(363, 330), false);
    assert.equal(priceNeedsReason(364, 330), true);
  });
  it('follows a configured tolerance, and needs no reason without a lowest price', () => {
    assert.equal(priceNeedsReason(10_600, 10_000, 500), true);
    assert.equal(priceNeedsReason(10_500, 10_000, 500), false);
    assert.equal(priceNeedsReason(99_999, null), false);
    assert.equal(aboveLowestBp(5, null), null);
  });
});

describe('online orders: platforms and totals', () => {
  it('names 其他 by the name given, and requires that name only for 其他', () => {
    assert.equal(platformLabel('jd', null, 'zh'), '京东');
    assert.equal(platformLabel('yhd', null, 'en'), 'Yihaodian');
    assert.equal(platformLabel('other', '国美在线', 'en'), '国美在线');
    assert.equal(platformNameProblem('other', '  '), 'required');
    assert.equal(platformNameProblem('tmall', '天猫超市'), 'notAllowed');
    assert.equal(platformNameProblem('tmall', null), null);
  });
  it('totals goods + freight − discount, each line to the fen', () => {
    const t = orderTotals([{ quantity: 3, unitPriceFen: 1999 }, { quantity: 1.5, unitPriceFen: 333 }], 1000, 500);
    assert.deepEqual(t, { goodsFen: 5997 + 500, totalFen: 5997 + 500 + 1000 - 500 });
    assert.equal(totalProblem(100, 0, 101), 'discountTooLarge');
    assert.equal(totalProblem(100, 5, 105), null);
  });
  it('lets a plan line be ordered up to what was approved, in exact thousandths', () => {
    assert.equal(orderableQty(10, 4), 6);
    assert.equal(orderableQty(10, 12), 0);
    assert.equal(orderableQty(0.3, 0.1), 0.2);
    assert.equal(withinApproved(0.3, 0.1, 0.2), true);
    assert.equal(withinApproved(10, 4, 6.001), false);
  });
});

describe('online orders: acceptance', () => {
  it('needs received = accepted + rejected and a reason for a rejection', () => {
    assert.equal(deliveryLineProblem(10, 0, { received: 5, accepted: 4, rejected: 0 }), 'sumMismatch');
    assert.equal(deliveryLineProblem(10, 0, { received: 5, accepted: 4, rejected: 1 }), 'reasonRequired');
    assert.equal(deliveryLineProblem(10, 0, { received: 5, accepted: 4, rejected: 1, rejectionReason: '破损' }), null);
    assert.equal(deliveryLineProblem(10, 0, { received: 0, accepted: 0, rejected: 0 }), 'notReceived');
  });
  it('adds partial deliveries up and refuses more than was ordered', () => {
    assert.equal(deliveryLineProblem(10, 6, { received: 4, accepted: 4, rejected: 0 }), null);
    assert.equal(deliveryLineProblem(10, 6, { received: 4.001, accepted: 4.001, rejected: 0 }), 'overDelivered');
  });
  it('expects the rejected quantity back at the order’s price', () => {
    assert.equal(refundFen(2, 1250), 2500);
  });
});

describe('virtual contracts', () => {
  it('take a new order page until submitted, and again once returned', () => {
    assert.deepEqual([null, 'draft', 'returned', 'submitted', 'confirmed'].map((s) => vcAcceptsAttachment(s as never)), [true, true, true, false, false]);
  });
  it('take none once void', () => {
    assert.equal(vcAcceptsAttachment('cancelled'), false);
  });
});

describe('cancelling an order', () => {
  const none = { cancelled: false, deliveries: 0, invoicedFen: 0, paidFen: 0, liveRequests: 0 };
  it('is allowed while nothing was delivered, invoiced, paid or requested', () => {
    assert.equal(cancelBlocker(none), null);
  });
  it('names the first thing that stands in the way', () => {
    assert.equal(cancelBlocker({ ...none, cancelled: true, deliveries: 1 }), 'alreadyCancelled');
    assert.equal(cancelBlocker({ ...none, deliveries: 1, invoicedFen: 1 }), 'delivered');
    assert.equal(cancelBlocker({ ...none, invoicedFen: 1, paidFen: 1 }), 'invoiced');
    assert.equal(cancelBlocker({ ...none, paidFen: 1, liveRequests: 1 }), 'paid');
    assert.equal(cancelBlocker({ ...none, liveRequests: 1 }), 'paymentRequested');
  });
});

describe('contract orders (issue 15): review before settlement', () => {
  it('shows a contract order as 合同采购 where a mall order shows its platform', () => {
    assert.equal(platformLabel(null, null, 'zh'), '合同采购');
    assert.equal(platformLabel(null, null, 'en'), 'Contract');
  });
  it('asks for review only on a contract order’s delivery', () => {
    assert.equal(deliveryReviewState('mall', null), 'none');
    assert.equal(deliveryReviewState('contract', null), 'awaiting');
    assert.equal(deliveryReviewState('contract', new Date()), 'reviewed');
  });
  it('lets a head review once, never the recorder, never a mall delivery or a cancelled order’s', () => {
    const d = { source: 'contract' as const, reviewedAt: null, recordedBy: 5, orderCancelled: false };
    assert.equal(reviewProblem(d, 6), null);
    assert.equal(reviewProblem(d, 5), 'ownDelivery');
    assert.equal(reviewProblem({ ...d, reviewedAt: new Date() }, 6), 'alreadyReviewed');
    assert.equal(reviewProblem({ ...d, source: 'mall' }, 6), 'notContract');
    assert.equal(reviewProblem({ ...d, orderCancelled: true }, 6), 'orderCancelled');
  });
});
