import { ChangeDetectionStrategy, Component, effect, inject, untracked } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Store } from '@ngrx/store';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { NotificationsMenuActions } from './notifications.actions';
import type { AppNotification } from './notifications.api';
import { selectRecent, selectUnread } from './notifications.reducer';
import { NOTIFICATIONS_TEXT } from './notifications.text';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';

/** The toolbar's bell: unread count, the recent notifications, "mark all read". */
@Component({
  selector: 'app-notifications-bell',
  imports: [AppDatePipe, MatBadgeModule, MatButtonModule, MatIconModule, MatMenuModule, MatDividerModule, MatTooltipModule, TrPipe],
  template: `
    <button
      mat-icon-button
      class="bell"
      [matMenuTriggerFor]="menu"
      (menuOpened)="opened()"
      data-testid="notifications-bell"
      [attr.data-unread]="unread()"
      [attr.aria-label]="unread() ? (text.bellUnread | tr: { count: unread() }) : (text.bell | tr)"
      [matTooltip]="text.bell | tr"
    >
      <!-- The count is in the button's name; the badge on a plain span (not the icon, whose role is img) is only a picture of it. -->
      <span class="badged" [matBadge]="unread() > 99 ? '99+' : unread()" [matBadgeHidden]="!unread()" matBadgeColor="warn" aria-hidden="true">
        <mat-icon>{{ unread() ? 'notifications_active' : 'notifications' }}</mat-icon>
      </span>
    </button>
    <mat-menu #menu="matMenu" class="notifications-menu" xPosition="before">
      <!-- The handlers only keep the menu open; the control here is the button, hence presentation. -->
      <div class="head" role="presentation" (click)="$event.stopPropagation()" (keydown)="$event.stopPropagation()">
        <span class="title">{{ text.heading | tr }}</span>
        <button mat-button [disabled]="!unread()" (click)="markAll()" data-testid="notifications-mark-all">
          <mat-icon>done_all</mat-icon>{{ text.markAllRead | tr }}
        </button>
      </div>
      <mat-divider />
      @for (n of recent(); track n.id) {
        <button mat-menu-item class="item" [class.unread]="!n.read" (click)="open(n)" data-testid="notification-item" [attr.data-read]="n.read">
          <div class="item-body">
            <div class="item-title">
              @if (!n.read) {
                <span class="dot" [attr.aria-label]="text.unread | tr"></span>
              }
              {{ n.title }}
            </div>
            <div class="item-time">{{ n.createdAt | appDate: 'shortDateTime' }}</div>
          </div>
        </button>
      } @empty {
        <div class="empty">{{ text.empty | tr }}</div>
      }
    </mat-menu>
  `,
  styles: `
    :host { display: inline-flex; color: inherit; }
    .badged { display: inline-flex; }
    .bell { color: inherit; --mat-icon-button-icon-color: currentColor; --mat-icon-button-state-layer-color: currentColor; }
    /* The menu panel is Material's (280px by default); notification titles need more room. */
    ::ng-deep .notifications-menu.mat-mdc-menu-panel { max-width: min(440px, 95vw); }
    .head { display: flex; align-items: center; justify-content: space-between; gap: 8px; padding: 4px 8px 4px 16px; min-width: 340px; }
    .title { font: var(--mat-sys-title-small); }
    .item { height: auto; min-height: 56px; max-width: 420px; }
    .item-body { padding: 6px 0; white-space: normal; line-height: 1.4; }
    .item-title { font-size: 14px; }
    .item.unread .item-title { font-weight: 600; }
    .item-time { font-size: 12px; color: var(--mat-sys-on-surface-variant); }
    .dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: var(--mat-sys-error); margin-inline-end: 4px; vertical-align: middle; }
    .empty { padding: 16px; color: var(--mat-sys-on-surface-variant); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsBell {
  private readonly store = inject(Store);
  protected readonly text = NOTIFICATIONS_TEXT;
  protected readonly unread = this.store.selectSignal(selectUnread);
  protected readonly recent = this.store.selectSignal(selectRecent);

  constructor() {
    // Titles come rendered in the reader's language: after a switch, fetch them again.
    const i18n = inject(I18n);
    let first = true;
    effect(() => {
      i18n.lang();
      if (first) {
        first = false;
        return;
      }
      untracked(() => this.store.dispatch(NotificationsMenuActions.languageChanged()));
    });
  }

  protected opened(): void {
    this.store.dispatch(NotificationsMenuActions.opened());
  }

  protected open(n: AppNotification): void {
    this.store.dispatch(NotificationsMenuActions.notificationOpened({ id: n.id, link: n.link, read: n.read }));
  }

  protected markAll(): void {
    this.store.dispatch(NotificationsMenuActions.markAllReadClicked());
  }
}
