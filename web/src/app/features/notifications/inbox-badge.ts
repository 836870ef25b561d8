import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { selectInboxCount } from './notifications.reducer';
import { NOTIFICATIONS_TEXT } from './notifications.text';

/** The toolbar's "waiting for me" count; a click opens the inbox. */
@Component({
  selector: 'app-inbox-badge',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, RouterLink, TrPipe],
  template: `
    <a
      mat-button
      routerLink="/approvals"
      class="inbox"
      [attr.aria-label]="text.inboxCount | tr: { count: count() }"
      [matTooltip]="text.inbox | tr"
      data-testid="inbox-link"
    >
      <mat-icon>fact_check</mat-icon>
      <span class="count" [class.zero]="!count()" data-testid="inbox-badge">{{ count() }}</span>
    </a>
  `,
  styles: `
    .inbox { min-width: 0; color: inherit; --mat-button-text-label-text-color: currentColor; }
    .count {
      display: inline-block; min-width: 20px; padding: 0 6px; border-radius: 10px; box-sizing: border-box;
      font: var(--mat-sys-label-medium); line-height: 20px; text-align: center;
      background: var(--mat-sys-error); color: var(--mat-sys-on-error);
    }
    .count.zero { background: transparent; color: inherit; opacity: 0.75; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InboxBadge {
  protected readonly text = NOTIFICATIONS_TEXT;
  protected readonly count = inject(Store).selectSignal(selectInboxCount);
}
