import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { renderComponent } from '../../../testing/component-spec';
import type { Agreement } from './ad-agreements.api';
import { AgreementDetail } from './agreement-detail';

const DRAFT: Agreement = {
  id: 7,
  number: '协-BJ-202611-0001',
  quote: { id: 21, number: 'BJ-202611-0005' },
  unit: { id: 12, name: '北京分部', code: 'BJ', kind: 'branch' },
  customer: { id: 5, name: 'TCL实业控股（广州）有限公司' },
  status: 'draft',
  amountFen: 1000001,
  startsOn: '2026-11-01',
  endsOn: '2026-12-30',
  signedAt: null,
  terminatedOn: null,
  createdBy: { id: 3, name: '周杰' },
  updatedAt: '2026-11-20T02:00:00.000Z',
  version: 1,
  feeStandard: '按当月刊例价执行',
  quoteSnapshot: { quoteId: 21, number: 'BJ-202611-0005', listFen: 1111112, netFen: 1000001, bundleShareBp: 9000, paidShareBp: 9000, validUntil: '2026-12-10', lines: [] },
  lines: [{ lineNo: 1, slotId: 9, slotCode: 'SEARCH-TOP', slotName: '搜索结果页首位推荐', slotNameEn: null, startsOn: '2026-11-01', endsOn: '2026-12-30', amountFen: 1000001 }],
  instalments: [
    { seq: 1, dueOn: '2026-11-30', amountFen: 500001, method: 'bank_transfer' },
    { seq: 2, dueOn: '2026-12-30', amountFen: 500000, method: 'acceptance_bill' },
  ],
  documents: [
    { kind: 'signed_copy', attachment: null, sentBy: null, sentAt: null, receivedBy: null, receivedAt: null },
    { kind: 'contract_copy', attachment: { id: 40, filename: '合同复印件.pdf' }, sentBy: { id: 3, name: '周杰' }, sentAt: '2026-11-20T02:00:00.000Z', receivedBy: null, receivedAt: null },
    { kind: 'invoice_copy', attachment: null, sentBy: null, sentAt: null, receivedBy: null, receivedAt: null },
    { kind: 'ad_materials', attachment: null, sentBy: null, sentAt: null, receivedBy: null, receivedAt: null },
  ],
  signedBy: null,
  terminationReason: null,
  recognisedFen: 0,
  timeline: [
    { step: 'created', at: '2026-11-20T02:00:00.000Z', by: '周杰', done: true },
    { step: 'signed', at: null, by: null, done: false },
    { step: 'running', at: '2026-11-01', by: null, done: false },
    { step: 'completed', at: '2026-12-30', by: null, done: false },
  ],
  actions: [],
};

describe('AgreementDetail', () => {
  let fixture: ComponentFixture<AgreementDetail>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const has = (testid: string) => el().querySelector(`[data-testid="${testid}"]`) !== null;

  async function open(agreement: Agreement) {
    ({ fixture, http } = await renderComponent(AgreementDetail, { providers: [provideRouter([])], inputs: { id: '7' } }));
    http.expectOne('/api/ad-agreements/7').flush(agreement);
    await fixture.whenStable();
  }
  afterEach(() => http.verify());

  it('offers the branch GM the signing, and nothing of the checklist he does not keep', async () => {
    await open({ ...DRAFT, actions: ['sign'] });
    expect(has('agreement-sign')).toBeTrue();
    expect(has('agreement-edit')).toBeFalse();
    expect(has('receive-contract_copy')).toBeFalse();
    expect(has('attach-contract_copy')).toBeFalse();
    expect(el().querySelectorAll('[data-testid="agreement-instalment"]').length).toBe(2);
  });

  it('lets HQ mark a sent copy received, and shows the others as not sent', async () => {
    await open({ ...DRAFT, actions: ['receive'] });
    expect(has('receive-contract_copy')).toBeTrue();
    expect(has('receive-invoice_copy')).toBeFalse();
    expect(el().querySelector('[data-kind="contract_copy"] [data-testid="document-awaiting"]')!.textContent).toContain('待总部确认收到');
    el().querySelector<HTMLButtonElement>('[data-testid="receive-contract_copy"]')!.click();
    const req = http.expectOne('/api/ad-agreements/7/documents/contract_copy/receive');
    expect(req.request.method).toBe('POST');
    req.flush({ ...DRAFT, documents: DRAFT.documents.map((d) => (d.kind === 'contract_copy' ? { ...d, receivedBy: { id: 8, name: '孙丽' }, receivedAt: '2026-11-21T02:00:00.000Z' } : d)) });
    await fixture.whenStable();
    expect(el().querySelector('[data-kind="contract_copy"] [data-testid="document-received"]')!.textContent).toContain('孙丽');
  });

  it('lets the clerk edit the draft and send the copies, but not sign it', async () => {
    await open({ ...DRAFT, actions: ['edit', 'attach'] });
    expect(has('agreement-edit')).toBeTrue();
    expect(has('agreement-sign')).toBeFalse();
    expect(has('attach-invoice_copy')).toBeTrue();
    expect(has('attach-signed_copy')).toBeFalse();
  });
});
