import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Store } from '@ngrx/store';
import { LEDGER_WRITER_ROLES } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { selectHoldsAny } from '../../core/session/holds-role';
import { reloadable } from '../../shared/load-latest';
import { AccountDialog } from './account-dialog';
import { JournalApi, type Account } from './journal.api';
import { JOURNAL_TEXT, NORMAL_SIDE_LABELS } from './journal.text';

/** 会计科目: the chart as a tree (indented by level); finance adds a sub-account under one without postings. */
@Component({
  selector: 'app-accounts-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule, TrPipe],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ text.accountsTitle | tr }}</h1>
        <span class="muted">{{ text.accountsTotal | tr: { total: accounts().length } }}</span>
      </div>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <div class="card">
        <table data-testid="accounts-table">
          <thead>
            <tr>
              <th>{{ text.code | tr }}</th>
              <th>{{ text.name | tr }}</th>
              <th class="side">{{ text.normalSide | tr }}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            @for (a of accounts(); track a.code) {
              <tr [attr.data-testid]="'account-' + a.code" [class.parent]="!a.leaf">
                <td class="mono nowrap" [style.padding-inline-start.px]="12 + depth(a) * 20">{{ a.code }}</td>
                <td>
                  {{ name(a) }}
                  @if (a.leaf) {
                    <span class="status-chip open">{{ text.leaf | tr }}</span>
                  }
                  @if (a.posted) {
                    <span class="status-chip">{{ text.hasPostings | tr }}</span>
                  }
                </td>
                <td class="side">{{ sides[a.normalSide] | tr }}</td>
                <td class="actions">
                  @if (writes()) {
                    <button mat-icon-button (click)="add(a)" [disabled]="a.posted" [matTooltip]="(a.posted ? text.postedParent : text.addAccount) | tr"
                      [attr.aria-label]="text.addAccount | tr" [attr.data-testid]="'account-add-' + a.code">
                      <mat-icon>add</mat-icon>
                    </button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </div>
  `,
  styleUrls: ['./journal.scss', './journal-tables.scss'],
  styles: `
    tr.parent td { font-weight: 600; }
    .actions { width: 48px; text-align: end; padding: 0 4px; }
    @media (max-width: 600px) { .side { display: none; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountsPage {
  private readonly api = inject(JournalApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = JOURNAL_TEXT;
  protected readonly sides = NORMAL_SIDE_LABELS;
  protected readonly accounts = signal<Account[]>([]);
  private readonly read = reloadable(() => this.api.accounts(), (as) => this.accounts.set(as));
  protected readonly loading = this.read.loading;
  protected readonly writes = inject(Store).selectSignal(selectHoldsAny(LEDGER_WRITER_ROLES));

  protected depth(a: Account): number {
    return a.code.split('.').length - 1;
  }

  protected name(a: Account): string {
    return this.i18n.lang() === 'en' && a.nameEn ? a.nameEn : a.name;
  }

  protected add(parent: Account): void {
    AccountDialog.open(this.dialog, parent).subscribe((added) => {
      if (!added) return;
      this.notify.ok(JOURNAL_TEXT.accountAdded, { code: added.code });
      this.read.reload();
    });
  }
}
