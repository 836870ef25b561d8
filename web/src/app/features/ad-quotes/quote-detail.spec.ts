import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { provideMockStore } from '@ngrx/store/testing';
import type { Role } from '@portal/domain';
import { of } from 'rxjs';
import { Notify } from '../../core/notify';
import { BJ_QUOTE_SUMMARY } from '../../../testing/quote-fixtures';
import type { Quote } from './ad-quotes.api';
import { QuoteDetail } from './quote-detail';

const QUOTE: Quote = {
  ...BJ_QUOTE_SUMMARY,
  netFen: 1_113_750,
  paidShareBp: 4500,
  bundleShareBp: 10000,
  note: null,
  zhe: '4.5折',
  percent: '45%',
  lines: [
    {
      id: 1,
      position: 1,
      slotId: 7,
      slotCode: 'HOME-FOCUS-3',
      slotName: '首页焦点图第3帧',
      slotNameEn: 'Home carousel, frame 3',
      pricingUnit: 'day',
      exclusive: true,
      startsOn: '2026-11-24',
      endsOn: '2026-11-28',
      units: 5,
      cardId: 3,
      cardRevision: 2,
      unitPriceFen: 495_000,
      listFen: 2_475_000,
      shareBp: 4500,
      netFen: 1_113_750,
    },
  ],
  approval: null,
  decision: null,
  actions: ['edit', 'send', 'cancel'],
};

describe('QuoteDetail', () => {
  let fixture: ComponentFixture<QuoteDetail>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const testids = (prefix: string) =>
    Array.from(el().querySelectorAll(`[data-testid^="${prefix}"]`)).map((e) => e.getAttribute('data-testid'));

  /** A signed-in user holding `role` (the internal copy depends on it). */
  const signedInAs = (role: Role) => ({
    session: { status: 'signedIn', error: null, user: { id: 8, username: 'u', displayName: '周杰', unitId: 11, unitName: '北京分部', roles: [{ role, unitId: 10, unitName: '北京分部' }] } },
  });
  let storeState: object = { session: { status: 'signedOut', error: null, user: null } };

  async function open(quote: Quote): Promise<void> {
    fixture = TestBed.createComponent(QuoteDetail);
    fixture.componentRef.setInput('id', String(quote.id));
    await fixture.whenStable();
    http.expectOne(`/api/ad-quotes/${quote.id}`).flush(quote);
    await fixture.whenStable();
  }

  function configure(): void {
    localStorage.removeItem('portal.lang');
    TestBed.configureTestingModule({
      imports: [QuoteDetail],
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: Notify, useValue: jasmine.createSpyObj<Notify>('Notify', ['error', 'ok']) },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(true) }) } },
        provideMockStore({ initialState: storeState }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  }

  beforeEach(configure);

  afterEach(() => http.verify());

  it('offers exactly the actions the API allows this user, the next step first', async () => {
    await open(QUOTE);
    expect(testids('quote-action-')).toEqual(['quote-action-edit', 'quote-action-send', 'quote-action-cancel']);
    expect(el().querySelector('[data-testid="detail-discount"]')!.textContent).toContain('4.5折');
    expect(el().querySelector('[data-testid="detail-discount"]')!.classList).toContain('deep');
  });

  it('shows a reader no actions at all, but both downloads', async () => {
    await open({ ...QUOTE, actions: [] });
    expect(el().querySelector('[data-testid="quote-actions"]')).toBeNull();
    expect(testids('download-quote-')).toEqual(['download-quote-pdf', 'download-quote-xlsx']);
  });

  it('after confirmation posts the action with the version it read and shows the answer', async () => {
    await open(QUOTE);
    el().querySelector<HTMLButtonElement>('[data-testid="quote-action-send"]')!.click();
    const req = http.expectOne('/api/ad-quotes/9/send');
    expect(req.request.body).toEqual({ version: 3 });
    req.flush({ ...QUOTE, status: 'sent', version: 4, actions: ['edit', 'accept', 'decline', 'cancel'] });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="quote-status"]')!.textContent).toContain('已发送客户');
    expect(testids('quote-action-')).toEqual(['quote-action-edit', 'quote-action-accept', 'quote-action-decline', 'quote-action-cancel']);
  });

  describe('the internal copy', () => {
    let saved: jasmine.Spy;
    beforeEach(() => {
      // The file goes to the browser as a blob link: recorded, not followed.
      saved = spyOn(URL, 'createObjectURL').and.returnValue('blob:x');
      spyOn(HTMLAnchorElement.prototype, 'click');
    });
    afterEach(() => (storeState = { session: { status: 'signedOut', error: null, user: null } }));

    it('is not offered to a branch marketer, who prints only the customer copy', async () => {
      storeState = signedInAs('branch_marketer');
      TestBed.resetTestingModule();
      configure();
      await open({ ...QUOTE, actions: [] });
      expect(el().querySelector('[data-testid="internal-copy-pdf"]')).toBeNull();
      el().querySelector<HTMLButtonElement>('[data-testid="download-quote-pdf"]')!.click();
      const req = http.expectOne('/api/ad-quotes/9/pdf');
      expect(req.request.params.has('copy')).toBeFalse();
      req.flush(new Blob(['%PDF']));
      expect(saved).toHaveBeenCalled();
    });

    it('is offered to finance and asks the API for ?copy=internal', async () => {
      storeState = signedInAs('finance');
      TestBed.resetTestingModule();
      configure();
      await open({ ...QUOTE, actions: [] });
      el().querySelector<HTMLButtonElement>('[data-testid="internal-copy-pdf"]')!.click();
      const req = http.expectOne((r) => r.url === '/api/ad-quotes/9/pdf');
      expect(req.request.params.get('copy')).toBe('internal');
      req.flush(new Blob(['%PDF']));
      expect(saved).toHaveBeenCalled();
    });
  });
});
