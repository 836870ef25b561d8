import type { HttpTestingController } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { lineAmountFen } from '@portal/domain';
import { of } from 'rxjs';
import { formDriver, renderComponent } from '../../../testing/component-spec';
import { CABLE, PAPER, draft, line } from '../../../testing/request-fixtures';
import { RequestEditor } from './request-editor';

describe('RequestEditor', () => {
  let fixture: ComponentFixture<RequestEditor>;
  let http: HttpTestingController;
  let notify: jasmine.SpyObj<{ error(e: unknown): void; ok(t: unknown, p?: unknown): void }>;
  const drive = formDriver(() => fixture);
  const { el } = drive;
  const text = (id: string) => el().querySelector(`[data-testid="${id}"]`)?.textContent?.trim() ?? '';
  const all = (id: string) => Array.from(el().querySelectorAll(`[data-testid="${id}"]`));
  /** Types into the n-th line's field, as a requester does. */
  const typeIn = async (testid: string, n: number, value: string) => {
    const input = all(testid)[n] as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  async function open(request = draft({ lines: [line(PAPER, 1, 1), line(CABLE, 1, 2)] })) {
    // Confirmations answer yes: the specs are about what happens after.
    const dialog = jasmine.createSpyObj<MatDialog>('MatDialog', ['open']);
    dialog.open.and.returnValue({ afterClosed: () => of(true) } as never);
    ({ fixture, http, notify } = await renderComponent(RequestEditor, {
      inputs: { id: '5' },
      providers: [provideRouter([]), { provide: MatDialog, useValue: dialog }],
    }));
    http.expectOne('/api/purchase-requests/5').flush(request);
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('prefills each catalogue line’s price with its shop and month, and totals the lines the way the API does', async () => {
    await open();
    expect(all('line-price').map((e) => e.textContent?.trim())).toEqual(['¥23.50', '¥19.99']);
    const sources = all('line-price-source');
    expect(sources[0].textContent?.trim()).toBe('得力京东自营旗舰店');
    expect(sources[0].getAttribute('title')).toBe('京东 · 得力京东自营旗舰店');
    expect(sources[1].parentElement!.textContent).toContain('2026年11月');

    await typeIn('line-quantity', 0, '3');
    await typeIn('line-quantity', 1, '12.5');
    // 12.5 米 × ¥19.99 = ¥249.875: rounded half up to the fen, as domain lineAmountFen rounds it.
    expect(lineAmountFen(12.5, 1_999)).toBe(24_988);
    expect(all('line-amount').map((e) => e.textContent?.trim())).toEqual(['¥70.50', '¥249.88']);
    expect(text('estimated-total')).toBe('¥320.38');
  });

  it('counts 包 in whole numbers and leaves a fractional quantity out of the total, saying why under it', async () => {
    await open();
    await typeIn('line-quantity', 0, '2.5');
    await typeIn('line-quantity', 1, '2');
    (all('line-quantity')[0] as HTMLInputElement).dispatchEvent(new Event('blur'));
    await fixture.whenStable();
    expect(all('line-amount')[0].textContent?.trim()).toBe('–');
    expect(text('estimated-total')).toBe('¥39.98');
    expect(drive.errorUnder('line-quantity')).toBe('“包”须为整数');
    expect((el().querySelector('[data-testid="save-request"]') as HTMLButtonElement).disabled).toBeTrue();
  });

  it('sends catalogue lines by item and new items in words, and puts the API’s complaint on the right field', async () => {
    await open(draft());
    await drive.click('add-line');
    (all('line-kind')[1] as HTMLButtonElement).click();
    await fixture.whenStable();
    await typeIn('line-new-name', 0, ' 工业除湿机 ');
    await typeIn('line-new-uom', 0, '台');
    await typeIn('line-quantity', 1, '1');
    await drive.click('save-request');
    const req = http.expectOne((r) => r.method === 'PUT' && r.url === '/api/purchase-requests/5');
    expect(req.request.body.version).toBe(2);
    expect(req.request.body.lines).toEqual([
      { itemId: 11, newItem: null, quantity: 1, neededBy: '2026-12-10', purpose: '日常办公' },
      { itemId: null, newItem: { name: '工业除湿机', spec: '', uom: '台' }, quantity: 1, neededBy: '2026-12-10', purpose: '' },
    ]);
    req.flush(
      { status: 400, title: '输入有误', errors: [{ path: 'lines.1.newItem.uom', message: '请填写物资的计量单位' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(drive.errorUnder('line-new-uom')).toBe('请填写物资的计量单位');
  });

  it('words a refusal that gives the figure in the screen’s own words', async () => {
    await open();
    await drive.click('submit-request');
    http.expectOne((r) => r.method === 'PUT').flush(draft({ version: 3 }));
    await fixture.whenStable();
    http
      .expectOne('/api/purchase-requests/5/submit')
      .flush({ status: 409, detail: 'Over budget', overByFen: 50_000, errors: [] }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(text('submit-refused')).toContain('超出部门预算 ¥500.00');
  });

  it('tells the requester by how much a stop-controlled budget is exceeded, and keeps the saved draft on screen', async () => {
    await open();
    await drive.click('submit-request');
    http.expectOne((r) => r.method === 'PUT').flush(draft({ version: 3, lines: [line(PAPER, 1, 1), line(CABLE, 1, 2)] }));
    await fixture.whenStable();
    const submit = http.expectOne('/api/purchase-requests/5/submit');
    expect(submit.request.body).toEqual({ version: 3 });
    // As the API refuses it: a 409 naming the request's total, with the amount over in its words.
    const message = '超出预算 ¥1,234.00：信息技术部的办公用品预算为“控制”方式，请减少数量或联系办公室';
    submit.flush(
      { status: 409, type: 'https://portal.example/problems/conflict', detail: message, errors: [{ path: 'totalFen', message }] },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(text('submit-refused')).toContain('超出预算 ¥1,234.00');
    expect(notify.error).not.toHaveBeenCalled();
    expect(all('request-line').length).toBe(2);
  });

  it('shows the warning a request over a warn-controlled budget carries', async () => {
    await open(draft({ status: 'returned', overBudgetFen: 50_000, actions: ['edit', 'submit'] }));
    expect(text('over-budget-warning')).toContain('¥500.00');
    expect(text('returned-notice')).toContain('退回');
    expect(el().querySelector('[data-testid="delete-request"]')).toBeNull();
  });

  it('warns before submitting that the month’s cut-off has passed, and not before it has', async () => {
    await open(draft({ calendar: { cutoffOn: '2000-01-20', status: 'open' } }));
    expect(text('late-notice')).toContain('2000-01-20');
    expect(text('late-notice')).toContain('逾期');
    http.verify();
    TestBed.resetTestingModule();
    await open(draft({ calendar: { cutoffOn: '2999-01-20', status: 'open' } }));
    expect(el().querySelector('[data-testid="late-notice"]')).toBeNull();
  });

  it('reloads and says so when someone else saved the request first', async () => {
    await open();
    await drive.click('save-request');
    http
      .expectOne((r) => r.method === 'PUT')
      .flush({ status: 409, type: 'https://portal.example/problems/stale-version', errors: [] }, { status: 409, statusText: 'Conflict' });
    http.expectOne('/api/purchase-requests/5').flush(draft({ version: 4, note: '王芳改过' }));
    await fixture.whenStable();
    expect(notify.ok).toHaveBeenCalledWith(jasmine.objectContaining({ zh: jasmine.stringContaining('刚被他人修改') }));
    expect((el().querySelector('[data-testid="request-note"]') as HTMLTextAreaElement).value).toBe('王芳改过');
  });
});
