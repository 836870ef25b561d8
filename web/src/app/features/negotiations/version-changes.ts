import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { formatFen, NEGOTIATION_TERM_LABELS } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';
import type { NegotiationChanges } from './negotiations.api';
import { NEGOTIATION_TEXT } from './negotiations.text';

const FIELD_LABELS = {
  quantity: NEGOTIATION_TEXT.quantity,
  unitPriceFen: NEGOTIATION_TEXT.unitPrice,
  taxRateBp: NEGOTIATION_TEXT.taxRate,
  name: NEGOTIATION_TEXT.item,
  spec: NEGOTIATION_TEXT.item,
  uom: NEGOTIATION_TEXT.uom,
} as const;

/** What changed from one version to the next: each term before → after, each line's fields. */
@Component({
  selector: 'app-version-changes',
  imports: [TrPipe],
  template: `
    @if (changes(); as c) {
      <ul class="changes" data-testid="version-changes">
        @for (t of c.terms; track t.term) {
          <li>
            <strong>{{ termLabels[t.term] | tr }}</strong>{{ text.colon | tr }}<del>{{ t.before || '—' }}</del> → <ins>{{ t.after || '—' }}</ins>
          </li>
        }
        @for (l of c.lines; track l.lineNo) {
          <li>
            <strong>{{ l.lineNo }}. {{ l.name }}</strong>
            @if (l.kind === 'added') {
              {{ text.lineAdded | tr }}
            } @else if (l.kind === 'removed') {
              {{ text.lineRemoved | tr }}
            } @else {
              @for (f of l.fields; track f.field) {
                <span class="field">{{ fieldLabels[f.field] | tr }}{{ text.colon | tr }}<del>{{ show(f.field, f.before) }}</del> → <ins>{{ show(f.field, f.after) }}</ins></span>
              }
            }
          </li>
        }
      </ul>
    } @else {
      <p class="muted">{{ text.noChanges | tr }}</p>
    }
  `,
  styles: `
    .changes { margin: 0; padding-inline-start: 18px; line-height: 1.8; }
    del { color: var(--mat-sys-error); }
    ins { color: #0b5322; text-decoration: none; font-weight: 600; }
    .field { margin-inline-start: 8px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionChanges {
  readonly changes = input<NegotiationChanges | null>(null);
  protected readonly text = NEGOTIATION_TEXT;
  protected readonly termLabels = NEGOTIATION_TERM_LABELS;
  protected readonly fieldLabels = FIELD_LABELS;

  protected show(field: string, v: string | number | null): string {
    if (v === null) return '—';
    if (field === 'unitPriceFen') return '¥' + formatFen(Number(v));
    if (field === 'taxRateBp') return `${Number(v) / 100}%`;
    return String(v);
  }
}
