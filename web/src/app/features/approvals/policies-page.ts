import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { Store } from '@ngrx/store';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { reloadable } from '../../shared/load-latest';
import { queryTabs } from '../../shared/tabbed-page';
import { selectRoles } from '../../core/session/session.reducer';
import { ApprovalsApi, type Policy } from './approvals.api';
import { APPROVALS_TEXT } from './approvals.text';
import { DiscountAuthorityPanel } from './discount-authority-panel';
import { PolicyEditor } from './policy-editor';

/** /approvals/policies: the administrator keeps the approval chains and the ad discount authority; audit reads them. */
@Component({
  selector: 'app-policies-page',
  imports: [MatTabsModule, MatIconModule, MatProgressBarModule, PolicyEditor, DiscountAuthorityPanel, TrPipe],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ text.policiesTitle | tr }}</h1>
        @if (!canEdit()) {
          <span class="readonly" data-testid="policies-read-only"><mat-icon>visibility</mat-icon>{{ text.readOnly | tr }}</span>
        }
      </div>
      <mat-tab-group [selectedIndex]="tabs.index()" (selectedIndexChange)="tabs.select($event)" mat-stretch-tabs="false" animationDuration="0ms">
        <mat-tab>
          <ng-template mat-tab-label><span data-testid="tab-policies">{{ text.policiesTab | tr }}</span></ng-template>
          <div class="tab-body">
            <p class="muted intro">{{ text.policiesIntro | tr }}</p>
            @if (loading()) {
              <mat-progress-bar mode="indeterminate" />
            }
            @for (p of policies(); track p.documentType) {
              <app-policy-editor [policy]="p" [canEdit]="canEdit()" (saved)="replace($event)" (stale)="load()" />
            }
          </div>
        </mat-tab>
        <mat-tab>
          <ng-template mat-tab-label><span data-testid="tab-discounts">{{ text.discountTab | tr }}</span></ng-template>
          <ng-template matTabContent>
            <div class="tab-body"><app-discount-authority-panel [canEdit]="canEdit()" /></div>
          </ng-template>
        </mat-tab>
      </mat-tab-group>
    </div>
  `,
  styles: `
    .tab-body { padding-top: 16px; }
    .intro { margin: 0 0 16px; max-width: 80ch; }
    .page-header h1 { flex: none; }
    .readonly { display: inline-flex; align-items: center; gap: 6px; padding: 4px 12px; border-radius: 999px;
      background: var(--mat-sys-surface-container-highest); color: var(--mat-sys-on-surface-variant); font: var(--mat-sys-label-large); }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PoliciesPage {
  private readonly api = inject(ApprovalsApi);
  protected readonly text = APPROVALS_TEXT;
  /** ?tab=discounts opens the discount authority. */
  protected readonly tabs = queryTabs([null, 'discounts']);
  private readonly roles = inject(Store).selectSignal(selectRoles);
  /** DOMAIN.md §1: the administrator keeps policies; internal audit reads everything and changes nothing. */
  protected readonly canEdit = computed(() => this.roles().includes('admin'));
  protected readonly policies = signal<Policy[]>([]);
  private readonly loader = reloadable(() => this.api.policies(), (p) => this.policies.set(p.items));
  protected readonly loading = this.loader.loading;

  /** Read again when an editor found its policy changed by someone else. */
  load(): void {
    this.loader.reload();
  }

  protected replace(p: Policy): void {
    this.policies.update((all) => all.map((x) => (x.documentType === p.documentType ? p : x)));
  }
}
