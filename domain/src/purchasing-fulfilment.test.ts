import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requestLineFulfilment, requestLineSpend, type PlanLineOrders } from './purchasing-fulfilment';

// A plan line of 10 packs asked for by two departments: 6 and 4.
const none: PlanLineOrders = { approvedQty: 10, lineRequestedQty: 10, orderedQty: 0, acceptedQty: 0, orderedFen: 0, refundFen: 0 };

describe('request lines and the orders placed for them', () => {
  it('keeps the whole estimate committed and nothing spent before the first order', () => {
    assert.deepEqual(requestLineSpend(6000, 6, none), { committedFen: 6000, spentFen: 0 });
  });
  it('moves the ordered part from committed to spent, at the order’s price, in proportion to what each asked', () => {
    const half = { ...none, orderedQty: 5, orderedFen: 5500 };
    assert.deepEqual(requestLineSpend(6000, 6, half), { committedFen: 3000, spentFen: 3300 });
    assert.deepEqual(requestLineSpend(4000, 4, half), { committedFen: 2000, spentFen: 2200 });
    assert.deepEqual(requestLineSpend(6000, 6, { ...none, orderedQty: 10, orderedFen: 11_000 }), { committedFen: 0, spentFen: 6600 });
  });
  it('takes the refunds of rejected goods off spent', () => {
    assert.equal(requestLineSpend(6000, 6, { ...none, orderedQty: 10, orderedFen: 11_000, refundFen: 1100 }).spentFen, 5940);
  });
  it('says ordered, partly received and received, with this line’s share of the quantities', () => {
    assert.deepEqual(requestLineFulfilment(6, none), { status: null, orderedQty: 0, receivedQty: 0 });
    assert.deepEqual(requestLineFulfilment(6, { ...none, orderedQty: 10 }), { status: 'ordered', orderedQty: 6, receivedQty: 0 });
    assert.deepEqual(requestLineFulfilment(6, { ...none, orderedQty: 10, acceptedQty: 5 }), { status: 'part_received', orderedQty: 6, receivedQty: 3 });
    assert.deepEqual(requestLineFulfilment(4, { ...none, orderedQty: 10, acceptedQty: 10 }), { status: 'received', orderedQty: 4, receivedQty: 4 });
  });
  it('shares in whole units when the line asked for whole units, in thousandths otherwise', () => {
    const paper = { ...none, approvedQty: 30, lineRequestedQty: 30, orderedQty: 20, acceptedQty: 8 };
    assert.deepEqual(requestLineFulfilment(20, paper), { status: 'part_received', orderedQty: 13, receivedQty: 5 });
    assert.deepEqual(requestLineFulfilment(2.5, { ...paper, lineRequestedQty: 7.5 }), { status: 'received', orderedQty: 6.667, receivedQty: 2.667 });
  });
  it('calls a line received once what its departments asked for arrived, or what the plan cut it to', () => {
    // The plan buys 2 more for stock: the requesters' 10 arrived, the stock's 2 are not theirs to wait for.
    assert.equal(requestLineFulfilment(6, { ...none, approvedQty: 12, orderedQty: 12, acceptedQty: 10 }).status, 'received');
    // The plan cut the line to 8: 8 arrived is all there will be.
    assert.equal(requestLineFulfilment(6, { ...none, approvedQty: 8, orderedQty: 8, acceptedQty: 8 }).status, 'received');
    assert.equal(requestLineFulfilment(6, { ...none, approvedQty: 8, orderedQty: 8, acceptedQty: 7 }).status, 'part_received');
  });
});
