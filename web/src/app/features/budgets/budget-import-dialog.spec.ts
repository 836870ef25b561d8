import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { MatDialogRef } from '@angular/material/dialog';
import { renderDialog } from '../../../testing/component-spec';
import { BudgetImportDialog } from './budget-import-dialog';

describe('BudgetImportDialog', () => {
  let fixture: ComponentFixture<BudgetImportDialog>;
  let http: HttpTestingController;
  let ref: jasmine.SpyObj<MatDialogRef<BudgetImportDialog>>;
  const el = () => fixture.nativeElement as HTMLElement;

  beforeEach(async () => {
    ({ fixture, http, ref } = await renderDialog(BudgetImportDialog, { year: 2026 }));
  });
  afterEach(() => http.verify());

  async function choose(name: string) {
    const input = el().querySelector<HTMLInputElement>('[data-testid="budget-import-file"]')!;
    const files = new DataTransfer();
    files.items.add(new File(['x'], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  it('lists every row error of a refused file, and stays open so the clerk can choose the fixed one', async () => {
    await choose('预算.xlsx');
    const req = http.expectOne((r) => r.url === '/api/budgets/import' && r.params.get('year') === '2026');
    req.flush(
      {
        type: 'https://portal/problems/import-rejected',
        status: 400,
        detail: '文件中有 2 处错误，未导入任何预算',
        errorCount: 2,
        rowErrors: [
          { row: 3, column: '部门', message: '没有名称或编码为“市场部”的总部部门' },
          { row: 4, column: '预算金额(元)', message: '“12.345”不是有效金额：以元为单位，最多两位小数，不能为负' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="budget-import-rejected"]')?.textContent).toContain('预算.xlsx 有 2 处错误，未导入任何预算');
    const rows = Array.from(el().querySelectorAll('[data-testid="budget-import-error-row"]')).map((c) => c.textContent?.trim());
    expect(rows).toEqual(['3', '4']);
    expect(el().querySelectorAll('[data-testid="budget-import-error-message"]')[0].textContent).toContain('市场部');
    expect(ref.close).not.toHaveBeenCalled();

    await choose('预算-改正.xlsx');
    http.expectOne((r) => r.url === '/api/budgets/import').flush({ year: 2026, imported: 5, skipped: 1, created: 2, updated: 3 });
    expect(ref.close).toHaveBeenCalledWith({ year: 2026, imported: 5, skipped: 1, created: 2, updated: 3 });
  });
});
