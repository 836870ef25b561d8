import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { renderComponent } from '../../../testing/component-spec';
import { CABLE, PAPER, draft, line } from '../../../testing/request-fixtures';
import { RequestDetail } from './request-detail';

describe('RequestDetail', () => {
  let fixture: ComponentFixture<RequestDetail>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;
  const texts = (id: string) => Array.from(el().querySelectorAll(`[data-testid="${id}"]`)).map((e) => e.textContent?.trim());

  afterEach(() => http.verify());

  it('shows where each line stands for its requester, with the plan’s reason for a cut line', async () => {
    ({ fixture, http } = await renderComponent(RequestDetail, { inputs: { id: '5' }, providers: [provideRouter([])] }));
    const approved = draft({
      status: 'approved',
      late: true,
      totalFen: 31_980,
      actions: [],
      approval: { requestId: 44, status: 'approved', currentStep: null, readable: true },
      lines: [
        line(PAPER, 2, 1, { status: 'plan_approved', estAmountFen: 4_700 }),
        line(CABLE, 12.5, 2, { status: 'cut', planReason: '库存足够，本月不采购', estAmountFen: 24_988 }),
        line(PAPER, 1, 3, { status: 'deferred', planReason: '顺延至下月计划', estAmountFen: 2_350 }),
      ],
    });
    http.expectOne('/api/purchase-requests/5').flush(approved);
    await fixture.whenStable();
    http.expectOne('/api/approvals/requests/44').flush(null, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect(texts('request-status')).toEqual(['部门已批准']);
    expect(texts('line-status')).toEqual(['计划已批准', '已核减', '顺延下月']);
    expect(texts('line-reason')).toEqual(['原因：库存足够，本月不采购', '原因：顺延至下月计划']);
    expect(texts('request-late')).toEqual(['逾期']);
    expect(texts('detail-total')).toEqual(['¥319.80']);
    // Approved: nothing for the requester to edit.
    expect(el().querySelector('[data-testid="request-edit"]')).toBeNull();
  });
});
