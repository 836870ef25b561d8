import type { HttpTestingController } from '@angular/common/http/testing';
import type { ComponentFixture } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { Store } from '@ngrx/store';
import { of } from 'rxjs';
import { renderComponent } from '../../../testing/component-spec';
import { sampleRequest } from './approval-timeline.spec';
import { ApprovalRequestPageActions } from './approvals.actions';
import { RequestPage } from './request-page';

describe('RequestPage', () => {
  let fixture: ComponentFixture<RequestPage>;
  let http: HttpTestingController;
  let store: jasmine.SpyObj<Store>;
  let dialogResult: unknown;
  const el = () => fixture.nativeElement as HTMLElement;
  const button = (id: string) => el().querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);

  beforeEach(async () => {
    store = jasmine.createSpyObj<Store>('Store', ['dispatch']);
    dialogResult = { comment: '同意' };
    ({ fixture, http } = await renderComponent(RequestPage, {
      providers: [
        provideRouter([]),
        { provide: Store, useValue: store },
        { provide: MatDialog, useValue: { open: () => ({ afterClosed: () => of(dialogResult) }) } },
      ],
      inputs: { id: '7' },
    }));
    http.expectOne('/api/approvals/requests/7').flush(sampleRequest());
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows the document, its discount and a link to it, and only the buttons the API allows', () => {
    expect(el().querySelector('[data-testid="request-title"]')?.textContent).toContain('BJ-202611-0007');
    expect(el().textContent).toContain('¥120,000.00');
    expect(el().textContent).toContain('3.5折');
    expect(el().querySelector('[data-testid="open-document"]')?.getAttribute('href')).toBe('/ad-quotes/31');
    expect(button('approve-button')).not.toBeNull();
    expect(button('reject-button')).not.toBeNull();
    expect(button('return-button')).not.toBeNull();
    expect(button('withdraw-button')).toBeNull();
  });

  it('approves with the version shown and tells the toolbar to count again', async () => {
    button('approve-button')!.click();
    const req = http.expectOne('/api/approvals/requests/7/approve');
    expect(req.request.body).toEqual({ version: 3, comment: '同意' });
    req.flush(sampleRequest({ status: 'approved', allowedActions: [], version: 4 }));
    await fixture.whenStable();
    expect(button('approve-button')).toBeNull();
    expect(el().querySelector('[data-testid="request-status"]')?.textContent).toContain('已通过');
    expect(store.dispatch).toHaveBeenCalledWith(ApprovalRequestPageActions.actionTaken({ requestId: 7, action: 'approve' }));
  });

  it('on 409 says someone acted first and shows the request as it is now', async () => {
    button('approve-button')!.click();
    http
      .expectOne('/api/approvals/requests/7/approve')
      .flush({ status: 409, detail: '该审批已被他人处理，请刷新后查看' }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    http.expectOne('/api/approvals/requests/7').flush(sampleRequest({ status: 'rejected', allowedActions: [], version: 4 }));
    await fixture.whenStable();
    expect(el().querySelector('[data-testid="stale-notice"]')?.textContent).toContain('该审批已被他人处理');
    expect(el().querySelector('[data-testid="request-status"]')?.textContent).toContain('已驳回');
    expect(button('approve-button')).toBeNull();
  });
});
