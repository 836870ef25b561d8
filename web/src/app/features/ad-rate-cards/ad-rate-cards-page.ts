import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { AD_CARD_KEEPER_ROLES, isMonth } from '@portal/domain';
import { catchError, combineLatest, map, of, switchMap, tap, type Observable } from 'rxjs';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { Notify } from '../../core/notify';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { selectRoles } from '../../core/session/session.reducer';
import { AdRateCardsApi, type RateCard, type RateCardFormat, type RateCardSummary } from './ad-rate-cards.api';
import { CARD_STATUS_LABELS, RATE_CARDS_TEXT } from './ad-rate-cards.text';
import { NewCardDialog } from './new-card-dialog';
import { RateCardEditor } from './rate-card-editor';
import { RateCardView } from './rate-card-view';
import { MonthSelect, monthsAround } from '../../shared/month-select';
import { addMonths, defaultCard, revisionHistory, thisMonth } from './revision-history';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';

type Download = { format: RateCardFormat; loaded: number; total: number | null };

/**
 * 《网上商城广告报价》 by month: the current card, its revisions, its PDF and XLSX for printing;
 * for HQ e-commerce staff also the draft of the next revision and its publication.
 */
@Component({
  selector: 'app-ad-rate-cards-page',
  imports: [
    MonthSelect,
    AppDatePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatIconModule,
    MatTooltipModule,
    MatProgressBarModule,
    MatProgressSpinnerModule,
    RateCardView,
    RateCardEditor,
    TrPipe,
  ],
  templateUrl: './ad-rate-cards-page.html',
  styleUrl: './ad-rate-cards-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdRateCardsPage {
  private readonly api = inject(AdRateCardsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18n);
  protected readonly text = RATE_CARDS_TEXT;
  protected readonly common = COMMON;
  protected readonly statusLabels = CARD_STATUS_LABELS;

  private readonly roles = toSignal(inject(Store).select(selectRoles), { initialValue: [] });
  protected readonly canKeep = computed(() => this.roles().some((r) => AD_CARD_KEEPER_ROLES.includes(r)));

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  /** The month in the address (?month=2026-12), so a link or a reload shows the same card. */
  protected readonly month = computed(() => {
    const m = this.params().get('month') ?? '';
    return isMonth(m) ? m : thisMonth();
  });
  /** Two years back for the record, a year ahead for cards drafted early. */
  protected readonly months = monthsAround(thisMonth(), 24, 12);
  private readonly cardParam = computed(() => Number(this.params().get('card')) || null);
  private readonly reloads = signal(0);

  protected readonly loadingList = signal(false);
  protected readonly cards = toSignal(
    combineLatest([toObservable(this.month), toObservable(this.reloads)]).pipe(
      tap(() => this.loadingList.set(true)),
      switchMap(([month]) =>
        this.api.list({ month, page: 1, pageSize: 100 }).pipe(
          map((p) => ({ month, items: p.items })),
          catchError((err: unknown) => {
            this.notify.error(err);
            return of({ month, items: [] as RateCardSummary[] });
          }),
        ),
      ),
      tap(() => this.loadingList.set(false)),
    ),
    { initialValue: null },
  );
  protected readonly history = computed(() => revisionHistory(this.cards()?.items ?? []));
  protected readonly current = computed(() => this.cards()?.items.find((c) => c.status === 'published') ?? null);
  protected readonly draft = computed(() => this.cards()?.items.find((c) => c.status === 'draft') ?? null);

  /** The card asked for in the address if it is this month's, else the month's current one. */
  protected readonly selectedId = computed(() => {
    const items = this.cards()?.items ?? [];
    const wanted = this.cardParam();
    return (items.find((c) => c.id === wanted) ?? defaultCard(items))?.id ?? null;
  });

  protected readonly loadingCard = signal(false);
  private readonly loaded = toSignal(
    combineLatest([toObservable(this.selectedId), toObservable(this.reloads)]).pipe(
      switchMap(([id]) => {
        if (id === null) return of(null);
        this.loadingCard.set(true);
        return this.api.get(id).pipe(
          catchError((err: unknown) => {
            this.notify.error(err);
            return of(null);
          }),
          tap(() => this.loadingCard.set(false)),
        );
      }),
    ),
    { initialValue: null },
  );
  /** A card the editor just saved or published, shown until the next read arrives. */
  private readonly fresh = signal<RateCard | null>(null);
  protected readonly card = computed(() => {
    const fresh = this.fresh();
    const loaded = this.loaded();
    if (fresh && fresh.id === this.selectedId() && (!loaded || loaded.id !== fresh.id || loaded.version <= fresh.version)) return fresh;
    return loaded && loaded.id === this.selectedId() ? loaded : null;
  });
  protected readonly editing = computed(() => this.canKeep() && this.card()?.status === 'draft');

  protected readonly download = signal<Download | null>(null);
  protected readonly formats = [
    { format: 'pdf', icon: 'picture_as_pdf', label: RATE_CARDS_TEXT.downloadPdf },
    { format: 'xlsx', icon: 'grid_on', label: RATE_CARDS_TEXT.downloadXlsx },
  ] as const;

  private readonly editor = viewChild(RateCardEditor);

  /** True at once when nothing is unsaved; otherwise the keeper decides (route guard and in-page moves). */
  canLeave(): Observable<boolean> | boolean {
    const editor = this.editor();
    const card = this.card();
    const count = editor?.unsavedCount() ?? 0;
    if (!count || !card) return true;
    return ConfirmDialog.ask(this.dialog, {
      title: RATE_CARDS_TEXT.discardTitle,
      message: RATE_CARDS_TEXT.discardMessage,
      params: { revision: card.revision, count },
      confirm: RATE_CARDS_TEXT.discard,
      danger: true,
    });
  }

  private leaveThen(then: () => void): void {
    const ok = this.canLeave();
    if (ok === true) then();
    else if (ok !== false) ok.subscribe((yes) => yes && then());
  }

  protected go(month: string): void {
    if (!isMonth(month)) return;
    this.leaveThen(() => {
      this.fresh.set(null);
      void this.router.navigate([], { relativeTo: this.route, queryParams: { month, card: null }, queryParamsHandling: 'merge', replaceUrl: true });
    });
  }

  protected step(n: number): void {
    this.go(addMonths(this.month(), n));
  }

  protected select(card: RateCardSummary): void {
    if (card.id === this.selectedId()) return;
    this.leaveThen(() => this.show(card));
  }

  private show(card: RateCardSummary): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { month: card.month, card: card.id }, queryParamsHandling: 'merge', replaceUrl: true });
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  protected newCard(): void {
    NewCardDialog.open(this.dialog, { month: this.month() }).subscribe((card) => {
      if (!card) return;
      this.notify.ok(RATE_CARDS_TEXT.created, { month: card.month, revision: card.revision });
      this.fresh.set(card);
      this.show(card);
      this.reload();
    });
  }

  protected onChanged(card: RateCard): void {
    this.fresh.set(card);
    this.reload();
  }

  protected get(format: RateCardFormat): void {
    const card = this.card();
    if (!card || this.download()) return;
    this.download.set({ format, loaded: 0, total: null });
    this.api.download(card.id, format).subscribe({
      next: (s) => {
        if (s.kind === 'progress') this.download.set({ format, loaded: s.loaded, total: s.total });
        else this.notify.ok(RATE_CARDS_TEXT.downloaded, { filename: s.filename });
      },
      error: (err: unknown) => {
        this.download.set(null);
        this.notify.error(err);
      },
      complete: () => this.download.set(null),
    });
  }

  protected percent(d: Download): number | null {
    return d.total ? Math.round((100 * d.loaded) / d.total) : null;
  }

  protected percentLabel(d: Download): string {
    const p = this.percent(d);
    return p === null ? `${Math.round(d.loaded / 1024)} KB` : `${p}%`;
  }
}
