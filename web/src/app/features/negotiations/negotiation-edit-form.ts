import { ChangeDetectionStrategy, Component, OnInit, inject, input, output } from '@angular/core';
import { FormArray, FormBuilder, ReactiveFormsModule, Validators, type FormGroup, type FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { NEGOTIATION_TERM_LABELS, formatFen, parseYuan } from '@portal/domain';
import { TrPipe } from '../../core/i18n/tr.pipe';
import type { EditNegotiation, NegotiationDetail } from './negotiations.api';
import { NEGOTIATION_TEXT, TERM_FIELDS } from './negotiations.text';

type LineGroup = FormGroup<{ lineNo: FormControl<number>; name: FormControl<string>; quantity: FormControl<string>; price: FormControl<string>; taxPct: FormControl<string> }>;

/**
 * The edit of a sheet: every term and line of the version it is based on, sent whole with that
 * version (`baseVersion`). `draft`, when given, is an edit the server refused as stale: its values
 * are laid over the latest version so the user redoes the change instead of typing it again.
 */
@Component({
  selector: 'app-negotiation-edit-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TrPipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="save()" data-testid="negotiation-edit-form">
      <h2>{{ text.editTitle | tr: { n: detail().currentVersion } }}</h2>
      <div class="grid">
        @for (t of terms; track t) {
          <mat-form-field subscriptSizing="dynamic" [class.wide]="t !== 'deliveryDate'">
            <mat-label>{{ termLabels[t] | tr }}</mat-label>
            @if (t === 'deliveryDate') {
              <input matInput type="date" [formControlName]="t" [attr.data-testid]="'edit-' + t" />
            } @else {
              <textarea matInput rows="2" [formControlName]="t" [attr.data-testid]="'edit-' + t"></textarea>
            }
          </mat-form-field>
        }
      </div>
      <div class="scroll">
        <table class="lines" formArrayName="lines">
          <thead>
            <tr>
              <th>{{ text.item | tr }}</th>
              <th class="num">{{ text.quantity | tr }}</th>
              <th class="num">{{ text.unitPriceYuan | tr }}</th>
              <th class="num">{{ text.taxRatePct | tr }}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            @for (g of lines.controls; track g.controls.lineNo.value; let i = $index) {
              <tr [formGroupName]="i">
                <td>{{ g.controls.lineNo.value }}. {{ g.controls.name.value }}</td>
                <td class="num"><input class="cell" formControlName="quantity" inputmode="decimal" [attr.data-testid]="'edit-qty-' + i" [attr.aria-label]="text.quantity | tr" /></td>
                <td class="num"><input class="cell" formControlName="price" inputmode="decimal" [attr.data-testid]="'edit-price-' + i" [attr.aria-label]="text.unitPriceYuan | tr" /></td>
                <td class="num"><input class="cell narrow" formControlName="taxPct" inputmode="decimal" [attr.aria-label]="text.taxRatePct | tr" /></td>
                <td>
                  @if (lines.length > 1) {
                    <button mat-icon-button type="button" (click)="lines.removeAt(i)" [attr.aria-label]="text.removeLine | tr"><mat-icon>delete</mat-icon></button>
                  }
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
      @if (invalidLine) {
        <p class="error">{{ text.badNumber | tr }}</p>
      }
      <mat-form-field class="wide" subscriptSizing="dynamic">
        <mat-label>{{ text.note | tr }}</mat-label>
        <input matInput formControlName="note" data-testid="edit-note" />
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="edit-save"><mat-icon>save</mat-icon>{{ text.saveVersion | tr }}</button>
        <button mat-button type="button" (click)="cancelled.emit()">{{ text.cancel | tr }}</button>
      </div>
    </form>
  `,
  styleUrl: './b2b-form.scss',
  styles: `
    .cell { width: 96px; padding: 6px; font: inherit; text-align: end; border: 1px solid var(--mat-sys-outline-variant); border-radius: 4px; background: transparent; color: inherit; }
    .cell.narrow { width: 56px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NegotiationEditForm implements OnInit {
  readonly detail = input.required<NegotiationDetail>();
  readonly draft = input<EditNegotiation | null>(null);
  readonly busy = input(false);
  readonly saved = output<EditNegotiation>();
  readonly cancelled = output<void>();
  protected readonly text = NEGOTIATION_TEXT;
  protected readonly terms = TERM_FIELDS;
  protected readonly termLabels = NEGOTIATION_TERM_LABELS;
  protected invalidLine = false;

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly lines = new FormArray<LineGroup>([]);
  protected readonly form = this.fb.group({
    qualityRequirements: ['', Validators.maxLength(1000)],
    inspectionMethod: ['', Validators.maxLength(1000)],
    deliveryPlace: ['', Validators.maxLength(300)],
    deliveryDate: ['', Validators.required],
    paymentMethod: ['', Validators.maxLength(500)],
    note: ['', Validators.maxLength(500)],
    lines: this.lines,
  });

  ngOnInit(): void {
    const d = this.detail();
    const draft = this.draft();
    const terms = Object.fromEntries(TERM_FIELDS.map((t) => [t, draft ? draft[t] : d.current.terms[t]]));
    this.form.patchValue({ ...terms, note: draft?.note ?? '' });
    for (const l of d.current.lines) {
      const mine = draft?.lines.find((x) => x.lineNo === l.lineNo);
      if (draft && !mine) continue;
      const v = mine ?? l;
      this.lines.push(
        this.fb.group({
          lineNo: l.lineNo,
          name: l.spec ? `${l.name}（${l.spec}）` : l.name,
          quantity: [String(v.quantity), Validators.required],
          price: [formatFen(v.unitPriceFen).replace(/,/g, ''), Validators.required],
          taxPct: [String(v.taxRateBp / 100), Validators.required],
        }) as LineGroup,
      );
    }
  }

  protected save(): void {
    this.form.markAllAsTouched();
    const lines = this.lines.controls.map((g) => {
      const v = g.getRawValue();
      return { lineNo: v.lineNo, quantity: Number(v.quantity), unitPriceFen: parseYuan(v.price) ?? NaN, taxRateBp: Math.round(Number(v.taxPct) * 100) };
    });
    this.invalidLine = lines.some((l) => !(l.quantity > 0) || !(l.unitPriceFen > 0) || !(l.taxRateBp >= 0 && l.taxRateBp <= 10_000));
    if (this.form.invalid || this.invalidLine) return;
    const v = this.form.getRawValue();
    this.saved.emit({
      baseVersion: this.detail().currentVersion,
      qualityRequirements: v.qualityRequirements,
      inspectionMethod: v.inspectionMethod,
      deliveryPlace: v.deliveryPlace,
      deliveryDate: v.deliveryDate,
      paymentMethod: v.paymentMethod,
      note: v.note,
      lines,
    });
  }
}
