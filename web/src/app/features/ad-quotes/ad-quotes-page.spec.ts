import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import type { Notify } from '../../core/notify';
import { renderComponent } from '../../../testing/component-spec';
import { BJ_QUOTE_SUMMARY } from '../../../testing/quote-fixtures';
import type { QuoteSummary } from './ad-quotes.api';
import { AdQuotesPage } from './ad-quotes-page';

const ROW: QuoteSummary = BJ_QUOTE_SUMMARY;

const FINANCE = {
  session: {
    status: 'signedIn',
    error: null,
    user: { id: 21, username: 'finance', displayName: '钱进', unitId: 5, unitName: '财务部', roles: [{ role: 'finance', unitId: 5, unitName: '财务部' }] },
  },
};

describe('AdQuotesPage', () => {
  let fixture: ComponentFixture<AdQuotesPage>;
  let http: HttpTestingController;
  let notify: jasmine.SpyObj<Notify>;
  const el = () => fixture.nativeElement as HTMLElement;
  const button = (testid: string) => el().querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`)!;
  const listRequest = () => http.expectOne((r) => r.url === '/api/ad-quotes');

  beforeEach(async () => {
    ({ fixture, http, notify } = await renderComponent(AdQuotesPage, { providers: [provideRouter([]), provideMockStore({ initialState: FINANCE })] }));
    http.expectOne('/api/units').flush({ items: [], total: 0 });
    listRequest().flush({ items: [ROW], total: 1 });
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows 63.8% of list as 6.4折, rounded as everywhere', () => {
    expect(el().querySelector('[data-testid="quote-row"]')!.textContent).toContain('6.4折');
  });

  it("exports the list as shown: the search and the sort, every page (no page or page size)", async () => {
    const search = el().querySelector<HTMLInputElement>('[data-testid="quotes-search"]')!;
    search.value = '美的';
    search.dispatchEvent(new Event('input'));
    await new Promise((r) => setTimeout(r, 350));
    listRequest().flush({ items: [ROW], total: 1 });
    await fixture.whenStable();

    const link = spyOn(HTMLAnchorElement.prototype, 'click');
    spyOn(URL, 'createObjectURL').and.returnValue('blob:x');
    button('quotes-export').click();
    await fixture.whenStable();
    expect(button('quotes-export').disabled).toBeTrue();
    const req = http.expectOne((r) => r.url === '/api/ad-quotes.xlsx');
    expect(req.request.params.get('q')).toBe('美的');
    expect(req.request.params.get('sort')).toBe('-updatedAt');
    expect(req.request.params.has('page')).toBeFalse();
    expect(req.request.params.has('pageSize')).toBeFalse();
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['PK']), { headers: { 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('广告报价单列表-2026-11-26.xlsx')}` } });
    await fixture.whenStable();
    expect(link).toHaveBeenCalledTimes(1);
    expect((link.calls.mostRecent().object as HTMLAnchorElement).download).toBe('广告报价单列表-2026-11-26.xlsx');
    expect(button('quotes-export').disabled).toBeFalse();
  });

  it('tells a failed export and lets the user try again', async () => {
    button('quotes-export').click();
    http.expectOne((r) => r.url === '/api/ad-quotes.xlsx').flush(null, { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();
    expect(notify.error).toHaveBeenCalled();
    expect(button('quotes-export').disabled).toBeFalse();
  });
});
