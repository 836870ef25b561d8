import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  agreeProblem,
  contractTotals,
  editProblem,
  includedTaxFen,
  negotiationState,
  pinsAfterEdit,
  versionChanges,
  type NegotiationLineFigures,
  type NegotiationTerms,
} from './negotiations';
import { groupedHash, signProblem, statusAfterSigning } from './e-contracts';

const terms: NegotiationTerms = {
  qualityRequirements: '符合国家标准 GB 7000.1',
  inspectionMethod: '到货抽检 10%',
  deliveryPlace: '深圳市南山区华瑞大厦仓库',
  deliveryDate: '2026-12-20',
  paymentMethod: '月结30天',
};
const line = (lineNo: number, over: Partial<NegotiationLineFigures> = {}): NegotiationLineFigures => ({
  lineNo,
  name: `LED 面板灯 ${lineNo}`,
  spec: '600×600 40W',
  uom: '个',
  quantity: 100,
  unitPriceFen: 8_500,
  taxRateBp: 1300,
  ...over,
});

describe('negotiation agreement', () => {
  it('goes 双方不同意 → 一方同意 → 双方同意 as the sides pin the current version', () => {
    assert.equal(negotiationState({ currentVersion: 1, buyerAgreedVersion: null, supplierAgreedVersion: null }), 'none');
    assert.equal(negotiationState({ currentVersion: 1, buyerAgreedVersion: 1, supplierAgreedVersion: null }), 'one');
    assert.equal(negotiationState({ currentVersion: 1, buyerAgreedVersion: null, supplierAgreedVersion: 1 }), 'one');
    assert.equal(negotiationState({ currentVersion: 1, buyerAgreedVersion: 1, supplierAgreedVersion: 1 }), 'both');
  });

  it('is 双方同意 only when both agreed the same version', () => {
    // The buyer agreed v1 and then edited: the supplier agreeing v2 does not make it 双方同意.
    assert.equal(negotiationState({ currentVersion: 2, buyerAgreedVersion: 1, supplierAgreedVersion: 2 }), 'one');
    assert.equal(negotiationState({ currentVersion: 3, buyerAgreedVersion: 2, supplierAgreedVersion: 2 }), 'none');
  });

  it("clears the other side's agreement on an edit and leaves the editor's own pin on the old version", () => {
    const pins = { currentVersion: 2, buyerAgreedVersion: 2, supplierAgreedVersion: 1 };
    assert.deepEqual(pinsAfterEdit(pins, 'supplier', 3), { currentVersion: 3, buyerAgreedVersion: null, supplierAgreedVersion: 1 });
    assert.deepEqual(pinsAfterEdit(pins, 'buyer', 3), { currentVersion: 3, buyerAgreedVersion: 2, supplierAgreedVersion: null });
    assert.equal(negotiationState(pinsAfterEdit(pins, 'buyer', 3)), 'none');
  });

  it('refuses an edit or agreement on a version that is no longer current, and any change once both agreed', () => {
    const open = { currentVersion: 2, buyerAgreedVersion: 2, supplierAgreedVersion: null };
    assert.equal(editProblem(open, 1), 'staleVersion');
    assert.equal(editProblem(open, 2), null);
    assert.equal(agreeProblem(open, 'supplier', 1), 'staleVersion');
    assert.equal(agreeProblem(open, 'supplier', 2), null);
    assert.equal(agreeProblem(open, 'buyer', 2), 'alreadyAgreed');
    const agreed = { currentVersion: 2, buyerAgreedVersion: 2, supplierAgreedVersion: 2 };
    assert.equal(editProblem(agreed, 2), 'closed');
    assert.equal(agreeProblem(agreed, 'buyer', 2), 'closed');
  });
});

describe('what changed between two versions', () => {
  it('names the terms that changed with before and after', () => {
    const c = versionChanges({ terms, lines: [line(1)] }, { terms: { ...terms, paymentMethod: '货到付款' }, lines: [line(1)] });
    assert.deepEqual(c.terms, [{ term: 'paymentMethod', before: '月结30天', after: '货到付款' }]);
    assert.deepEqual(c.lines, []);
  });

  it('names the line fields that changed, and lines added or removed', () => {
    const c = versionChanges(
      { terms, lines: [line(1), line(2)] },
      { terms, lines: [line(1, { unitPriceFen: 8_200, quantity: 120 }), line(3)] },
    );
    assert.deepEqual(c.terms, []);
    assert.deepEqual(
      c.lines.map((l) => [l.lineNo, l.kind, l.fields.length]),
      [
        [1, 'changed', 2],
        [2, 'removed', 6],
        [3, 'added', 6],
      ],
    );
    assert.deepEqual(c.lines[0].fields, [
      { field: 'quantity', before: 100, after: 120 },
      { field: 'unitPriceFen', before: 8_500, after: 8_200 },
    ]);
  });
});

describe('contract totals', () => {
  it('adds the tax-inclusive lines, works out the tax they contain and says the total in 大写', () => {
    const t = contractTotals([line(1), line(2, { quantity: 2.5, uom: '米', unitPriceFen: 1_999, taxRateBp: 900 })]);
    assert.equal(t.lines[0].amountFen, 850_000);
    assert.equal(t.lines[1].amountFen, 4_998); // 2.5 × 19.99 = 49.975 → 49.98
    assert.equal(t.totalFen, 854_998);
    assert.equal(t.taxFen, includedTaxFen(850_000, 1300) + includedTaxFen(4_998, 900));
    assert.equal(includedTaxFen(850_000, 1300), 97_788); // 8500 × 0.13 / 1.13 = 977.876…
    assert.equal(t.netFen, t.totalFen - t.taxFen);
    assert.equal(t.totalInWords, '捌仟伍佰肆拾玖元玖角捌分');
    assert.equal(includedTaxFen(100, 0), 0);
  });
});

describe('e-contract signing', () => {
  it('lets the supplier sign while the buyer waits for approval, never twice, and is 已签订 when both signed', () => {
    assert.equal(signProblem('awaiting_approval', 'supplier', []), null);
    assert.equal(signProblem('awaiting_approval', 'buyer', []), 'approvalRequired');
    assert.equal(signProblem('awaiting_signatures', 'buyer', ['supplier']), null);
    assert.equal(signProblem('awaiting_signatures', 'supplier', ['supplier']), 'alreadySigned');
    assert.equal(signProblem('rejected', 'supplier', []), 'rejected');
    assert.equal(signProblem('signed', 'buyer', ['buyer', 'supplier']), 'closed');
    assert.equal(statusAfterSigning('awaiting_signatures', 'buyer', []), 'awaiting_signatures');
    assert.equal(statusAfterSigning('awaiting_signatures', 'buyer', ['supplier']), 'signed');
  });

  it('prints a hash in groups of eight', () => {
    assert.equal(groupedHash('a'.repeat(16)), 'aaaaaaaa aaaaaaaa');
  });
});
