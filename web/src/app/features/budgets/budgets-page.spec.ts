import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { formDriver, renderComponent } from '../../../testing/component-spec';
import type { BudgetGrid, BudgetLine } from './budgets.api';
import { BudgetsPage } from './budgets-page';

const it_: BudgetLine = {
  budgetId: 1,
  departmentId: 11,
  departmentCode: 'IT',
  departmentName: '信息技术部',
  amountFen: 1_000_000,
  control: 'warn',
  committedFen: 152_000,
  pendingFen: 50_000,
  spentFen: 0,
  remainingFen: 798_000,
  nearLimit: false,
  version: 3,
};
const hr: BudgetLine = { ...it_, budgetId: null, departmentId: 12, departmentCode: 'HR', departmentName: '人力资源部', amountFen: 0, committedFen: 0, pendingFen: 0, remainingFen: 0, version: null };
const year = new Date().getFullYear();
const grid = (editable: boolean): BudgetGrid => ({
  year,
  editable,
  lines: [it_, hr],
  totals: { amountFen: 1_000_000, committedFen: 152_000, pendingFen: 50_000, spentFen: 0, remainingFen: 798_000 },
});

describe('BudgetsPage', () => {
  let fixture: ComponentFixture<BudgetsPage>;
  let http: HttpTestingController;
  let notify: jasmine.SpyObj<{ ok: unknown; error: unknown }>;
  const drive = formDriver(() => fixture);
  const { el } = drive;
  const cell = (id: string) => el().querySelector(`[data-testid="${id}"]`)?.textContent?.trim();

  async function open(editable: boolean) {
    ({ fixture, http, notify } = await renderComponent(BudgetsPage, { providers: [provideRouter([])] }));
    http.expectOne(`/api/budgets?year=${year}`).flush(grid(editable));
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('shows what remains: budget − committed − pending − spent, and works it out again as the clerk types', async () => {
    await open(true);
    expect(cell('budget-remaining-IT')).toBe('¥7,980.00');
    drive.type('budget-amount-IT', '2,000');
    await fixture.whenStable();
    expect(cell('budget-remaining-IT')).toBe('¥-20.00');
    expect(el().querySelector('[data-testid="budget-over"]')).not.toBeNull();
    drive.type('budget-amount-IT', '2,200');
    await fixture.whenStable();
    expect(cell('budget-remaining-IT')).toBe('¥180.00');
    expect(el().querySelector('[data-testid="budget-near"]')).not.toBeNull();
    drive.type('budget-amount-IT', '12.345');
    await fixture.whenStable();
    expect(el().textContent).toContain('金额以元为单位，最多两位小数，不能为负');
  });

  it('saves only the changed departments at the versions read, and reloads with a clear message when someone saved first', async () => {
    await open(true);
    drive.type('budget-amount-IT', '2250');
    drive.type('budget-amount-HR', '500');
    await fixture.whenStable();
    expect(cell('budgets-changed')).toContain('已修改 2 个部门');
    await drive.click('budgets-save');
    const put = http.expectOne(`/api/budgets/${year}`);
    expect(put.request.body).toEqual({
      lines: [
        { departmentId: 11, amountFen: 225_000, control: 'warn', version: 3 },
        { departmentId: 12, amountFen: 50_000, control: 'warn', version: null },
      ],
    });
    put.flush({ type: 'https://portal/problems/stale-version', status: 409, detail: '记录已被他人修改' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(notify.ok).toHaveBeenCalledWith(jasmine.objectContaining({ zh: jasmine.stringMatching('您的修改未保存') }));
    http.expectOne(`/api/budgets?year=${year}`).flush(grid(true));
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="budgets-changed"]')).toBeNull();
  });

  it('shows a reader the figures without inputs, import or template', async () => {
    await open(false);
    expect(el().querySelector('[data-testid="budget-amount-IT"]')).toBeNull();
    expect(el().querySelector('[data-testid="budgets-import"]')).toBeNull();
    expect(el().querySelector('[data-testid="budgets-read-only"]')).not.toBeNull();
    expect(el().textContent).toContain('¥10,000.00');
  });
});
