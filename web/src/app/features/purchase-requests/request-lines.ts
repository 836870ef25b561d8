import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatTooltipModule } from '@angular/material/tooltip';
import { PLATFORM_LABELS } from '@portal/domain';
import { AppDatePipe } from '../../core/i18n/app-date.pipe';
import { I18n } from '../../core/i18n/i18n';
import { provideAppDayAdapter } from '../../core/i18n/app-day-adapter';
import { COMMON } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { redrawOnControlEvents } from '../../shared/control-events';
import { controlErrors } from '../../shared/field-errors';
import { FenPipe } from '../../shared/money.pipe';
import type { ItemOption, PriceEstimate } from './purchase-requests.api';
import { PURCHASE_REQUESTS_TEXT } from './purchase-requests.text';
import { lineUom, pickedItem, type LineForm } from './request-form';

const TEXT = PURCHASE_REQUESTS_TEXT;

/**
 * The request editor's lines: an item picked from the buying unit's catalogue (with the price
 * it will be estimated at, and where that price came from) or a new item described in words;
 * quantity, needed-by day, purpose and the line's estimated amount. The editor owns the form
 * and the item search; this only shows them. On a phone each line stacks its fields.
 */
@Component({
  selector: 'app-request-lines',
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatDatepickerModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatTooltipModule,
    AppDatePipe,
    TrPipe,
    FenPipe,
  ],
  // Date fields in the app's language, holding the API's YYYY-MM-DD (not the browser's 11/26/2026).
  providers: [provideAppDayAdapter()],
  templateUrl: './request-lines.html',
  styleUrl: './request-lines.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestLines {
  readonly lines = input.required<LineForm[]>();
  /** Each line's estimated amount (fen), null where there is none yet. */
  readonly estimates = input.required<(number | null)[]>();
  /** The item search's answer for the line being typed in. */
  readonly options = input.required<ItemOption[]>();
  readonly add = output();
  readonly remove = output<number>();
  /** The text typed in a line's item field: the editor searches the catalogue for it. */
  readonly itemSearch = output<string>();

  private readonly i18n = inject(I18n);
  protected readonly text = TEXT;
  protected readonly error = controlErrors({
    pick: TEXT.itemPick,
    notNumber: TEXT.notNumber,
    notPositive: TEXT.notPositive,
    notWhole: TEXT.notWhole,
    tooPrecise: TEXT.tooPrecise,
    tooLarge: TEXT.tooLarge,
    maxlength: COMMON.tooLong,
  });
  protected readonly picked = pickedItem;

  constructor() {
    redrawOnControlEvents(this.lines);
  }

  protected readonly displayItem = (v: ItemOption | string | null): string => (v && typeof v === 'object' ? `${v.code} ${v.name}` : (v ?? ''));

  /** Where a price was seen: the platform and the shop. */
  protected source(e: PriceEstimate): string {
    return `${this.i18n.t(PLATFORM_LABELS[e.platform])} · ${e.shopName}`;
  }

  protected uom(line: LineForm): string {
    return lineUom(line.getRawValue());
  }

  protected typed(event: Event): void {
    this.itemSearch.emit((event.target as HTMLInputElement).value);
  }

  /** Flips a line between a catalogue item and a new one, keeping what was typed in either. */
  protected toggleKind(line: LineForm): void {
    line.controls.kind.setValue(line.controls.kind.value === 'catalogue' ? 'new' : 'catalogue');
  }
}
