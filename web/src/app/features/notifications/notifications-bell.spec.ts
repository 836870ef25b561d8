import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Store, provideStore } from '@ngrx/store';
import { InboxBadge } from './inbox-badge';
import { NotificationsApiActions, NotificationsMenuActions } from './notifications.actions';
import { NotificationsBell } from './notifications-bell';
import { notificationsFeature } from './notifications.reducer';

describe('toolbar counts', () => {
  let store: Store;

  beforeEach(() => {
    localStorage.removeItem('portal.lang');
    TestBed.configureTestingModule({
      imports: [NotificationsBell, InboxBadge],
      providers: [provideZonelessChangeDetection(), provideRouter([]), provideStore({ [notificationsFeature.name]: notificationsFeature.reducer })],
    });
    store = TestBed.inject(Store);
  });

  it('shows the inbox count from the store, 0 included', async () => {
    const fixture = TestBed.createComponent(InboxBadge);
    await fixture.whenStable();
    const badge = () => (fixture.nativeElement as HTMLElement).querySelector('[data-testid="inbox-badge"]')!.textContent!.trim();
    expect(badge()).toBe('0');
    store.dispatch(NotificationsApiActions.inboxCountLoaded({ count: 3, etag: null }));
    await fixture.whenStable();
    expect(badge()).toBe('3');
  });

  it('lists recent notifications and opens one through the store', async () => {
    const dispatch = spyOn(store, 'dispatch').and.callThrough();
    store.dispatch(
      NotificationsApiActions.notificationsLoaded({
        page: {
          items: [{ id: 5, kind: 'approval.approved', title: '您提交的广告报价单“BJ-202611-0003”已审批通过', link: '/approvals/requests/1', read: false, createdAt: '2026-11-23T02:00:00.000Z' }],
          total: 1,
          unread: 1,
        },
        etag: null,
      }),
    );
    const fixture = TestBed.createComponent(NotificationsBell);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const bell = el.querySelector<HTMLButtonElement>('[data-testid="notifications-bell"]')!;
    expect(bell.getAttribute('data-unread')).toBe('1');
    expect(bell.getAttribute('aria-label')).toBe('通知（1 条未读）');
    bell.click();
    await fixture.whenStable();
    const item = document.querySelector<HTMLButtonElement>('[data-testid="notification-item"]')!;
    expect(item.textContent).toContain('已审批通过');
    item.click();
    expect(dispatch).toHaveBeenCalledWith(NotificationsMenuActions.notificationOpened({ id: 5, link: '/approvals/requests/1', read: false }));
  });
});
