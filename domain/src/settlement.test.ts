import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  allocatePayment,
  COMPANY_INVOICE_PROFILE,
  contractOwedFen,
  invoiceAmountProblem,
  invoiceNumberProblem,
  invoiceStatus,
  isPrepayment,
  owedFen,
  taxpayerIdProblem,
} from './settlement';

describe('settlement rules', () => {
  it('takes an 18-character code with the right check character, or a 15-digit older ID', () => {
    assert.equal(taxpayerIdProblem(COMPANY_INVOICE_PROFILE.taxId), null);
    assert.equal(taxpayerIdProblem('91440101MA59TQ8N1R'), null);
    assert.equal(taxpayerIdProblem('440301123456789'), null);
    // One character off: the check character no longer matches.
    assert.equal(taxpayerIdProblem('91440101MA59TQ8N1T'), 'checkCharacter');
    assert.equal(taxpayerIdProblem('91440101MA59TQ8N2R'), 'checkCharacter');
    assert.equal(taxpayerIdProblem('4403011234567'), 'format');
    assert.equal(taxpayerIdProblem('91440101MA59TQ8NIR'), 'format');
    assert.equal(taxpayerIdProblem(''), 'format');
  });

  it('knows a code + 8-digit number from a fully digital 20-digit number', () => {
    assert.equal(invoiceNumberProblem('4403201130', '01234567'), null);
    assert.equal(invoiceNumberProblem('044032000111', '01234567'), null);
    assert.equal(invoiceNumberProblem('', '24442000000012345678'), null);
    assert.deepEqual(invoiceNumberProblem('', '01234567'), { field: 'invoiceNo', problem: 'digitalFormat' });
    assert.deepEqual(invoiceNumberProblem('44032011', '01234567'), { field: 'code', problem: 'codeFormat' });
    assert.deepEqual(invoiceNumberProblem('4403201130', '0123456'), { field: 'invoiceNo', problem: 'numberFormat' });
  });

  it('wants amount + tax = total, a known rate and the parts per order adding up', () => {
    const ok = { amountFen: 10_000, taxRateBp: 1300, taxFen: 1_300, totalFen: 11_300, partsFen: [5_000, 6_300] };
    assert.equal(invoiceAmountProblem(ok), null);
    assert.deepEqual(invoiceAmountProblem({ ...ok, taxRateBp: 1200 }), { field: 'taxRateBp', problem: 'rate' });
    assert.deepEqual(invoiceAmountProblem({ ...ok, totalFen: 11_301 }), { field: 'totalFen', problem: 'sum' });
    assert.deepEqual(invoiceAmountProblem({ ...ok, partsFen: [11_299] }), { field: 'orders', problem: 'parts' });
  });

  it('counts what an order still owes and spreads a request over orders oldest first', () => {
    assert.equal(owedFen({ totalFen: 10_000, refundFen: 1_000, requestedFen: 4_000 }), 5_000);
    assert.equal(owedFen({ totalFen: 10_000, refundFen: 8_000, requestedFen: 4_000 }), 0);
    const orders = [
      { orderId: 1, owedFen: 3_000 },
      { orderId: 2, owedFen: 0 },
      { orderId: 3, owedFen: 5_000 },
    ];
    assert.deepEqual(allocatePayment(orders, 4_000), [
      { orderId: 1, amountFen: 3_000 },
      { orderId: 3, amountFen: 1_000 },
    ]);
    assert.deepEqual(allocatePayment(orders, 8_000)?.length, 2);
    assert.equal(allocatePayment(orders, 8_001), null);
  });

  it('marks a request before full delivery as prepayment, and follows an invoice to finance', () => {
    assert.equal(isPrepayment([{ fullyDelivered: true }, { fullyDelivered: false }]), true);
    assert.equal(isPrepayment([{ fullyDelivered: true }]), false);
    assert.equal(invoiceStatus({ signedAt: null, handoverId: null, handoverConfirmed: false }), 'recorded');
    assert.equal(invoiceStatus({ signedAt: new Date(), handoverId: null, handoverConfirmed: false }), 'signed');
    assert.equal(invoiceStatus({ signedAt: new Date(), handoverId: 3, handoverConfirmed: false }), 'handed_over');
    assert.equal(invoiceStatus({ signedAt: new Date(), handoverId: 3, handoverConfirmed: true }), 'confirmed');
  });
});

describe('contract orders owe only what was reviewed', () => {
  it('owes the reviewed goods less what is requested, never below nothing', () => {
    assert.equal(contractOwedFen({ reviewedFen: 0, requestedFen: 0 }), 0);
    assert.equal(contractOwedFen({ reviewedFen: 180_000, requestedFen: 80_000 }), 100_000);
    assert.equal(contractOwedFen({ reviewedFen: 100, requestedFen: 150 }), 0);
  });
});
