import { lineCheck, type LineDraft } from './new-order-page';
import type { OrderablePlanLine } from './purchase-orders.api';

describe('new order: a plan line as typed', () => {
  const line: OrderablePlanLine = {
    planLineId: 1,
    item: { id: 1, code: 'BG-0001', name: '复印纸', nameEn: 'Copy paper', spec: 'A4', uom: '包' },
    approved: 30,
    ordered: 20,
    orderable: 10,
    estUnitPriceFen: 2500,
    lowest: { priceFen: 10_000, supplierId: 1, shopName: '京东自营', platform: 'jd' },
  };
  const draft = (d: Partial<LineDraft>): LineDraft => ({ include: true, quantity: '1', price: '100.00', reason: '', ...d });

  it('asks for a reason at 10.01% above the lowest price and not at 10.00%', () => {
    expect(lineCheck(line, draft({ price: '110.00' }), 1000).problem).toBeNull();
    const above = lineCheck(line, draft({ price: '110.01' }), 1000);
    expect(above.needsReason).toBeTrue();
    expect(above.problem).toBe('reason');
    expect(above.abovePct).toBe('10.01');
    expect(lineCheck(line, draft({ price: '110.01', reason: '最低价缺货' }), 1000).problem).toBeNull();
  });

  it('refuses more than is left on the plan line, and a 包 in halves', () => {
    expect(lineCheck(line, draft({ quantity: '11' }), 1000).problem).toBe('over');
    expect(lineCheck(line, draft({ quantity: '10' }), 1000).problem).toBeNull();
    expect(lineCheck(line, draft({ quantity: '1.5' }), 1000).problem).toBe('quantity');
  });

  it('prices the line to the fen', () => {
    expect(lineCheck(line, draft({ quantity: '3', price: '19.99' }), 1000).amountFen).toBe(5997);
    expect(lineCheck(line, draft({ price: 'abc' }), 1000).problem).toBe('price');
  });
});
