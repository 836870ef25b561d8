import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { renderComponent } from '../../../testing/component-spec';
import type { Policy } from './approvals.api';
import { PolicyEditor } from './policy-editor';

const policy: Policy = {
  documentType: 'purchase_plan',
  label: { zh: '采购计划', en: 'Purchase plan' },
  registered: true,
  facts: ['amount'],
  steps: [
    { role: 'dept_head', unit: 'own', origin: 'any', condition: { kind: 'always' } },
    { role: 'company_leader', unit: 'hq', origin: 'any', condition: { kind: 'amountAtLeast', amountFen: 10_000_000 } },
  ],
  version: 2,
  updatedAt: null,
};

describe('PolicyEditor', () => {
  let fixture: ComponentFixture<PolicyEditor>;
  let http: HttpTestingController;
  const el = () => fixture.nativeElement as HTMLElement;

  async function create(canEdit: boolean, p: Policy = policy) {
    ({ fixture, http } = await renderComponent(PolicyEditor, { inputs: { policy: p, canEdit } }));
  }

  it('reads the chain as sentences for internal audit', async () => {
    await create(false);
    const steps = el().querySelectorAll('[data-testid="policy-step"]');
    expect(steps.length).toBe(2);
    expect(steps[1].textContent).toContain('公司领导');
    expect(steps[1].textContent).toContain('金额 ≥ ¥100,000.00');
    expect(el().querySelector('[data-testid="policy-save"]')).toBeNull();
  });

  it('saves the steps in order, yuan as fen, with the version read', async () => {
    await create(true);
    expect(el().querySelectorAll('[data-testid="policy-step-edit"]').length).toBe(2);
    const amount = el().querySelector<HTMLInputElement>('[data-testid="step-amount"]')!;
    expect(amount.value).toBe('100000');
    amount.value = '50000.5';
    amount.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    el().querySelector<HTMLButtonElement>('[data-testid="policy-save"]')!.click();
    const req = http.expectOne('/api/approvals/policies/purchase_plan');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({
      version: 2,
      steps: [
        { role: 'dept_head', unit: 'own', origin: 'any', condition: { kind: 'always' } },
        { role: 'company_leader', unit: 'hq', origin: 'any', condition: { kind: 'amountAtLeast', amountFen: 5_000_050 } },
      ],
    });
    req.flush({ ...policy, version: 3 });
    http.verify();
  });

  it("shows the server's policy problems by step", async () => {
    await create(true);
    el().querySelector<HTMLButtonElement>('[data-testid="step-add"]')!.click();
    await fixture.whenStable();
    // The new step has no role yet: nothing is sent until it has one.
    el().querySelector<HTMLButtonElement>('[data-testid="policy-save"]')!.click();
    http.expectNone('/api/approvals/policies/purchase_plan');

    fixture.componentInstance['steps'].at(2).patchValue({ role: 'branch_gm', unit: 'branch', origin: 'any' });
    fixture.componentInstance['form'].markAsDirty();
    await fixture.whenStable();
    el().querySelector<HTMLButtonElement>('[data-testid="policy-save"]')!.click();
    http.expectOne('/api/approvals/policies/purchase_plan').flush(
      { status: 400, detail: '请检查', errors: [{ path: 'steps.2.origin', message: '由“单据所属分部”审批的步骤只能用于分部单据' }] },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="policy-problems"]')?.textContent).toContain('第 3 步: 由“单据所属分部”审批的步骤只能用于分部单据');
    expect(fixture.componentInstance['steps'].at(2).controls.origin.getError('server')).toContain('分部单据');
    http.verify();
  });

  it('leaves an unregistered type read-only even for the administrator', async () => {
    await create(true, { ...policy, registered: false });
    expect(el().querySelector('[data-testid="policy-not-registered"]')).not.toBeNull();
    expect(el().querySelector('[data-testid="policy-save"]')).toBeNull();
  });
});
