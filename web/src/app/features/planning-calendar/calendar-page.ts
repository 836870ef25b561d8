import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Store } from '@ngrx/store';
import { BUYING_UNITS, BUYING_UNIT_LABELS, calendarDay, monthOf, type BuyingUnit } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { formatIn } from '../../core/i18n/dates';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { selectUser } from '../../core/session/session.reducer';
import { loadLatest } from '../../shared/load-latest';
import { UnitsApi, type Unit } from '../admin/units/units.api';
import { MonthDialog } from './month-dialog';
import { PlanningCalendarApi, type CalendarMonth, type CalendarYear } from './planning-calendar.api';
import { CALENDAR_STATUS_LABELS, PLANNING_CALENDAR_TEXT } from './planning-calendar.text';

/** This month in the business's time zone (China time), as the API reckons months. */
const thisMonth = () => monthOf(calendarDay(new Date()));

/**
 * A buying unit's planning calendar (采购计划日历): the twelve months of a year, each with
 * the day departments' requests are due and whether the month still takes them. The unit's
 * clerk edits a month in a dialog; everyone else who may open the section reads it.
 */
@Component({
  selector: 'app-calendar-page',
  imports: [AppDatePipe, MatButtonModule, MatButtonToggleModule, MatIconModule, MatProgressBarModule, MatTooltipModule, TrPipe],
  templateUrl: './calendar-page.html',
  styleUrl: './calendar-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarPage {
  private readonly api = inject(PlanningCalendarApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  private readonly user = inject(Store).selectSignal(selectUser);
  protected readonly text = PLANNING_CALENDAR_TEXT;
  protected readonly statusLabels = CALENDAR_STATUS_LABELS;
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly units = BUYING_UNITS;
  protected readonly current = thisMonth();

  protected readonly unit = signal<BuyingUnit>('OFFICE');
  protected readonly year = signal(Number(this.current.slice(0, 4)));
  private readonly reloads = signal(0);
  protected readonly calendar = signal<CalendarYear | null>(null);
  private readonly orgUnits = signal<Unit[]>([]);

  private readonly query = computed(() => ({ unit: this.unit(), year: this.year(), reload: this.reloads() }));
  protected readonly load = loadLatest(this.query, (q) => this.api.year(q.unit, q.year), (c) => this.calendar.set(c));

  /** The shown year's months once loaded for the unit and year asked (never the previous answer's). */
  protected readonly months = computed(() => {
    const c = this.calendar();
    return c && c.unit.code === this.unit() && c.year === this.year() ? c.months : [];
  });

  constructor() {
    inject(UnitsApi)
      .list()
      .subscribe({ next: (u) => this.orgUnits.set(u), error: () => this.orgUnits.set([]) });
    // A clerk opens the calendar of the unit she buys for.
    effect(() => {
      const own = this.ownUnit();
      if (own) untracked(() => this.unit.set(own));
    });
  }

  /** The buying unit of the reader's purchasing_clerk grant, if any. */
  private readonly ownUnit = computed<BuyingUnit | null>(() => {
    const byId = new Map(this.orgUnits().map((u) => [u.id, u.code]));
    const codes = (this.user()?.roles ?? []).filter((g) => g.role === 'purchasing_clerk').map((g) => byId.get(g.unitId));
    return BUYING_UNITS.find((b) => codes.includes(b)) ?? null;
  });

  protected readonly readOnly = computed(() => this.months().length > 0 && !this.calendar()!.canEdit);

  protected unitName(u: BuyingUnit): string {
    return this.i18n.t(this.unitLabels[u]);
  }

  protected shiftYear(by: number): void {
    this.year.update((y) => y + by);
  }

  protected edit(m: CalendarMonth): void {
    const unit = this.unit();
    MonthDialog.open(this.dialog, { unit, month: m }).subscribe((saved) => {
      if (!saved) return;
      const label = formatIn(this.i18n.lang(), m.month, 'month');
      if (saved === 'stale') this.notify.ok(PLANNING_CALENDAR_TEXT.stale, { month: label });
      else this.notify.ok(PLANNING_CALENDAR_TEXT.saved, { month: label });
      this.reloads.update((n) => n + 1);
    });
  }

  protected readonly trackMonth = (m: CalendarMonth) => m.month;
}
