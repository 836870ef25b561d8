import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { formDriver, renderComponent } from '../../../testing/component-spec';
import type { AgreementQuote } from './ad-agreements.api';
import { AgreementEditor } from './agreement-editor';

const TCL: AgreementQuote = {
  id: 21,
  number: 'BJ-202611-0005',
  unit: { id: 12, name: '北京分部', code: 'BJ', kind: 'branch' },
  customer: { id: 5, name: 'TCL实业控股（广州）有限公司' },
  netFen: 1000001,
  startsOn: '2026-11-01',
  endsOn: '2026-12-30',
};

describe('AgreementEditor', () => {
  let fixture: ComponentFixture<AgreementEditor>;
  let http: HttpTestingController;
  const drive = formDriver(() => fixture);
  const { el } = drive;
  const text = (testid: string) => el().querySelector(`[data-testid="${testid}"]`)?.textContent?.trim() ?? '';
  const saveButton = () => el().querySelector<HTMLButtonElement>('[data-testid="agreement-save"]')!;

  beforeEach(async () => {
    ({ fixture, http } = await renderComponent(AgreementEditor, { providers: [provideRouter([])] }));
    http.expectOne('/api/ad-agreements/quotes').flush({ items: [TCL] });
    await fixture.whenStable();
    el().querySelector<HTMLElement>('[data-testid="agreement-quote"] .mat-mdc-select-trigger')!.click();
    await fixture.whenStable();
    document.querySelector<HTMLElement>('mat-option[data-number="BJ-202611-0005"]')!.click();
    await fixture.whenStable();
  });
  afterEach(() => http.verify());

  it('starts the schedule with the whole amount in one instalment', () => {
    expect(text('agreement-amount')).toBe('¥10,000.01');
    expect(el().querySelectorAll('[data-testid="instalment-row"]').length).toBe(1);
    expect(text('instalments-remaining')).toContain('收款计划合计等于协议金额');
    expect(saveButton().disabled).toBeFalse();
  });

  it('shows what is left or over and refuses to save a schedule that does not add up', async () => {
    await drive.click('instalment-add');
    drive.type('instalment-amount', '6000');
    await fixture.whenStable();
    // 6,000.00 + 0.00 added (nothing was left) = 4,000.01 short.
    expect(text('instalments-remaining')).toBe('尚未安排 ¥4,000.01');
    expect(saveButton().disabled).toBeTrue();
    await drive.click('instalment-split');
    expect(text('instalments-remaining')).toContain('收款计划合计等于协议金额');
    expect(saveButton().disabled).toBeFalse();
  });

  it('posts the quote, fee standard and instalments in fen with an Idempotency-Key', async () => {
    await drive.click('instalment-add');
    await drive.click('instalment-split');
    await drive.click('agreement-save');
    const req = http.expectOne('/api/ad-agreements');
    expect(req.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    const body = req.request.body as { quoteId: number; feeStandard: string; instalments: { amountFen: number }[] };
    expect(body.quoteId).toBe(21);
    expect(body.feeStandard).toContain('BJ-202611-0005');
    expect(body.instalments.map((i) => i.amountFen)).toEqual([500001, 500000]);
    req.flush({ id: 9, number: '协-BJ-202611-0002' });
  });
});
