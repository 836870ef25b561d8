import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators } from '@angular/forms';
import { MatDialog } from '@angular/material/dialog';
import { BUYING_UNIT_LABELS, categoriesOf, ITEM_CATEGORY_INFO, type BuyingUnit, type ItemCategory } from '@portal/domain';
import type { Observable } from 'rxjs';
import { fieldErrors } from '../../../shared/field-errors';
import { EnglishNameField } from '../../../shared/form-dialog/english-name-field';
import { FormDialogBase } from '../../../shared/form-dialog/form-dialog-base';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../../shared/form-dialog/form-dialog';
import { filterOptions } from '../../../shared/list-frame/select-filter';
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
  imports: [FORM_DIALOG_IMPORTS, EnglishNameField],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="item-save" [save]="save" minWidth="min(520px, 80vw)"
      [title]="(editing ? text.editItem : text.newItem) | tr" [saveLabel]="common.save | tr">
      <div class="two">
        <app-select-field name="buyingUnit" [label]="text.buyingUnit" [options]="unitOptions" [errors]="error" testId="item-unit" />
        <app-select-field name="category" [label]="text.category" [options]="categoryOptions()" [errors]="error" testId="item-category" />
      </div>
      <div class="two">
        <app-text-field name="code" [label]="text.code" [errors]="error" testId="item-code" />
        <app-text-field name="uom" [label]="text.uom" [errors]="error" testId="item-uom" />
      </div>
      <app-text-field name="name" [label]="text.name" [errors]="error" testId="item-name" />
      <app-english-name-field [control]="form.controls.nameEn" [error]="error('nameEn')" placeholder="Copy paper" testId="item-name-en" />
      <app-text-field name="spec" [label]="text.spec" [errors]="error" testId="item-spec" />
      <div class="two">
        <app-text-field name="stockOnHand" [label]="text.stockOnHand" [errors]="error" testId="item-stock" type="number" min="0" />
        <app-text-field name="reorderLevel" [label]="text.reorderLevel" [errors]="error" testId="item-reorder" type="number" min="0" />
      </div>
    </form>
  `,
  styles: `
    .two { display: flex; gap: 12px; }
    .two > * { flex: 1; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemDialog extends FormDialogBase<ItemDialogData, Item> {
  private readonly api = inject(PricesApi);
  protected readonly text = PRICES_TEXT;
  protected readonly unitOptions = filterOptions(this.data.units, BUYING_UNIT_LABELS);
  protected readonly editing = this.data.item ?? null;

  private readonly nn = [Validators.required, Validators.min(0), Validators.pattern(/^\d+$/)];
  protected readonly form = inject(FormBuilder).nonNullable.group({
    buyingUnit: [this.editing?.buyingUnit ?? this.data.units[0], Validators.required],
    category: [(this.editing?.category ?? null) as ItemCategory | null, Validators.required],
    code: [this.editing?.code ?? '', [Validators.required, Validators.pattern(CODE)]],
    name: [this.editing?.name ?? '', [Validators.required, Validators.maxLength(100)]],
    nameEn: [this.editing?.nameEn ?? '', [Validators.maxLength(100)]],
    spec: [this.editing?.spec ?? '', Validators.maxLength(200)],
    uom: [this.editing?.uom ?? '', [Validators.required, Validators.maxLength(10)]],
    stockOnHand: [this.editing?.stockOnHand ?? 0, this.nn],
    reorderLevel: [this.editing?.reorderLevel ?? 0, this.nn],
  });
  protected readonly error = fieldErrors(this.form, {
    pattern: (_, field) => (field === 'code' ? PRICES_TEXT.codeFormat : PRICES_TEXT.nonNegative),
    min: PRICES_TEXT.nonNegative,
  });
  private readonly unit = toSignal(this.form.controls.buyingUnit.valueChanges, { initialValue: this.form.controls.buyingUnit.value });
  /** A category belongs to one unit (DOMAIN.md §2): offer only the chosen unit's. */
  protected readonly categoryOptions = computed(() => filterOptions(categoriesOf(this.unit()), ITEM_CATEGORY_INFO));

  constructor() {
    super();
    this.form.controls.buyingUnit.valueChanges.subscribe((u) => {
      const c = this.form.controls.category.value;
      if (c && ITEM_CATEGORY_INFO[c].unit !== u) this.form.controls.category.setValue(null);
    });
  }

  static open(dialog: MatDialog, data: ItemDialogData): Observable<ItemDialogResult> {
    return openDialog<ItemDialogResult, ItemDialogData>(dialog, ItemDialog, data, '560px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const input: ItemInput = {
      code: v.code.trim().toUpperCase(),
      name: v.name.trim(),
      nameEn: v.nameEn.trim() || null,
      spec: v.spec.trim(),
      uom: v.uom.trim(),
      category: v.category as ItemCategory,
      buyingUnit: v.buyingUnit,
      stockOnHand: Number(v.stockOnHand),
      reorderLevel: Number(v.reorderLevel),
    };
    const request = this.editing ? this.api.updateItem(this.editing.id, { ...input, version: this.editing.version }) : this.api.createItem(input);
    this.save.run(request, this.form, { stale: true });
  }
}
