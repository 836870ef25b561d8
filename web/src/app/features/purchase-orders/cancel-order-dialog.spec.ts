import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import { formDriver, renderDialog } from '../../../testing/component-spec';
import { CancelOrderDialog } from './cancel-order-dialog';

describe('CancelOrderDialog', () => {
  let fixture: ComponentFixture<CancelOrderDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<CancelOrderDialog>>;
  const drive = formDriver(() => fixture);
  const open = async () => {
    ({ fixture, http, ref } = await renderDialog(CancelOrderDialog, { id: 42, number: 'PO-OFFICE-202611-0007', version: 3 }));
  };
  const type = async (value: string) => {
    drive.type('cancel-order-reason', value);
    await fixture.whenStable();
  };

  afterEach(() => http.verify());

  it('names the order it cancels', async () => {
    await open();
    expect(drive.el().textContent).toContain('取消订单 PO-OFFICE-202611-0007');
  });

  it('will not cancel without a reason, blank included, and calls nothing', async () => {
    await open();
    await drive.click('cancel-order-save');
    expect(drive.errorUnder('cancel-order-reason')).toBe('必填');
    await type('   ');
    await drive.click('cancel-order-save');
    expect(drive.errorUnder('cancel-order-reason')).toBe('必填');
    http.expectNone('/api/purchase-orders/42/cancel');
    expect(ref.close).not.toHaveBeenCalled();
  });

  it('cancels with the version it was opened at and the reason, trimmed, and closes with the order', async () => {
    await open();
    await type('  商家缺货，订单取消 ');
    await drive.click('cancel-order-save');
    const req = http.expectOne('/api/purchase-orders/42/cancel');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ version: 3, reason: '商家缺货，订单取消' });
    req.flush({ id: 42, status: 'cancelled', version: 4 });
    expect(ref.close).toHaveBeenCalledWith(jasmine.objectContaining({ id: 42, status: 'cancelled' }));
  });

  it('closes with "stale" when someone changed the order since, so the page reloads it', async () => {
    await open();
    await type('不需要了');
    await drive.click('cancel-order-save');
    http
      .expectOne('/api/purchase-orders/42/cancel')
      .flush({ status: 409, type: 'https://portal.example/problems/stale-version', title: '冲突', detail: '该记录已被他人修改，请刷新后重试' }, { status: 409, statusText: 'Conflict' });
    expect(ref.close).toHaveBeenCalledWith('stale');
  });
});
