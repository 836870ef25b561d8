import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import { formDriver, renderDialog } from '../../../testing/component-spec';
import { MonthDialog, type MonthDialogData } from './month-dialog';
import type { CalendarMonth } from './planning-calendar.api';

/** 办公室's December, never set by the clerk: open, due on the 20th of November. */
const DECEMBER: CalendarMonth = {
  unit: { id: 7, code: 'OFFICE', name: '办公室' },
  month: '2026-12',
  cutoffOn: '2026-11-20',
  status: 'open',
  isDefault: true,
  version: 0,
  updatedBy: null,
  updatedAt: null,
  canEdit: true,
};

describe('MonthDialog', () => {
  let fixture: ComponentFixture<MonthDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<MonthDialog>>;
  const drive = formDriver(() => fixture);

  async function open(data: MonthDialogData = { unit: 'OFFICE', month: DECEMBER }) {
    ({ fixture, http, ref } = await renderDialog(MonthDialog, data));
  }

  afterEach(() => http.verify());

  it('shows the month’s cut-off in the app’s date format and its status with what it means', async () => {
    await open();
    expect((drive.el().querySelector('[data-testid="month-cutoff"]') as HTMLInputElement).value).toBe('2026-11-20');
    expect(drive.el().querySelector('[data-testid="month-status"]')!.textContent).toContain('受理申请');
    expect(drive.el().querySelector('[data-testid="month-status-hint"]')!.textContent).toContain('截止日后提交的标记为逾期');
    expect(drive.el().textContent).toContain('编辑 2026年12月');
  });

  it('saves a new cut-off and status with the version read (0 for a month on its defaults)', async () => {
    await open();
    drive.type('month-cutoff', '2026-11-25');
    fixture.componentInstance['form'].controls.status.setValue('consolidating');
    await fixture.whenStable();
    expect(drive.el().querySelector('[data-testid="month-status-hint"]')!.textContent).toContain('不再接收新申请');
    await drive.click('month-save');
    const req = http.expectOne('/api/planning-calendar/OFFICE/2026-12');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ version: 0, cutoffOn: '2026-11-25', status: 'consolidating' });
    const saved = { ...DECEMBER, cutoffOn: '2026-11-25', status: 'consolidating' as const, isDefault: false, version: 1 };
    req.flush(saved);
    expect(ref.close).toHaveBeenCalledWith(saved);
  });

  it('puts the server’s complaint under the cut-off field', async () => {
    await open();
    drive.type('month-cutoff', '2027-01-05');
    await drive.click('month-save');
    http
      .expectOne('/api/planning-calendar/OFFICE/2026-12')
      .flush(
        { status: 400, title: '输入有误', errors: [{ path: 'cutoffOn', message: '截止日不能晚于该月最后一天' }] },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();
    expect(drive.errorUnder('month-cutoff')).toBe('截止日不能晚于该月最后一天');
    expect(ref.close).not.toHaveBeenCalled();
  });

  it('closes as stale when someone else changed the month first', async () => {
    await open({ unit: 'SUPPLY', month: { ...DECEMBER, unit: { id: 8, code: 'SUPPLY', name: '供应处' }, version: 3, isDefault: false } });
    await drive.click('month-save');
    const req = http.expectOne('/api/planning-calendar/SUPPLY/2026-12');
    expect(req.request.body.version).toBe(3);
    req.flush({ status: 409, type: 'https://portal.example/problems/stale-version', errors: [] }, { status: 409, statusText: 'Conflict' });
    expect(ref.close).toHaveBeenCalledWith('stale');
  });
});
