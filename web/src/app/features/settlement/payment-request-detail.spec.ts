import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import type { Notify } from '../../core/notify';
import { formDriver, renderComponent } from '../../../testing/component-spec';
import { PaymentRequestDetailPage } from './payment-request-detail';
import type { PaymentRequestDetail } from './settlement.api';
import { PAYMENT_TEXT } from './settlement.text';

/** 办公室's draft for one order, made by the clerk reading it: hers to submit or discard. */
const DRAFT: PaymentRequestDetail = {
  id: 7,
  number: 'HK-OFFICE-202611-0003',
  unit: { id: 2, code: 'OFFICE', name: '办公室' },
  supplier: { id: 3, name: '苏宁易购自营办公' },
  payee: '苏宁易购自营办公',
  method: 'platform',
  amountFen: 12_345,
  prepayment: true,
  status: 'draft',
  netPaidFen: 0,
  createdAt: '2026-11-27T07:56:00.000Z',
  bank: null,
  account: null,
  note: '',
  version: 2,
  createdBy: { id: 5, name: '王芳' },
  orders: [{ orderId: 11, number: 'PO-OFFICE-202610-0003', platformOrderNo: 'SN8830617724', orderedOn: '2026-10-20', totalFen: 72_784, amountFen: 12_345 }],
  payments: [],
  approval: null,
  can: { submit: true, discard: true, pay: false, reverse: false },
};

describe('PaymentRequestDetailPage: discarding (作废)', () => {
  let fixture: ComponentFixture<PaymentRequestDetailPage>;
  let http: HttpTestingController;
  let notify: jasmine.SpyObj<Notify>;
  let dialog: jasmine.SpyObj<MatDialog>;
  const drive = formDriver(() => fixture);
  const button = () => drive.el().querySelector('[data-testid="pr-discard"]');

  async function open(r: PaymentRequestDetail = DRAFT) {
    dialog = jasmine.createSpyObj<MatDialog>('MatDialog', ['open']);
    ({ fixture, http, notify } = await renderComponent(PaymentRequestDetailPage, {
      providers: [provideRouter([]), { provide: MatDialog, useValue: dialog }],
      inputs: { id: String(r.id) },
    }));
    http.expectOne('/api/payment-requests/7').flush(r);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('asks first, naming the request and what it frees, and calls nothing when the clerk says no', async () => {
    await open();
    dialog.open.and.returnValue({ afterClosed: () => of(false) } as never);
    await drive.click('pr-discard');
    const asked = dialog.open.calls.mostRecent().args[1]!.data as { title: unknown; params: Record<string, unknown>; danger: boolean };
    expect(asked.title).toBe(PAYMENT_TEXT.discardTitle);
    expect(asked.params).toEqual({ number: 'HK-OFFICE-202611-0003', amount: '¥123.45' });
    expect(asked.danger).toBeTrue();
    http.expectNone('/api/payment-requests/7/discard');
  });

  it('discards at the version it shows once confirmed, and the page shows it discarded', async () => {
    await open();
    dialog.open.and.returnValue({ afterClosed: () => of(true) } as never);
    await drive.click('pr-discard');
    const req = http.expectOne('/api/payment-requests/7/discard');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ version: 2 });
    req.flush({ ...DRAFT, status: 'discarded', version: 3, can: { submit: false, discard: false, pay: false, reverse: false } });
    await fixture.whenStable();
    expect(notify.ok).toHaveBeenCalledWith(PAYMENT_TEXT.discardDone, jasmine.objectContaining({ number: 'HK-OFFICE-202611-0003' }));
    expect(drive.el().querySelector('[data-testid="request-status"]')!.textContent).toContain('已作废');
    expect(button()).toBeNull();
  });

  it('offers no 作废 to whoever may not discard it', async () => {
    await open({ ...DRAFT, can: { ...DRAFT.can, discard: false } });
    expect(button()).toBeNull();
  });
});
