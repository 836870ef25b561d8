import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { BUYING_UNIT_LABELS, categoriesOf, ITEM_CATEGORY_INFO, type BuyingUnit, type ItemCategory } from '@portal/domain';
import type { Observable } from 'rxjs';
import { I18n } from '../../../core/i18n/i18n';
import { COMMON } from '../../../core/i18n/text';
import { TrPipe } from '../../../core/i18n/tr.pipe';
import { toProblem } from '../../../core/http/problem';
import { Notify } from '../../../core/notify';
import { isStaleVersion, serverError, showServerErrors } from '../../../shared/server-errors';
import { PricesApi, type Item, type ItemInput } from '../prices.api';
import { PRICES_TEXT } from '../prices.text';

export interface ItemDialogData {
  item?: Item;
  /** The units the clerk may write: the only ones offered. */
  units: BuyingUnit[];
}

export type ItemDialogResult = Item | 'stale' | undefined;

const CODE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/;

/** Creates or edits an item (物资) of the clerk's own buying unit; the server's field errors show under their fields. */
@Component({
  selector: 'app-item-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatFormFieldModule, MatInputModule, MatSelectModule, MatButtonModule, MatProgressBarModule, TrPipe],
  template: `
    <h2 mat-dialog-title>{{ (editing ? text.editItem : text.newItem) | tr }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content class="fields">
        <div class="two">
          <mat-form-field appearance="outline">
            <mat-label>{{ text.buyingUnit | tr }}</mat-label>
            <mat-select formControlName="buyingUnit" data-testid="item-unit">
              @for (u of data.units; track u) {
                <mat-option [value]="u">{{ unitLabels[u] | tr }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ error('buyingUnit') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ text.category | tr }}</mat-label>
            <mat-select formControlName="category" data-testid="item-category">
              @for (c of categories(); track c) {
                <mat-option [value]="c">{{ categoryInfo[c] | tr }}</mat-option>
              }
            </mat-select>
            <mat-error>{{ error('category') }}</mat-error>
          </mat-form-field>
        </div>
        <div class="two">
          <mat-form-field appearance="outline">
            <mat-label>{{ text.code | tr }}</mat-label>
            <input matInput formControlName="code" autocomplete="off" data-testid="item-code" />
            <mat-error>{{ error('code') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ text.uom | tr }}</mat-label>
            <input matInput formControlName="uom" autocomplete="off" data-testid="item-uom" />
            <mat-error>{{ error('uom') }}</mat-error>
          </mat-form-field>
        </div>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.name | tr }}</mat-label>
          <input matInput formControlName="name" autocomplete="off" data-testid="item-name" />
          <mat-error>{{ error('name') }}</mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ text.spec | tr }}</mat-label>
          <input matInput formControlName="spec" autocomplete="off" data-testid="item-spec" />
          <mat-error>{{ error('spec') }}</mat-error>
        </mat-form-field>
        <div class="two">
          <mat-form-field appearance="outline">
            <mat-label>{{ text.stockOnHand | tr }}</mat-label>
            <input matInput type="number" min="0" formControlName="stockOnHand" data-testid="item-stock" />
            <mat-error>{{ error('stockOnHand') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ text.reorderLevel | tr }}</mat-label>
            <input matInput type="number" min="0" formControlName="reorderLevel" data-testid="item-reorder" />
            <mat-error>{{ error('reorderLevel') }}</mat-error>
          </mat-form-field>
        </div>
      </mat-dialog-content>
      @if (busy()) {<mat-progress-bar mode="indeterminate" />}
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ common.cancel | tr }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="item-save">{{ common.save | tr }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .mat-mdc-dialog-content.fields { display: flex; flex-direction: column; gap: 4px; min-width: min(520px, 80vw); padding-top: 8px; }
    .two { display: flex; gap: 12px; }
    .two mat-form-field { flex: 1; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemDialog {
  protected readonly data = inject<ItemDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ItemDialog, ItemDialogResult>>(MatDialogRef);
  private readonly api = inject(PricesApi);
  private readonly notify = inject(Notify);
  private readonly i18n = inject(I18n);
  protected readonly text = PRICES_TEXT;
  protected readonly common = COMMON;
  protected readonly unitLabels = BUYING_UNIT_LABELS;
  protected readonly categoryInfo = ITEM_CATEGORY_INFO;
  protected readonly busy = signal(false);
  protected readonly editing = this.data.item ?? null;

  private readonly nn = [Validators.required, Validators.min(0), Validators.pattern(/^\d+$/)];
  protected readonly form = inject(FormBuilder).nonNullable.group({
    buyingUnit: [this.editing?.buyingUnit ?? this.data.units[0], Validators.required],
    category: [(this.editing?.category ?? null) as ItemCategory | null, Validators.required],
    code: [this.editing?.code ?? '', [Validators.required, Validators.pattern(CODE)]],
    name: [this.editing?.name ?? '', [Validators.required, Validators.maxLength(100)]],
    spec: [this.editing?.spec ?? '', Validators.maxLength(200)],
    uom: [this.editing?.uom ?? '', [Validators.required, Validators.maxLength(10)]],
    stockOnHand: [this.editing?.stockOnHand ?? 0, this.nn],
    reorderLevel: [this.editing?.reorderLevel ?? 0, this.nn],
  });
  private readonly unit = toSignal(this.form.controls.buyingUnit.valueChanges, { initialValue: this.form.controls.buyingUnit.value });
  /** A category belongs to one unit (DOMAIN.md §2): offer only the chosen unit's. */
  protected readonly categories = computed(() => categoriesOf(this.unit()));

  constructor() {
    this.form.controls.buyingUnit.valueChanges.subscribe((u) => {
      const c = this.form.controls.category.value;
      if (c && ITEM_CATEGORY_INFO[c].unit !== u) this.form.controls.category.setValue(null);
    });
  }

  static open(dialog: MatDialog, data: ItemDialogData): Observable<ItemDialogResult> {
    return dialog.open<ItemDialog, ItemDialogData, ItemDialogResult>(ItemDialog, { data, width: '560px', maxWidth: '95vw' }).afterClosed();
  }

  protected error(name: keyof typeof this.form.controls): string {
    const c = this.form.controls[name];
    const server = serverError(c);
    if (server) return server;
    if (c.hasError('required')) return this.i18n.t(COMMON.required);
    if (name === 'code' && c.hasError('pattern')) return this.i18n.t(PRICES_TEXT.codeFormat);
    if (c.hasError('min') || c.hasError('pattern')) return this.i18n.t(PRICES_TEXT.nonNegative);
    return '';
  }

  protected submit(): void {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const v = this.form.getRawValue();
    const input: ItemInput = {
      code: v.code.trim().toUpperCase(),
      name: v.name.trim(),
      spec: v.spec.trim(),
      uom: v.uom.trim(),
      category: v.category as ItemCategory,
      buyingUnit: v.buyingUnit,
      stockOnHand: Number(v.stockOnHand),
      reorderLevel: Number(v.reorderLevel),
    };
    this.busy.set(true);
    const request = this.editing ? this.api.updateItem(this.editing.id, { ...input, version: this.editing.version }) : this.api.createItem(input);
    request.subscribe({
      next: (item) => this.ref.close(item),
      error: (err: unknown) => {
        this.busy.set(false);
        const p = toProblem(err);
        if (isStaleVersion(p)) return this.ref.close('stale');
        if (!showServerErrors(this.form, p)) this.notify.error(err);
      },
    });
  }
}
