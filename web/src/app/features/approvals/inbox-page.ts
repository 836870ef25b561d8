import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { selectSections } from '../../core/session/session.reducer';
import { selectInboxCount } from '../notifications/notifications.reducer';
import { InboxPageActions } from './approvals.actions';
import { queryTabs } from '../../shared/tabbed-page';
import { APPROVALS_TEXT } from './approvals.text';
import { RequestList } from './request-list';

/** 审批中心: "waiting for me" and "submitted by me", with delegations and policies a click away. */
@Component({
  selector: 'app-inbox-page',
  imports: [MatTabsModule, MatButtonModule, MatIconModule, RouterLink, RequestList, TrPipe],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ text.title | tr }}</h1>
        <a mat-stroked-button routerLink="/approvals/delegations" data-testid="delegations-link">
          <mat-icon>supervisor_account</mat-icon>{{ text.delegationsLink | tr }}
        </a>
        @if (canSeePolicies()) {
          <a mat-stroked-button routerLink="/approvals/policies" data-testid="policies-link">
            <mat-icon>rule</mat-icon>{{ text.policiesTitle | tr }}
          </a>
        }
      </div>
      <mat-tab-group [selectedIndex]="tabs.index()" (selectedIndexChange)="tabs.select($event)" mat-stretch-tabs="false" animationDuration="0ms">
        <mat-tab>
          <ng-template mat-tab-label>
            <span data-testid="tab-inbox">{{ text.waitingTab | tr }}</span>
            @if (count()) {
              <span class="tab-count">{{ count() }}</span>
            }
          </ng-template>
          <ng-template matTabContent>
            <div class="tab-body"><app-request-list kind="inbox" /></div>
          </ng-template>
        </mat-tab>
        <mat-tab>
          <ng-template mat-tab-label><span data-testid="tab-submitted">{{ text.submittedTab | tr }}</span></ng-template>
          <ng-template matTabContent>
            <div class="tab-body"><app-request-list kind="submitted" /></div>
          </ng-template>
        </mat-tab>
      </mat-tab-group>
    </div>
  `,
  styles: `
    .tab-body { padding-top: 16px; }
    .page-header h1 { white-space: nowrap; }
    .tab-count { margin-inline-start: 6px; padding: 0 7px; border-radius: 10px; font-size: 12px; line-height: 18px;
      background: var(--mat-sys-error); color: var(--mat-sys-on-error); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InboxPage {
  private readonly store = inject(Store);
  protected readonly text = APPROVALS_TEXT;
  /** ?tab=submitted opens the second tab, so the link can be shared and survives a reload. */
  protected readonly tabs = queryTabs([null, 'submitted']);
  protected readonly count = this.store.selectSignal(selectInboxCount);
  private readonly sections = this.store.selectSignal(selectSections);
  protected readonly canSeePolicies = computed(() => this.sections().some((s) => s.key === 'approval-policies'));

  constructor() {
    this.store.dispatch(InboxPageActions.opened());
  }
}
