import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import { DEFAULT_DISCOUNT_AUTHORITY } from '@portal/domain';
import { Notify } from '../../core/notify';
import type { Preview } from './ad-quotes.api';
import { QuoteEditor } from './quote-editor';

const UNITS = [
  { id: 1, code: 'HQ', nameZh: '总部', nameEn: 'Head office', kind: 'hq', parentId: null, active: true, version: 1 },
  { id: 10, code: 'BJ', nameZh: '北京分部', nameEn: 'Beijing Branch', kind: 'branch', parentId: 1, active: true, version: 1 },
];
const SLOT = { id: 7, code: 'HOME-FOCUS-3', name: '首页焦点图第3帧', page: '商城首页', format: '', size: '', pricingUnit: 'day', exclusive: true, active: true, version: 1 };

/** The preview of one 10-day line at ¥1,000.00 a day with this share. */
function preview(shareBp: number, extra: Partial<Preview> = {}): Preview {
  const net = shareBp * 100;
  return {
    lines: [{ slotId: 7, units: 10, cardId: 3, cardRevision: 2, unitPriceFen: 100_000, listFen: 1_000_000, shareBp, netFen: net }],
    listFen: 1_000_000,
    subtotalFen: net,
    netFen: net,
    paidShareBp: shareBp,
    zhe: '',
    percent: '',
    decision: { outcome: 'needs_approval', steps: [{ role: 'branch_gm', unit: 'branch', unitName: '北京分部' }] },
    conflicts: [],
    ...extra,
  };
}

describe('QuoteEditor', () => {
  let fixture: ComponentFixture<QuoteEditor>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const text = (id: string) => el().querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
  const debounce = () => new Promise((r) => setTimeout(r, 400));
  const typeDiscount = async (value: string) => {
    const input = el().querySelector<HTMLInputElement>('[data-testid="line-discount"]')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const expectPreview = () => http.expectOne((r) => r.url === '/api/ad-quotes/preview');

  beforeEach(async () => {
    localStorage.removeItem('portal.lang');
    TestBed.configureTestingModule({
      imports: [QuoteEditor],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideMockStore({
          initialState: {
            session: {
              status: 'signedIn',
              error: null,
              user: { id: 8, username: 'bj_clerk', displayName: '周杰', unitId: 11, unitName: '北京电子商务', roles: [{ role: 'branch_ecommerce_clerk', unitId: 10, unitName: '北京分部' }] },
            },
          },
        }),
        { provide: Notify, useValue: jasmine.createSpyObj<Notify>('Notify', ['error', 'ok']) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuoteEditor);
    await fixture.whenStable();
    http.expectOne((r) => r.url === '/api/ad-slots').flush({ items: [SLOT], total: 1 });
    http.expectOne('/api/units').flush({ items: UNITS, total: UNITS.length });
    http.expectOne('/api/ad-discount-authority').flush({ version: 1, floorBp: 3000, authority: DEFAULT_DISCOUNT_AUTHORITY });
    http.expectOne((r) => r.url === '/api/customers').flush({ items: [], total: 0 });
    await fixture.whenStable();
    // The slot and the flight; the discount is typed as a clerk types it.
    fixture.componentInstance['lines'].at(0).patchValue({ slotId: 7, startsOn: '2026-12-01', endsOn: '2026-12-10' });
    await typeDiscount('4.5');
  });

  afterEach(() => http.verify());

  it('offers the clerk her branch and sends the form to the preview in basis points', async () => {
    expect(fixture.componentInstance['form'].controls.unitId.value).toBe(10);
    await debounce();
    const req = expectPreview();
    expect(req.request.body).toEqual({ unitId: 10, bundleShareBp: 10000, lines: [{ slotId: 7, startsOn: '2026-12-01', endsOn: '2026-12-10', shareBp: 4500 }] });
    req.flush(preview(4500));
    await fixture.whenStable();
    expect(text('line-units')).toContain('10');
    expect(text('paid-share')).toBe('4.5折');
    expect(text('paid-percent')).toBe('45.0%');
    expect(text('approvers-needed')).toContain('需 北京分部 总经理 审批');
  });

  it('recomputes the paid share and the approvers by the domain rule while typing, before the server answers', async () => {
    await debounce();
    expectPreview().flush(preview(4500));
    await fixture.whenStable();

    await typeDiscount('2.5');
    // The card price is known now: no round trip is needed to say where the floor is.
    expect(text('paid-share')).toBe('2.5折');
    expect(text('approvers-needed')).toContain('最低只能给到3.0折');
    expect(el().querySelector<HTMLButtonElement>('[data-testid="submit-quote"]')!.disabled).toBeTrue();

    await typeDiscount('5');
    expect(text('paid-share')).toBe('5.0折');
    expect(text('approvers-needed')).toContain('在您的折扣权限内');
    await debounce();
    expectPreview().flush(preview(5000, { decision: { outcome: 'approved', steps: [] } }));
  });

  it('shows a clash with an accepted quote under its line and blocks saving; an overlap with an open one only warns', async () => {
    await debounce();
    expectPreview().flush(
      preview(4500, {
        conflicts: [
          { lineIndex: 0, quoteId: 3, quoteNumber: 'HQ-202612-0001', startsOn: '2026-12-05', endsOn: '2026-12-08', severity: 'block' },
          { lineIndex: 0, quoteId: 4, quoteNumber: 'BJ-202612-0002', startsOn: '2026-12-01', endsOn: '2026-12-02', severity: 'warn' },
        ],
      }),
    );
    await fixture.whenStable();
    const conflicts = Array.from(el().querySelectorAll('[data-testid="line-conflict"]'));
    expect(conflicts.map((c) => c.getAttribute('data-severity'))).toEqual(['block', 'warn']);
    expect(conflicts[0].textContent).toContain('HQ-202612-0001');
    expect(conflicts[1].textContent).toContain('档期重叠');
    expect(el().querySelector<HTMLButtonElement>('[data-testid="save-quote"]')!.disabled).toBeTrue();
    expect(el().querySelector<HTMLButtonElement>('[data-testid="submit-quote"]')!.disabled).toBeTrue();
  });

  it('marks a discount that is not one, and keeps it out of the preview', async () => {
    await typeDiscount('85%');
    expect(el().textContent).toContain('请输入 0.1–10 之间的折数');
    await debounce();
    http.expectNone((r) => r.url === '/api/ad-quotes/preview');
  });

  it('puts the server’s complaint about a line under that line when saving is refused', async () => {
    fixture.componentInstance['form'].controls.customer.setValue({ id: 5, name: '美的', contact: null, phone: null, active: true });
    await debounce();
    expectPreview().flush(preview(4500));
    await fixture.whenStable();
    el().querySelector<HTMLButtonElement>('[data-testid="save-quote"]')!.click();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/ad-quotes')
      .flush({ status: 400, title: '输入有误', errors: [{ path: 'lines.0.shareBp', message: '折扣超出允许范围' }] }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="quote-line"] .line-notes')!.textContent).toContain('折扣超出允许范围');
  });
});
