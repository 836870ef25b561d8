import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { MatDialog } from '@angular/material/dialog';
import { of } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import type { Notify } from '../../../core/notify';
import { renderPage } from '../../../../testing/component-spec';
import type { Unit } from './units.api';
import { UnitsPage } from './units-page';

const units: Unit[] = [
  { id: 1, code: 'HQ', nameZh: '总部', nameEn: 'Head office', kind: 'hq', parentId: null, active: true, version: 1 },
  { id: 8, code: 'IT', nameZh: '信息技术部', nameEn: 'IT Dept', kind: 'department', parentId: 1, active: true, version: 2 },
  { id: 20, code: 'BJ', nameZh: '北京分部', nameEn: 'Beijing Branch', kind: 'branch', parentId: 1, active: true, version: 1 },
  { id: 21, code: 'BJ-ECOM', nameZh: '北京分部电子商务', nameEn: 'Beijing e-commerce', kind: 'branch_department', parentId: 20, active: false, version: 4 },
];

describe('UnitsPage', () => {
  let fixture: ComponentFixture<UnitsPage>;
  let http: HttpTestingController;
  let notify: jasmine.SpyObj<Notify>;
  let dialog: jasmine.SpyObj<MatDialog>;

  beforeEach(async () => {
    ({ fixture, http, notify, dialog } = await renderPage(UnitsPage));
    http.expectOne('/api/units').flush({ items: units, total: units.length });
    await fixture.whenStable();
  });

  const el = () => fixture.nativeElement as HTMLElement;
  const codes = () => Array.from(el().querySelectorAll('tr[data-unit-code]')).map((r) => r.getAttribute('data-unit-code'));
  const row = (code: string) => el().querySelector(`tr[data-unit-code="${code}"]`)!;

  it('shows the tree indented, in the reader’s language, inactive units marked', async () => {
    expect(codes()).toEqual(['HQ', 'IT', 'BJ', 'BJ-ECOM']);
    expect(row('BJ-ECOM').querySelector('.unit-name')!.textContent).toContain('北京分部电子商务');
    expect((row('BJ-ECOM').querySelector('.tree-cell') as HTMLElement).style.paddingInlineStart).toBe('56px');
    expect(row('BJ-ECOM').classList).toContain('inactive');
    TestBed.inject(I18n).toggle();
    await fixture.whenStable();
    expect(row('BJ').querySelector('.unit-name')!.textContent).toContain('Beijing Branch');
    expect(row('BJ').textContent).toContain('Branch');
  });

  it('folds a unit’s sub-units away and hides inactive units on request', async () => {
    row('BJ').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    await fixture.whenStable();
    expect(codes()).toEqual(['HQ', 'IT', 'BJ']);
    row('BJ').querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
    fixture.componentInstance['showInactive'].set(false);
    await fixture.whenStable();
    expect(codes()).toEqual(['HQ', 'IT', 'BJ']);
  });

  it('offers sub-units only where the company allows them, and never deactivates the root', () => {
    expect(row('BJ').querySelector('[data-testid="unit-add-child"]')).not.toBeNull();
    expect(row('IT').querySelector('[data-testid="unit-add-child"]')).toBeNull();
    expect(row('HQ').querySelector('[data-testid="unit-deactivate"]')).toBeNull();
  });

  it('shows the server’s refusal when a unit still has active users', async () => {
    dialog.open.and.returnValue({ afterClosed: () => of(true) } as never);
    row('IT').querySelector<HTMLButtonElement>('[data-testid="unit-deactivate"]')!.click();
    const req = http.expectOne('/api/units/8');
    expect(req.request.body).toEqual({ version: 2, active: false });
    const refusal = { status: 400, detail: '该单位下还有 3 个启用的用户，请先调整他们的所属单位', errors: [{ path: 'active', message: '…' }] };
    req.flush(refusal, { status: 400, statusText: 'Bad Request' });
    expect(notify.error).toHaveBeenCalledTimes(1);
    expect((notify.error.calls.argsFor(0)[0] as { error: unknown }).error).toEqual(refusal);
    expect(row('IT').classList).not.toContain('inactive');
  });
});
