import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import type { Notify } from '../../core/notify';
import { renderComponent } from '../../../testing/component-spec';
import type { RateCard } from './ad-rate-cards.api';
import { RateCardEditor } from './rate-card-editor';

const price = (slotId: number, code: string, page: string, priceFen: number | null) => ({
  slotId,
  code,
  name: code,
  nameEn: null,
  page,
  format: '',
  size: '',
  pricingUnit: 'day' as const,
  exclusive: false,
  priceFen,
});

const draft: RateCard = {
  id: 7,
  month: '2026-12',
  revision: 1,
  status: 'draft',
  note: '',
  publishedAt: null,
  publishedBy: null,
  supersedesId: null,
  slotCount: 2,
  version: 3,
  prices: [price(1, 'HOME-FOCUS-1', '商城首页', 880000), price(2, 'CAT-FRIDGE-TOP', '冰箱频道', 1320000)],
};

describe('RateCardEditor', () => {
  let fixture: ComponentFixture<RateCardEditor>;
  let http: HttpTestingController;
  let notify: jasmine.SpyObj<Notify>;

  beforeEach(async () => {
    ({ fixture, http, notify } = await renderComponent(RateCardEditor, { inputs: { card: draft }, attach: true }));
    // A slot set up after the copied card: offered blank, left off unless priced.
    http
      .expectOne((r) => r.url === '/api/ad-slots')
      .flush({ items: [{ id: 3, code: 'HOME-BANNER', name: '首页通栏', page: '商城首页', format: '', size: '', pricingUnit: 'week', exclusive: true, active: true, version: 1 }], total: 1 });
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    (fixture.nativeElement as HTMLElement).remove();
  });

  const cell = (code: string) => (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>(`[data-testid="price-input"][data-slot-code="${code}"]`)!;
  const type = async (code: string, text: string) => {
    const input = cell(code);
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  it('shows each price in yuan, grouped by page, with new slots blank', () => {
    expect(cell('HOME-FOCUS-1').value).toBe('8800.00');
    expect(cell('CAT-FRIDGE-TOP').value).toBe('13200.00');
    expect(cell('HOME-BANNER').value).toBe('');
    const order = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="price-input"]')).map((i) => i.getAttribute('data-slot-code'));
    expect(order).toEqual(['HOME-BANNER', 'HOME-FOCUS-1', 'CAT-FRIDGE-TOP']);
  });

  it('saves what was typed as integer fen with the version it read', async () => {
    await type('HOME-FOCUS-1', '9,000.5');
    await type('HOME-BANNER', '16500');
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="save-card"]')!.click();
    const req = http.expectOne('/api/ad-rate-cards/7');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({
      version: 3,
      note: '',
      prices: [
        { slotId: 3, priceFen: 1650000 },
        { slotId: 1, priceFen: 900050 },
        { slotId: 2, priceFen: 1320000 },
      ],
    });
    req.flush({ ...draft, version: 4 });
  });

  it('sends nothing while a cell is not money, and says so under it', async () => {
    await type('CAT-FRIDGE-TOP', '13,200.001');
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('请输入金额');
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="save-card"]')!.click();
    http.expectNone('/api/ad-rate-cards/7');
    expect(document.activeElement).toBe(cell('CAT-FRIDGE-TOP'));
  });

  it('moves down with Enter and tidies the cell it leaves', async () => {
    cell('HOME-FOCUS-1').focus();
    await type('HOME-FOCUS-1', '9000');
    cell('HOME-FOCUS-1').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await fixture.whenStable();
    expect(document.activeElement).toBe(cell('CAT-FRIDGE-TOP'));
    expect(cell('HOME-FOCUS-1').value).toBe('9000.00');
  });

  it('tells the page to reload when someone else saved first', async () => {
    let stale = 0;
    fixture.componentInstance.stale.subscribe(() => stale++);
    await type('HOME-FOCUS-1', '9000');
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid="save-card"]')!.click();
    http.expectOne('/api/ad-rate-cards/7').flush({ status: 409, type: 'https://portal.example/problems/stale-version', errors: [] }, { status: 409, statusText: 'Conflict' });
    expect(stale).toBe(1);
    expect(notify.ok).toHaveBeenCalled();
  });
});
