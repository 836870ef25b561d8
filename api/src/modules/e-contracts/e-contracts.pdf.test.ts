import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pdfPages } from '../../documents/read-back';
import { renderEContractPdf, renderSignedEContractPdf, type EContractPrintView } from './e-contracts.pdf';

const view: EContractPrintView = {
  number: 'HT-2026-0001',
  title: '12月 开关与灯具询价',
  createdAt: new Date('2026-11-30T02:00:00Z'),
  negotiationNumber: 'QT-2026-0001',
  version: 3,
  buyer: { name: '华瑞电器股份有限公司', taxId: '91440300MA5G8R2K6X', address: '深圳市南山区科技园华瑞大厦', contact: '供应处' },
  supplier: { name: '佛山明辉照明有限公司', taxId: '91440101MA59TQ8N1R', address: '佛山市南海区狮山镇', contact: '李明 13800000000' },
  terms: {
    qualityRequirements: '符合 GB 7000.1 标准，三年质保',
    inspectionMethod: '到货开箱抽检 10%，不合格整批退换',
    deliveryPlace: '深圳市南山区华瑞大厦仓库',
    deliveryDate: '2026-12-20',
    paymentMethod: '验收合格后 30 天内银行转账',
  },
  lines: [
    { lineNo: 1, name: 'LED 面板灯', spec: '600×600 40W', uom: '个', quantity: 400, unitPriceFen: 8_500, taxRateBp: 1300 },
    { lineNo: 2, name: '空气开关', spec: 'DZ47-63 C32', uom: '个', quantity: 300, unitPriceFen: 2_650, taxRateBp: 1300 },
  ],
};

describe('e-contract PDF', () => {
  it('renders the same bytes for the same contract, so the signed hash can be checked again', async () => {
    const a = await renderEContractPdf(view);
    const b = await renderEContractPdf(view);
    assert.ok(a.equals(b));
    const other = await renderEContractPdf({ ...view, terms: { ...view.terms, paymentMethod: '货到付款' } });
    assert.ok(!a.equals(other));
  });

  it('prints the parties with their taxpayer IDs, every term, the lines and the total in figures and 大写', async () => {
    const text = (await pdfPages(await renderEContractPdf(view))).join('\n');
    for (const s of ['采购合同', 'HT-2026-0001', '华瑞电器股份有限公司', '91440300MA5G8R2K6X', '佛山明辉照明有限公司', '91440101MA59TQ8N1R', '质量要求', '检验方法', '交货地点', '交货日期', '付款方式', '验收合格后 30 天内银行转账', 'LED 面板灯', '41,950.00', '肆万壹仟玖佰伍拾元整']) {
      assert.ok(text.includes(s), `missing ${s}`);
    }
  });

  it('gives the signed copy a signature page with both signatures and the hash they signed', async () => {
    const contract = await renderEContractPdf(view);
    const sha256 = createHash('sha256').update(contract).digest('hex');
    const signed = await renderSignedEContractPdf(view, [
      { side: 'supplier', signerName: '李明', roleLabel: '供应商联系人', signedAt: new Date('2026-11-30T03:00:00Z'), sha256 },
      { side: 'buyer', signerName: '张采购', roleLabel: '网络采购员', signedAt: new Date('2026-11-30T04:00:00Z'), sha256 },
    ]);
    if (process.env.KEEP_PDF) writeFileSync(process.env.KEEP_PDF, signed);
    const pages = await pdfPages(signed);
    const contractPages = (await pdfPages(contract)).length;
    assert.equal(pages.length, contractPages + 1);
    const last = pages[pages.length - 1];
    for (const s of ['签署页', '李明', '张采购', '2026-11-30 12:00', sha256.slice(0, 8)]) assert.ok(last.includes(s), `missing ${s}`);
  });
});
