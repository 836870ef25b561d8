import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import { formDriver, renderDialog } from '../../../testing/component-spec';
import { TONER_SOURCE } from '../../../testing/plan-fixtures';
import { DecisionDialog, type DecisionDialogData } from './decision-dialog';

describe('DecisionDialog', () => {
  let fixture: ComponentFixture<DecisionDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<DecisionDialog>>;
  const drive = formDriver(() => fixture);
  const open = async (choice: DecisionDialogData['choice']) => {
    ({ fixture, http, ref } = await renderDialog(DecisionDialog, { plan: { id: 5, version: 3 }, source: TONER_SOURCE, choice }));
  };
  const type = async (testid: string, value: string) => {
    drive.type(testid, value);
    await fixture.whenStable();
  };

  afterEach(() => http.verify());

  it('names the line it cuts', async () => {
    await open('cut');
    expect(drive.el().querySelector('[data-testid="decision-line"]')!.textContent).toBe('信息技术部 · PR-IT-202612-01 第 2 行：硒鼓 × 3 个');
  });

  it('will not cut without a reason, blank included', async () => {
    await open('cut');
    await drive.click('decision-save');
    expect(drive.errorUnder('decision-reason')).toBe('必填');
    await type('decision-reason', '   ');
    await drive.click('decision-save');
    expect(drive.errorUnder('decision-reason')).toBe('必填');
    http.expectNone('/api/purchase-plans/5/sources/57');
    expect(ref.close).not.toHaveBeenCalled();
  });

  it('cuts with the reason the requester will read', async () => {
    await open('cut');
    await type('decision-reason', ' 库存硒鼓可调剂 ');
    await drive.click('decision-save');
    const req = http.expectOne('/api/purchase-plans/5/sources/57');
    expect(req.request.body).toEqual({ version: 3, decision: 'cut', reason: '库存硒鼓可调剂' });
    req.flush({ id: 5 });
    expect(ref.close).toHaveBeenCalledWith(jasmine.objectContaining({ id: 5 }));
  });

  it('defers to next month with its reason', async () => {
    await open('defer');
    await type('decision-reason', '下月统一采购');
    await drive.click('decision-save');
    expect(http.expectOne('/api/purchase-plans/5/sources/57').request.body).toEqual({ version: 3, decision: 'defer', reason: '下月统一采购' });
  });

  it('shows the server’s complaint under the reason', async () => {
    await open('cut');
    await type('decision-reason', 'x');
    await drive.click('decision-save');
    http.expectOne('/api/purchase-plans/5/sources/57').flush({ status: 400, errors: [{ path: 'reason', message: '请说明削减理由' }] }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(drive.errorUnder('decision-reason')).toBe('请说明削减理由');
  });
});
