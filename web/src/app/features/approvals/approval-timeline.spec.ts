import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { I18n } from '../../core/i18n/i18n';
import { ApprovalTimeline } from './approval-timeline';
import type { ApprovalRequest } from './approvals.api';

export function sampleRequest(over: Partial<ApprovalRequest> = {}): ApprovalRequest {
  return {
    id: 7,
    documentType: 'ad_quote',
    typeLabel: '广告报价单',
    documentId: 31,
    documentPath: '/ad-quotes/31',
    title: 'BJ-202611-0007 某厂家',
    unitId: 5,
    unitName: '北京分部',
    amountFen: 12_000_000,
    paidShareBp: 3500,
    status: 'pending',
    round: 1,
    currentStep: 2,
    version: 3,
    submitter: { id: 9, name: '周杰' },
    submittedAt: '2026-11-23T02:00:00.000Z',
    decidedAt: null,
    steps: [
      { position: 1, role: 'branch_gm', roleLabel: '分部总经理', unitScope: 'branch', origin: 'branch', condition: { kind: 'paidShareBelow', paidShareBp: 5000 }, unitId: 5, unitName: '北京分部', skipped: false, state: 'approved' },
      { position: 2, role: 'hq_center_gm', roleLabel: '总部售后服务中心总经理', unitScope: 'hq', origin: 'any', condition: { kind: 'paidShareBelow', paidShareBp: 4000 }, unitId: 1, unitName: '总部', skipped: false, state: 'current' },
    ],
    timeline: [
      { at: '2026-11-23T02:00:00.000Z', round: 1, stepPosition: null, role: null, roleLabel: null, action: 'submit', actor: { id: 9, name: '周杰' }, onBehalfOf: null, comment: null },
      { at: '2026-11-23T03:00:00.000Z', round: 1, stepPosition: 1, role: 'branch_gm', roleLabel: '分部总经理', action: 'approve', actor: { id: 13, name: '钱进' }, onBehalfOf: { id: 10, name: '郑伟' }, comment: '客户是老客户，同意' },
    ],
    allowedActions: ['approve', 'reject', 'return'],
    actingOnBehalfOf: null,
    ...over,
  };
}

describe('ApprovalTimeline', () => {
  beforeEach(() => {
    localStorage.removeItem('portal.lang');
    TestBed.configureTestingModule({
      imports: [ApprovalTimeline],
      providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  it('names who acted on behalf of whom, at which step, with the comment', async () => {
    const fixture = TestBed.createComponent(ApprovalTimeline);
    fixture.componentRef.setInput('request', sampleRequest());
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const entries = el.querySelectorAll('[data-testid="timeline-entry"]');
    expect(entries.length).toBe(2);
    expect(entries[0].textContent).toContain('周杰');
    expect(entries[0].textContent).toContain('提交');
    expect(entries[1].textContent).toContain('钱进');
    expect(entries[1].querySelector('[data-testid="on-behalf-of"]')?.textContent).toContain('代 郑伟 审批');
    expect(entries[1].textContent).toContain('第 1 步');
    expect(entries[1].textContent).toContain('客户是老客户，同意');
    expect(el.querySelector('[data-state="current"]')?.textContent).toContain('第 2 步');
    expect(el.querySelector('[data-state="current"]')?.textContent).toContain('低于 4.0折');

    TestBed.inject(I18n).lang.set('en');
    await fixture.whenStable();
    expect(entries[1].querySelector('[data-testid="on-behalf-of"]')?.textContent).toContain('on behalf of 郑伟');
    expect(entries[1].textContent).toContain('Step 1');
  });

  it('loads the request itself when given only its id', async () => {
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ApprovalTimeline);
    fixture.componentRef.setInput('requestId', 7);
    await fixture.whenStable();
    http.expectOne('/api/approvals/requests/7').flush(sampleRequest({ timeline: [] }));
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('还没有审批记录');
    http.verify();
  });
});
