import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { map } from 'rxjs';
import type { Text } from '../core/i18n/text';
import { TrPipe } from '../core/i18n/tr.pipe';

/** One tab: the child route's path and its label. */
export interface PageTab {
  path: string;
  label: Text;
}

/**
 * A page of tabs over child routes (the price database, the purchasing ledgers, the ledger
 * reports): its title with whatever the page projects beside it, the tab links, the open tab.
 */
@Component({
  selector: 'app-tabbed-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule, TrPipe],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ title() | tr }}</h1>
        <ng-content />
      </div>
      <nav mat-tab-nav-bar [tabPanel]="panel" mat-stretch-tabs="false" [attr.data-testid]="testId() + '-tabs'">
        @for (t of tabs(); track t.path) {
          <a mat-tab-link [routerLink]="t.path" routerLinkActive #rla="routerLinkActive" [active]="rla.isActive" [attr.data-testid]="testId() + '-tab-' + t.path">
            {{ t.label | tr }}
          </a>
        }
      </nav>
      <mat-tab-nav-panel #panel><router-outlet /></mat-tab-nav-panel>
    </div>
  `,
  styles: `
    .page-header h1 { flex: none; }
    nav { margin-bottom: 16px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TabbedPage {
  readonly title = input.required<Text>();
  readonly tabs = input.required<readonly PageTab[]>();
  /** The prefix of the tabs' test ids: `<testId>-tabs`, `<testId>-tab-<path>`. */
  readonly testId = input.required<string>();
}

/**
 * The open tab of a page's mat-tab-group kept in the address (?tab=…), so a link can open a tab and a
 * reload keeps it: `names` are the tabs' query values in order, null for the first (no parameter).
 * Create it in an injection context:
 *
 *   <mat-tab-group [selectedIndex]="tabs.index()" (selectedIndexChange)="tabs.select($event)">
 */
export function queryTabs(names: readonly (string | null)[]) {
  const router = inject(Router);
  const tab = toSignal(inject(ActivatedRoute).queryParamMap.pipe(map((p) => p.get('tab'))), { requireSync: true });
  return {
    index: computed(() => Math.max(0, names.indexOf(tab()))),
    select: (index: number) => void router.navigate([], { queryParams: { tab: names[index] ?? null }, replaceUrl: true }),
  };
}
