import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { AD_PRICING_UNIT_LABELS } from '@portal/domain';
import { Observable, concatMap, finalize, of } from 'rxjs';
import { I18n } from '../../core/i18n/i18n';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { toProblem } from '../../core/http/problem';
import { Notify } from '../../core/notify';
import { ConfirmDialog } from '../../shared/confirm-dialog';
import { LocalNamePipe } from '../../shared/local-name.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { isStaleVersion } from '../../shared/server-errors';
import { AdSlotsApi } from '../ad-slots/ad-slots.api';
import { AdRateCardsApi, type RateCard, type RateCardPrice, type RateCardSummary } from './ad-rate-cards.api';
import { RATE_CARDS_TEXT } from './ad-rate-cards.text';
import { fenToInput, nextCell, readCell, summarize, type GridRow } from './price-grid';
import { groupByPage } from './rate-card-groups';

interface EditorRow extends GridRow {
  slot: RateCardPrice;
  /** Position among all price inputs, for moving with the keyboard across page groups. */
  index: number;
}

/**
 * A draft card's prices as a keyboard-friendly grid: yuan typed, fen sent (domain parseYuan),
 * saved with the version it read, published after a confirmation that says what publishing means.
 */
@Component({
  selector: 'app-rate-card-editor',
  imports: [FormsModule, MatFormFieldModule, MatInputModule, MatButtonModule, MatIconModule, MatTooltipModule, MatProgressBarModule, TrPipe, FenPipe, LocalNamePipe],
  templateUrl: './rate-card-editor.html',
  styleUrls: ['./rate-card-table.scss', './rate-card-editor.scss'],
  host: { '(keydown)': 'shortcut($event)', '(window:beforeunload)': 'beforeUnload($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RateCardEditor {
  readonly card = input.required<RateCard>();
  /** The month's published card, which this draft supersedes when published. */
  readonly current = input<RateCardSummary | null>(null);
  /** The card as saved or published, for the page to show. */
  readonly changed = output<RateCard>();
  /** Someone else changed or published the card first: the page reloads it. */
  readonly stale = output<void>();

  private readonly api = inject(AdRateCardsApi);
  private readonly slotsApi = inject(AdSlotsApi);
  private readonly dialog = inject(MatDialog);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly text = RATE_CARDS_TEXT;
  protected readonly unitLabels = AD_PRICING_UNIT_LABELS;

  protected readonly busy = signal(false);
  protected readonly rows = signal<EditorRow[]>([]);
  protected readonly note = signal('');
  /** Active slots the draft has no row for yet (added since the copied card), offered blank. */
  private readonly activeSlots = signal<RateCardPrice[]>([]);

  protected readonly summary = computed(() => summarize(this.rows()));
  protected readonly dirty = computed(() => this.summary().changed.length + (this.note() !== this.card().note ? 1 : 0));
  protected readonly groups = computed(() => groupByPage(this.rows().map((r) => ({ ...r.slot, row: r }))));

  constructor() {
    this.slotsApi.list({ active: true, page: 1, pageSize: 500 }).subscribe({
      next: (page) =>
        this.activeSlots.set(
          page.items.map((s) => ({
            slotId: s.id,
            code: s.code,
            name: s.name,
            nameEn: s.nameEn,
            page: s.page,
            format: s.format,
            size: s.size,
            pricingUnit: s.pricingUnit,
            exclusive: s.exclusive,
            priceFen: null,
          })),
        ),
      error: () => this.activeSlots.set([]),
    });
    // A card read afresh (another card, or the same one saved) resets the grid to what the server
    // holds; the slot list arriving later only adds blank rows and keeps what was typed.
    effect(() => {
      const card = this.card();
      const extra = this.activeSlots().filter((s) => !card.prices.some((p) => p.slotId === s.slotId));
      untracked(() => {
        const fresh = this.loadedId !== card.id || this.loadedVersion !== card.version;
        const typed = new Map(fresh ? [] : this.rows().map((r) => [r.slotId, r.text]));
        const all = groupByPage([...card.prices, ...extra]).flatMap((g) => g.rows);
        this.rows.set(
          all.map((slot, index) => ({
            slot,
            index,
            slotId: slot.slotId,
            savedFen: slot.priceFen,
            text: typed.get(slot.slotId) ?? fenToInput(slot.priceFen),
          })),
        );
        if (fresh) this.note.set(card.note);
        this.loadedId = card.id;
        this.loadedVersion = card.version;
      });
    });
  }

  private loadedId = 0;
  private loadedVersion = 0;

  /** Typed prices or a note not saved yet: the page asks before they are thrown away. */
  unsavedCount(): number {
    return this.dirty();
  }

  protected cellError(row: EditorRow): string {
    const cell = readCell(row.text);
    if (cell.ok) return '';
    return this.i18n.t(cell.reason === 'negative' ? RATE_CARDS_TEXT.priceNegative : cell.reason === 'tooLarge' ? RATE_CARDS_TEXT.priceTooLarge : RATE_CARDS_TEXT.priceFormat);
  }

  protected setText(row: EditorRow, text: string): void {
    this.rows.update((rows) => rows.map((r) => (r.slotId === row.slotId ? { ...r, text } : r)));
  }

  /** Leaving a cell shows the amount as it will be stored: '12800' → '12800.00'. */
  protected tidy(row: EditorRow): void {
    const cell = readCell(row.text);
    if (cell.ok && cell.fen !== null) {
      const tidy = fenToInput(cell.fen);
      if (tidy !== row.text) this.setText(row, tidy);
    }
  }

  protected move(event: KeyboardEvent, row: EditorRow): void {
    const to = nextCell(row.index, this.rows().length, event.key, event.shiftKey);
    if (to === null) {
      // Enter on the last row must not submit anything; ↑/↓ must not change a number input.
      if (event.key === 'Enter' || event.key.startsWith('Arrow')) event.preventDefault();
      return;
    }
    event.preventDefault();
    this.tidy(row);
    const input = this.host.nativeElement.querySelectorAll<HTMLInputElement>('input[data-testid="price-input"]')[to];
    input?.focus();
    input?.select();
  }

  /** Closing the tab or reloading with unsaved prices: the browser's own "leave site?" question. */
  protected beforeUnload(event: BeforeUnloadEvent): void {
    if (this.dirty()) event.preventDefault();
  }

  protected shortcut(event: KeyboardEvent): void {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      this.save();
    }
  }

  protected save(): void {
    if (this.busy()) return;
    this.write()?.subscribe((card) => {
      this.notify.ok(RATE_CARDS_TEXT.saved, { revision: card.revision });
      this.changed.emit(card);
    });
  }

  protected publish(): void {
    if (this.busy()) return;
    const s = this.summary();
    if (s.invalid.length) return this.focusFirstInvalid();
    if (!s.prices.length) {
      this.notify.ok(RATE_CARDS_TEXT.nothingToPublish);
      return;
    }
    const card = this.card();
    const current = this.current();
    const lines = [this.i18n.t(RATE_CARDS_TEXT.publishMessage)];
    if (current && current.id !== card.id) lines.push(this.i18n.t(RATE_CARDS_TEXT.publishReplaces, { month: card.month, current: current.revision }));
    if (s.blank.length) lines.push(this.i18n.t(RATE_CARDS_TEXT.publishBlanks, { count: s.blank.length }));
    ConfirmDialog.ask(this.dialog, {
      title: RATE_CARDS_TEXT.publishTitle,
      message: { zh: lines.join('\n\n'), en: lines.join('\n\n') },
      params: { month: card.month, revision: card.revision },
      confirm: RATE_CARDS_TEXT.publish,
    }).subscribe((ok) => {
      if (!ok) return;
      // Unsaved prices are saved first, so what is published is what is on the screen.
      const saved: Observable<RateCard> | null = this.dirty() ? this.write() : of(card);
      if (!saved) return;
      this.busy.set(true);
      saved
        .pipe(
          concatMap((c) => this.api.publish(c.id, c.version)),
          finalize(() => this.busy.set(false)),
        )
        .subscribe({
          next: (published) => {
            this.notify.ok(RATE_CARDS_TEXT.published, { month: published.month, revision: published.revision });
            this.changed.emit(published);
          },
          error: (err: unknown) => this.failed(err),
        });
    });
  }

  /** PUT the grid; null (and the first bad cell focused) when it cannot be sent as it is. */
  private write(): Observable<RateCard> | null {
    const s = this.summary();
    if (s.invalid.length) {
      this.focusFirstInvalid();
      return null;
    }
    const card = this.card();
    this.busy.set(true);
    return new Observable<RateCard>((sub) => {
      const req = this.api
        .save(card.id, { version: card.version, note: this.note().trim(), prices: s.prices })
        .pipe(finalize(() => this.busy.set(false)))
        .subscribe({
          next: (c) => {
            sub.next(c);
            sub.complete();
          },
          error: (err: unknown) => {
            this.failed(err);
            sub.complete();
          },
        });
      return () => req.unsubscribe();
    });
  }

  private failed(err: unknown): void {
    const problem = toProblem(err);
    if (isStaleVersion(problem)) {
      this.notify.ok(RATE_CARDS_TEXT.stale);
      this.stale.emit();
      return;
    }
    this.notify.error(err);
  }

  private focusFirstInvalid(): void {
    const first = this.summary().invalid[0];
    const row = this.rows().find((r) => r.slotId === first);
    if (!row) return;
    const input = this.host.nativeElement.querySelectorAll<HTMLInputElement>('input[data-testid="price-input"]')[row.index];
    input?.focus();
  }
}
