import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { LEDGER_WRITER_ROLES } from '@portal/domain';
import { filter, switchMap } from 'rxjs';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { selectHoldsAny } from '../../core/session/holds-role';
import { reloadable } from '../../shared/load-latest';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { JournalApi, type AccountingPeriod } from './journal.api';
import { JOURNAL_TEXT, PERIOD_STATUS_LABELS } from './journal.text';
import { ReopenDialog } from './reopen-dialog';

/** 会计期间: each month's status; finance closes (结账), reopens with a reason (反结账) and locks (锁定, final). */
@Component({
  selector: 'app-periods-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatProgressBarModule, TrPipe, AppDatePipe],
  template: `
    <div class="page">
      <div class="page-header">
        <h1>{{ text.periodsTitle | tr }}</h1>
        <span class="muted">{{ text.periodsTotal | tr: { total: periods().length } }}</span>
      </div>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" />
      }
      <div class="card">
        <table data-testid="periods-table">
          <thead>
            <tr>
              <th>{{ text.period | tr }}</th>
              <th>{{ common.status | tr }}</th>
              <th class="num">{{ text.entries | tr }}</th>
              <th class="by">{{ text.closedBy | tr }}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            @for (p of periods(); track p.period) {
              <tr [attr.data-testid]="'period-' + p.period.slice(0, 7)">
                <td class="nowrap"><a class="link" [routerLink]="['/journal']" [queryParams]="{ period: p.period }">{{ p.period | appDate: 'month' }}</a></td>
                <td><span class="status-chip" [class]="p.status" [attr.data-testid]="'period-status-' + p.period.slice(0, 7)">{{ statuses[p.status] | tr }}</span></td>
                <td class="num">{{ p.entries }}</td>
                <td class="by">
                  @if (p.closedBy) {
                    {{ p.closedBy.name }} <span class="muted small">{{ p.closedAt | appDate: 'dateTime' }}</span>
                  }
                </td>
                <td class="actions">
                  @if (writes()) {
                    @if (p.status === 'open') {
                      <button mat-stroked-button (click)="close(p)" [attr.data-testid]="'period-close-' + p.period.slice(0, 7)">{{ text.close | tr }}</button>
                    }
                    @if (p.status === 'closed') {
                      <button mat-stroked-button (click)="reopen(p)" [attr.data-testid]="'period-reopen-' + p.period.slice(0, 7)">{{ text.reopen | tr }}</button>
                      <button mat-stroked-button class="danger" (click)="lock(p)" [attr.data-testid]="'period-lock-' + p.period.slice(0, 7)"><mat-icon>lock</mat-icon>{{ text.lock | tr }}</button>
                    }
                  }
                  @if (p.status === 'locked') {
                    <mat-icon class="muted" [attr.aria-label]="statuses.locked | tr">lock</mat-icon>
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
    th.num, td.num { text-align: end; }
    .actions { text-align: end; white-space: nowrap; }
    .actions button + button { margin-inline-start: 8px; }
    .status-chip { margin: 0; }
    .danger { color: var(--mat-sys-error); }
    .nowrap { white-space: nowrap; }
    @media (max-width: 600px) { .by { display: none; } .actions { white-space: normal; } .actions button { margin: 2px 0; white-space: nowrap; } }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodsPage {
  private readonly api = inject(JournalApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = JOURNAL_TEXT;
  protected readonly common = { status: { zh: '状态', en: 'Status' } };
  protected readonly statuses = PERIOD_STATUS_LABELS;
  protected readonly periods = signal<AccountingPeriod[]>([]);
  private readonly read = reloadable(() => this.api.periods(), (ps) => this.periods.set(ps));
  protected readonly loading = this.read.loading;
  protected readonly writes = inject(Store).selectSignal(selectHoldsAny(LEDGER_WRITER_ROLES));

  private moved(p: AccountingPeriod): void {
    this.periods.update((all) => all.map((x) => (x.period === p.period ? p : x)));
    this.notify.ok(JOURNAL_TEXT.moved, { period: p.period.slice(0, 7), status: this.i18n.t(PERIOD_STATUS_LABELS[p.status]) });
  }

  private confirmThen(p: AccountingPeriod, action: 'close' | 'lock'): void {
    const month = p.period.slice(0, 7);
    ConfirmDialog.ask(this.dialog, {
      title: action === 'close' ? JOURNAL_TEXT.closeTitle : JOURNAL_TEXT.lockTitle,
      message: action === 'close' ? JOURNAL_TEXT.closeMessage : JOURNAL_TEXT.lockMessage,
      params: { period: month },
      confirm: action === 'close' ? JOURNAL_TEXT.close : JOURNAL_TEXT.lock,
      danger: action === 'lock',
    })
      .pipe(
        filter((ok) => ok),
        switchMap(() => this.api.movePeriod(p.period, action)),
      )
      .subscribe({ next: (moved) => this.moved(moved), error: (err: unknown) => (this.notify.error(err), this.read.reload()) });
  }

  protected close(p: AccountingPeriod): void {
    this.confirmThen(p, 'close');
  }

  protected lock(p: AccountingPeriod): void {
    this.confirmThen(p, 'lock');
  }

  protected reopen(p: AccountingPeriod): void {
    ReopenDialog.open(this.dialog, p).subscribe((moved) => moved && this.moved(moved));
  }
}
