import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import { formDriver, renderDialog } from '../../../testing/component-spec';
import { MoveDialog, type MoveDialogData } from './move-dialog';
import type { StockMoveResult, StockRow } from './stock.api';

const stapler: StockRow = {
  itemId: 3,
  code: 'BG-0003',
  name: '订书机',
  nameEn: null,
  spec: '得力 0414 12#',
  uom: '个',
  category: 'office_supplies',
  buyingUnit: 'OFFICE',
  onHand: 5,
  reorderLevel: 5,
  belowReorder: true,
  lastMovedOn: '2026-11-03',
  active: true,
  editable: true,
};

const UNITS = [
  { id: 1, code: 'HQ', nameZh: '总部', nameEn: 'Head office', kind: 'hq', parentId: null, active: true, version: 1 },
  { id: 8, code: 'HR', nameZh: '人力资源部', nameEn: 'Human Resources', kind: 'department', parentId: 1, active: true, version: 1 },
];

describe('MoveDialog', () => {
  let fixture: ComponentFixture<MoveDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<MoveDialog>>;

  async function open(data: MoveDialogData) {
    ({ fixture, http, ref } = await renderDialog(MoveDialog, data));
  }
  const drive = formDriver(() => fixture);
  const { el, errorUnder } = drive;
  const type = async (testid: string, value: string) => {
    drive.type(testid, value);
    await fixture.whenStable();
  };
  const pickDepartment = async (name: string) => {
    await fixture.whenStable();
    el().querySelector<HTMLElement>('[data-testid="move-department"] .mat-mdc-select-trigger')!.click();
    await fixture.whenStable();
    Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find((o) => o.textContent!.trim() === name)!.click();
    await fixture.whenStable();
  };

  afterEach(() => http.verify());

  it('issues to a department with the key it drew once, and closes with what the server recorded', async () => {
    await open({ kind: 'issue', row: stapler });
    http.expectOne('/api/units').flush({ items: UNITS, total: 2 });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="move-on-hand"]')!.textContent).toContain('账面现有 5 个');
    await pickDepartment('人力资源部');
    await type('move-quantity', '2');
    await type('move-text', ' 新员工入职 ');
    await drive.click('move-save');
    const req = http.expectOne('/api/stock/issue');
    expect(req.request.body).toEqual({ itemId: 3, quantity: 2, departmentId: 8, purpose: '新员工入职' });
    expect(req.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const result: StockMoveResult = { move: null, stock: { ...stapler, onHand: 3 }, message: null };
    req.flush(result);
    expect(ref.close).toHaveBeenCalledWith(result);
  });

  it('says, before sending, that 个 are whole and that an issue cannot exceed what is on hand', async () => {
    await open({ kind: 'issue', row: stapler });
    http.expectOne('/api/units').flush({ items: UNITS, total: 2 });
    await type('move-quantity', '1.5');
    await drive.click('move-save');
    expect(errorUnder('move-quantity')).toBe('“个”按整数计');
    await type('move-quantity', '6');
    expect(errorUnder('move-quantity')).toBe('超过现有库存（5）');
    http.expectNone('/api/stock/issue');
  });

  it('shows the server’s shortage under the quantity when someone issued first', async () => {
    await open({ kind: 'issue', row: stapler });
    http.expectOne('/api/units').flush({ items: UNITS, total: 2 });
    await pickDepartment('人力资源部');
    await type('move-quantity', '5');
    await type('move-text', '装订');
    await drive.click('move-save');
    http.expectOne('/api/stock/issue').flush(
      { status: 409, type: 'https://portal.example/problems/conflict', errors: [{ path: 'quantity', message: '库存不足：订书机 现有 1个，不能领用 5个' }] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(errorUnder('move-quantity')).toBe('库存不足：订书机 现有 1个，不能领用 5个');
    expect(ref.close).not.toHaveBeenCalled();
  });

  it('counts: tells the adjustment the count will record, and sends the counted quantity', async () => {
    await open({ kind: 'count', row: stapler });
    const hint = () => el().querySelector('[data-testid="move-delta"]')!.textContent!.trim();
    await type('move-quantity', '5');
    expect(hint()).toBe('与账面一致，不会记录变动');
    await type('move-quantity', '3');
    expect(hint()).toBe('将调整 -2 个');
    await type('move-text', '月度盘点');
    await drive.click('move-save');
    const req = http.expectOne('/api/stock/count');
    expect(req.request.body).toEqual({ itemId: 3, counted: 3, reason: '月度盘点' });
    req.flush({ move: null, stock: { ...stapler, onHand: 3 }, message: '已按盘点调整 -2个' });
  });
});
