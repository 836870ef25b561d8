import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { calendarDay, formatFen, shiftPeriod } from '@portal/domain';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { LocalNamePipe } from '../../shared/local-name.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { monthsAround } from '../../shared/month-select';
import { MonthStepper } from '../../shared/month-stepper';
import { IncomeRecognitionApi, type MonthEndPreview, type MonthEndResult } from './income-recognition.api';
import { INCOME_RECOGNITION_TEXT } from './income-recognition.text';

/**
 * 月末结转: finance picks a month (last month by default, the one usually closed next), sees each
 * signed agreement's income for it, and posts it after a confirm. A re-run posts nothing new, and
 * the server refuses a closed month whatever this page shows.
 */
@Component({
  selector: 'app-month-end-page',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, MatTooltipModule, TrPipe, FenPipe, LocalNamePipe, MonthStepper],
  templateUrl: './month-end-page.html',
  styleUrl: './month-end-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MonthEndPage {
  private readonly api = inject(IncomeRecognitionApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  protected readonly text = INCOME_RECOGNITION_TEXT;
  protected readonly common = COMMON;
  private readonly thisMonth = calendarDay(new Date()).slice(0, 7);
  protected readonly months = monthsAround(this.thisMonth, 24, 1);
  protected readonly month = signal(shiftPeriod(`${this.thisMonth}-01`, -1).slice(0, 7));
  protected readonly preview = signal<MonthEndPreview | null>(null);
  protected readonly loading = signal(false);
  protected readonly running = signal(false);
  protected readonly result = signal<MonthEndResult | null>(null);

  protected readonly status = computed(() => {
    const s = this.preview()?.periodStatus;
    return s === 'open' ? this.text.statusOpen : s === 'closed' ? this.text.statusClosed : s === 'locked' ? this.text.statusLocked : this.text.statusNone;
  });
  protected readonly closed = computed(() => ['closed', 'locked'].includes(this.preview()?.periodStatus ?? ''));
  protected readonly canRun = computed(() => !this.closed() && (this.preview()?.toPost.count ?? 0) > 0 && !this.running());
  protected readonly fmt = formatFen;

  constructor() {
    this.load();
  }

  protected go(month: string): void {
    this.month.set(month);
    this.result.set(null);
    this.load();
  }

  protected load(): void {
    this.loading.set(true);
    this.api.preview(this.month()).subscribe({
      next: (p) => {
        this.preview.set(p);
        this.loading.set(false);
      },
      error: (err: unknown) => {
        this.loading.set(false);
        this.notify.error(err);
      },
    });
  }

  protected run(): void {
    const p = this.preview();
    if (!p) return;
    const params = { month: this.month(), count: p.toPost.count, gross: formatFen(p.toPost.grossFen), vat: formatFen(p.toPost.vatFen) };
    ConfirmDialog.ask(this.dialog, { title: this.text.confirmTitle, message: this.text.confirmMessage, params, confirm: this.text.run }).subscribe((ok) => {
      if (!ok) return;
      this.running.set(true);
      // One key per confirmed run: a retry of the same click replays, a later run asks afresh.
      this.api.run(this.month(), crypto.randomUUID()).subscribe({
        next: (r) => {
          this.running.set(false);
          this.result.set(r);
          this.notify.ok({ zh: r.message, en: r.message });
          this.load();
        },
        error: (err: unknown) => {
          this.running.set(false);
          this.notify.error(err);
          this.load();
        },
      });
    });
  }
}
