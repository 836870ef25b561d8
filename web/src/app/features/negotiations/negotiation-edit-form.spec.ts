import { renderComponent, type ComponentSpec } from '../../../testing/component-spec';
import { NegotiationEditForm } from './negotiation-edit-form';
import type { EditNegotiation, NegotiationDetail } from './negotiations.api';
import { VersionChanges } from './version-changes';

const terms = {
  qualityRequirements: '国标合格品',
  inspectionMethod: '抽检 10%',
  deliveryPlace: '供应处仓库',
  deliveryDate: '2026-12-20',
  paymentMethod: '月结30天',
};

const detail = {
  id: 7,
  currentVersion: 3,
  current: {
    versionNo: 3,
    terms,
    lines: [
      { lineNo: 1, name: 'LED 面板灯', spec: '600×600', uom: '个', quantity: 100, unitPriceFen: 8_500, taxRateBp: 1300, amountFen: 850_000, inquiryLineId: 1, itemId: null },
      { lineNo: 2, name: '空气开关', spec: '', uom: '个', quantity: 50, unitPriceFen: 2_650, taxRateBp: 1300, amountFen: 132_500, inquiryLineId: 2, itemId: null },
    ],
  },
} as unknown as NegotiationDetail;

describe('NegotiationEditForm', () => {
  let spec: ComponentSpec<NegotiationEditForm>;
  const el = () => spec.fixture.nativeElement as HTMLElement;
  const saved: EditNegotiation[] = [];
  const submit = () => {
    (el().querySelector('[data-testid="edit-save"]') as HTMLButtonElement).click();
    spec.fixture.detectChanges();
  };

  it('sends the whole version with the version it was based on, prices in fen', async () => {
    spec = await renderComponent(NegotiationEditForm, { inputs: { detail } });
    spec.fixture.componentInstance.saved.subscribe((e) => saved.push(e));
    const price = el().querySelector('[data-testid="edit-price-0"]') as HTMLInputElement;
    expect(price.value).toBe('85.00');
    price.value = '82.5';
    price.dispatchEvent(new Event('input'));
    submit();
    const sent = saved.at(-1)!;
    expect(sent.baseVersion).toBe(3);
    expect(sent.paymentMethod).toBe('月结30天');
    expect(sent.lines).toEqual([
      { lineNo: 1, quantity: 100, unitPriceFen: 8_250, taxRateBp: 1300 },
      { lineNo: 2, quantity: 50, unitPriceFen: 2_650, taxRateBp: 1300 },
    ]);
  });

  it('lays a refused edit over the latest version, to redo it on top', async () => {
    const draft: EditNegotiation = { baseVersion: 2, ...terms, paymentMethod: '货到付款', note: '改付款', lines: [{ lineNo: 2, quantity: 60, unitPriceFen: 2_500, taxRateBp: 1300 }] };
    spec = await renderComponent(NegotiationEditForm, { inputs: { detail, draft } });
    spec.fixture.componentInstance.saved.subscribe((e) => saved.push(e));
    expect((el().querySelector('[data-testid="edit-paymentMethod"]') as HTMLTextAreaElement).value).toBe('货到付款');
    submit();
    const sent = saved.at(-1)!;
    expect(sent.baseVersion).toBe(3);
    expect(sent.lines).toEqual([{ lineNo: 2, quantity: 60, unitPriceFen: 2_500, taxRateBp: 1300 }]);
  });
});

describe('VersionChanges', () => {
  it('shows each change before → after, prices in yuan', async () => {
    const spec = await renderComponent(VersionChanges, {
      inputs: {
        changes: {
          terms: [{ term: 'paymentMethod', before: '月结30天', after: '货到付款' }],
          lines: [{ lineNo: 1, name: 'LED 面板灯', kind: 'changed', fields: [{ field: 'unitPriceFen', before: 8_500, after: 8_250 }] }],
        },
      },
    });
    const text = (spec.fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('付款方式');
    expect(text).toContain('月结30天');
    expect(text).toContain('货到付款');
    expect(text).toContain('¥85.00');
    expect(text).toContain('¥82.50');
  });
});
