import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import { renderComponent } from '../../../testing/component-spec';
import { draft, sessionOf, summaryOf } from '../../../testing/request-fixtures';
import { RequestsPage } from './requests-page';

describe('RequestsPage', () => {
  let fixture: ComponentFixture<RequestsPage>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const row = () => el().querySelector('[data-testid="request-row"]')!;

  async function render(session: ReturnType<typeof sessionOf>) {
    ({ fixture, http } = await renderComponent(RequestsPage, { providers: [provideRouter([]), provideMockStore({ initialState: session })] }));
  }

  afterEach(() => http.verify());

  it('marks a late request and one over a warning budget, with how much over on hover', async () => {
    await render(sessionOf('requester', 'requester'));
    const late = summaryOf(draft({ status: 'submitted', late: true, overBudgetFen: 123_400, totalFen: 523_400, lineCount: 3 }));
    http.expectOne((r) => r.url === '/api/purchase-requests').flush({ items: [late], total: 1 });
    await fixture.whenStable();
    expect(row().querySelector('[data-testid="request-status"]')!.textContent).toContain('待部门审批');
    expect(row().querySelector('[data-testid="request-late"]')!.textContent).toContain('逾期');
    expect(row().querySelector('[data-testid="request-over-budget"]')!.textContent).toContain('超预算');
    expect(row().querySelector('[data-testid="request-total"]')!.textContent).toContain('¥5,234.00');
    expect(row().textContent).toContain('2026年12月');
    expect(el().querySelector('[data-testid="request-create"]')).not.toBeNull();
  });

  it('asks the API for the filters as the API names them, and offers no new request to a reader', async () => {
    await render(sessionOf('leader', 'company_leader', 1, '总部'));
    const first = http.expectOne((r) => r.url === '/api/purchase-requests');
    expect(first.request.params.get('sort')).toBe('-updatedAt');
    expect(first.request.params.has('mine')).toBeFalse();
    first.flush({ items: [summaryOf(draft())], total: 1 });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="request-create"]')).toBeNull();
    expect(row().querySelector('[data-testid="request-late"]')).toBeNull();

    fixture.componentInstance['filters'].patchValue({ buyingUnit: 'SUPPLY', status: 'approved', month: '2026-11' });
    await new Promise((r) => setTimeout(r, 10));
    await fixture.whenStable();
    const filtered = http.expectOne((r) => r.url === '/api/purchase-requests');
    expect(filtered.request.params.get('buyingUnit')).toBe('SUPPLY');
    expect(filtered.request.params.get('status')).toBe('approved');
    expect(filtered.request.params.get('month')).toBe('2026-11');
    filtered.flush({ items: [], total: 0 });
  });
});
