import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { OwedOrders } from '@portal/domain/contracts';
import { formDriver, renderComponent } from '../../../testing/component-spec';
import { PaymentRequestNew } from './payment-request-new';

const OWED: OwedOrders = {
  supplier: { id: 7, name: '得力官方旗舰店' },
  orders: [
    {
      orderId: 41,
      number: 'PO-OFFICE-202610-0001',
      platform: 'jd',
      platformOrderNo: 'JD2610001',
      orderedOn: '2026-10-05',
      unit: { id: 3, code: 'OFFICE', name: '办公室' },
      totalFen: 1_469_000,
      refundFen: 0,
      requestedFen: 200_000,
      owedFen: 1_269_000,
      fullyDelivered: false,
      awaitingReview: [],
    },
  ],
  totalOwedFen: 1_269_000,
};

describe('PaymentRequestNew', () => {
  let fixture: ComponentFixture<PaymentRequestNew>;
  let http: HttpTestingController;
  const drive = formDriver(() => fixture);
  const { el, errorUnder } = drive;

  beforeEach(async () => {
    ({ fixture, http } = await renderComponent(PaymentRequestNew, { providers: [provideRouter([])] }));
    http.expectOne((r) => r.url === '/api/suppliers').flush({ items: [{ id: 7, shopName: '得力官方旗舰店' }], total: 1 });
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  async function pickSupplier() {
    el().querySelector<HTMLElement>('[data-testid="pr-supplier"] .mat-mdc-select-trigger')!.click();
    await fixture.whenStable();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent!.trim() === '得力官方旗舰店')!.click();
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/payment-requests/owed' && r.params.get('supplierId') === '7').flush(OWED);
    await fixture.whenStable();
  }

  it("lists the supplier's owed orders, ticks the only one and asks for what it owes", async () => {
    await pickSupplier();
    expect(el().querySelector('[data-testid="pr-orders"]')!.textContent).toContain('PO-OFFICE-202610-0001');
    expect(el().querySelector('[data-testid="pr-selected-owed"]')!.textContent).toContain('¥12,690.00');
    expect(el().querySelector<HTMLInputElement>('[data-testid="pr-amount"]')!.value).toBe('12690.00');
    expect(el().querySelector<HTMLInputElement>('[data-testid="pr-payee"]')!.value).toBe('得力官方旗舰店');
  });

  it('shows a contract order whose delivery awaits review, owing nothing, and does not tick it', async () => {
    el().querySelector<HTMLElement>('[data-testid="pr-supplier"] .mat-mdc-select-trigger')!.click();
    await fixture.whenStable();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent!.trim() === '得力官方旗舰店')!.click();
    await fixture.whenStable();
    const contract = { ...OWED.orders[0], orderId: 42, number: 'PO-SUPPLY-202611-0001', platform: 'contract', platformOrderNo: 'HT-SUPPLY-202611-0001', requestedFen: 0, owedFen: 0, awaitingReview: ['GR-SUPPLY-202611-0001'] };
    http.expectOne((r) => r.url === '/api/payment-requests/owed').flush({ ...OWED, orders: [contract], totalOwedFen: 0 });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="pr-awaiting-review-PO-SUPPLY-202611-0001"]')!.textContent).toContain('GR-SUPPLY-202611-0001');
    expect(el().querySelector('[data-testid="pr-pick-PO-SUPPLY-202611-0001"] input')!.hasAttribute('disabled')).toBeTrue();
    expect(el().querySelector<HTMLInputElement>('[data-testid="pr-amount"]')!.value).toBe('');
  });

  it('sends the request with an Idempotency-Key, and shows the server’s refusal under the amount', async () => {
    await pickSupplier();
    drive.type('pr-amount', '13000');
    drive.type('pr-bank', '招商银行深圳分行');
    drive.type('pr-account', '6225001');
    await fixture.whenStable();
    await drive.click('pr-save');
    const req = http.expectOne('/api/payment-requests');
    expect(req.request.body).toEqual({
      supplierId: 7,
      orderIds: [41],
      amountFen: 1_300_000,
      payee: '得力官方旗舰店',
      method: 'bank',
      bank: '招商银行深圳分行',
      account: '6225001',
      note: '',
    });
    expect(req.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    req.flush(
      { status: 422, detail: '申请金额超过尚欠金额', errors: [{ path: 'amountFen', message: '申请金额 ¥13,000.00 超过了所选订单尚欠的 ¥12,690.00' }] },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    expect(errorUnder('pr-amount')).toContain('超过了所选订单尚欠的');
  });
});
