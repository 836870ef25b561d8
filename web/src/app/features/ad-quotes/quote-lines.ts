import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTooltipModule } from '@angular/material/tooltip';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { localName } from '@portal/domain';
import { I18n } from '../../core/i18n/i18n';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import type { Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FenPipe } from '../../shared/money.pipe';
import { redrawOnControlEvents } from '../../shared/control-events';
import { serverError } from '../../shared/server-errors';
import type { AdSlot, Conflict } from './ad-quotes.api';
import { AD_QUOTES_TEXT, PRICING_UNIT_LABELS } from './ad-quotes.text';
import { conflictsByLine, lineComplete, type EditorLine, type LiveTotals } from './quote-editor.state';
import type { LineForm } from './quote-form';

/** A line's notes beside its field errors: a slot clash found by the preview, as the clerk reads it. */
export interface LineConflict {
  severity: 'block' | 'warn';
  text: string;
}

/**
 * The preview's clashes under the form's lines, in the reader's words. The preview numbers
 * only the complete lines it was sent; `indices` maps them back to the form's.
 */
export function lineConflicts(
  conflicts: readonly Conflict[],
  indices: readonly number[],
  t: (text: Text, params: Record<string, unknown>) => string,
): { byLine: Map<number, LineConflict[]>; blocked: boolean } {
  const { byLine, blocked } = conflictsByLine(conflicts);
  const out = new Map<number, LineConflict[]>();
  for (const [sent, list] of byLine) {
    const notes = list.map((c) => ({
      severity: c.severity,
      text: t(c.severity === 'block' ? AD_QUOTES_TEXT.conflictBlock : AD_QUOTES_TEXT.conflictWarn, { number: c.quoteNumber, from: c.startsOn, to: c.endsOn }),
    }));
    out.set(indices[sent] ?? sent, notes);
  }
  return { byLine: out, blocked };
}

/**
 * The quote editor's lines: slot, flight, units, list price, 折 and net per line, with each
 * line's problems under it. The editor owns the form and the figures; this only shows them.
 */
@Component({
  selector: 'app-quote-lines',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTooltipModule,
    TrPipe,
    FenPipe,
    MatDatepickerModule,
  ],
  // Date fields in the app's language, holding the API's YYYY-MM-DD (not the browser's 11/26/2026).
  providers: [provideAppDayAdapter()],
  templateUrl: './quote-lines.html',
  styleUrl: './quote-lines.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QuoteLines {
  private readonly i18n = inject(I18n);
  readonly lines = input.required<LineForm[]>();
  readonly slots = input.required<AdSlot[]>();
  readonly editorLines = input.required<EditorLine[]>();
  readonly totals = input.required<LiveTotals>();
  readonly conflicts = input.required<ReadonlyMap<number, LineConflict[]>>();
  readonly previewing = input(false);
  /** The server's preview answers the form as it is now. */
  readonly previewed = input(false);
  readonly add = output();
  readonly remove = output<number>();

  protected readonly text = AD_QUOTES_TEXT;
  protected readonly pricingUnitLabels = PRICING_UNIT_LABELS;
  protected readonly serverError = serverError;

  constructor() {
    redrawOnControlEvents(this.lines);
  }

  /** Lines whose month has no published card: the preview priced nothing for them. */
  protected noPrice(i: number): boolean {
    const l = this.editorLines()[i];
    return this.previewed() && lineComplete(l) && this.totals().lines[i].unitPriceFen === null;
  }

  /** The whole slot name on hover, since the select cuts it short. */
  protected slotTitle(i: number): string {
    const id = this.editorLines()[i]?.slotId;
    const slot = id === null || id === undefined ? undefined : this.slots().find((s) => s.id === id);
    return slot ? `${this.slotLabel(slot)} · ${slot.page} · ${slot.size}` : '';
  }

  protected slotLabel(s: AdSlot): string {
    return `${s.code} ${localName(this.i18n.lang(), s.name, s.nameEn)}`;
  }
}
