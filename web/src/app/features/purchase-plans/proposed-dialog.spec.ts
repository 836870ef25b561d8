import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import { formDriver, renderDialog } from '../../../testing/component-spec';
import { PAPER_LINE } from '../../../testing/plan-fixtures';
import { ProposedDialog } from './proposed-dialog';

describe('ProposedDialog', () => {
  let fixture: ComponentFixture<ProposedDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<ProposedDialog>>;
  const drive = formDriver(() => fixture);
  const type = async (testid: string, value: string) => {
    drive.type(testid, value);
    await fixture.whenStable();
  };

  beforeEach(async () => {
    ({ fixture, http, ref } = await renderDialog(ProposedDialog, { plan: { id: 5, version: 3 }, line: PAPER_LINE }));
  });
  afterEach(() => http.verify());

  it('shows how the net figure came about', () => {
    expect(drive.el().querySelector('[data-testid="proposed-facts"]')!.textContent).toContain('申请 12 包 − 库存 5 包 = 净需求 7 包');
  });

  it('requires a reason when the quantity differs from the net figure, and sends it with the quantity', async () => {
    await type('proposed-qty', '10');
    await drive.click('proposed-save');
    http.expectNone('/api/purchase-plans/5/lines/31');
    expect(drive.errorUnder('proposed-reason')).toBe('与净需求 7 不同，请说明理由');

    await type('proposed-reason', '  年底备货  ');
    await drive.click('proposed-save');
    const req = http.expectOne('/api/purchase-plans/5/lines/31');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ version: 3, proposedQty: 10, reason: '年底备货' });
    req.flush({ id: 5 });
    expect(ref.close).toHaveBeenCalledWith(jasmine.objectContaining({ id: 5 }));
  });

  it('needs no reason for the net figure itself', async () => {
    await type('proposed-qty', '10');
    await type('proposed-qty', '7');
    expect(drive.errorUnder('proposed-reason')).toBe('');
    await drive.click('proposed-save');
    expect(http.expectOne('/api/purchase-plans/5/lines/31').request.body).toEqual({ version: 3, proposedQty: 7, reason: undefined });
  });

  it('counts packs in whole numbers, as the API does', async () => {
    await type('proposed-qty', '7.5');
    await drive.click('proposed-save');
    http.expectNone('/api/purchase-plans/5/lines/31');
    expect(drive.errorUnder('proposed-qty')).toBe('包 须为整数');
  });

  it('closes as stale when someone changed the plan first', async () => {
    await drive.click('proposed-save');
    http.expectOne('/api/purchase-plans/5/lines/31').flush({ status: 409, type: 'https://portal.example/problems/stale-version' }, { status: 409, statusText: 'Conflict' });
    expect(ref.close).toHaveBeenCalledWith('stale');
  });
});
