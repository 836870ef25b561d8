import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, Validators, type AbstractControl, type ValidationErrors, type ValidatorFn } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';
import { MatSelectModule } from '@angular/material/select';
import { countAdjustment, quantityProblem, type QuantityProblem } from '@portal/domain';
import { map, type Observable } from 'rxjs';
import { I18n } from '../../core/i18n/i18n';
import { COMMON } from '../../core/i18n/text';
import { fieldErrors } from '../../shared/field-errors';
import { DialogSave } from '../../shared/form-dialog/dialog-save';
import { FORM_DIALOG_IMPORTS, openDialog } from '../../shared/form-dialog/form-dialog';
import { UnitsApi } from '../admin/units/units.api';
import { flattenUnits, unitName } from '../admin/units/unit-tree';
import { StockApi, type StockMoveResult, type StockRow } from './stock.api';
import { STOCK_TEXT } from './stock.text';

export type MoveKind = 'issue' | 'count' | 'receipt';
export interface MoveDialogData {
  kind: MoveKind;
  row: StockRow;
}

/** The same rule the API applies (domain quantityProblem): 个 whole, 米 to three decimals; a count may be 0. */
function quantityValidator(uom: string, allowZero: boolean): ValidatorFn {
  return (c: AbstractControl<number | null>): ValidationErrors | null => {
    if (c.value === null || (c.value as unknown) === '') return null;
    const problem = quantityProblem(uom, Number(c.value), { allowZero });
    return problem ? { quantity: { problem, uom } } : null;
  };
}

/** An issue cannot take more than the books hold: said while typing, and the API refuses it anyway. */
function notAbove(onHand: number): ValidatorFn {
  return (c: AbstractControl<number | null>) => (c.value !== null && Number(c.value) > onHand ? { moreThanOnHand: { onHand } } : null);
}

const PROBLEM_TEXT: Record<QuantityProblem, keyof typeof STOCK_TEXT> = {
  notPositive: 'notPositive',
  notWhole: 'notWhole',
  tooPrecise: 'tooPrecise',
  tooLarge: 'tooLarge',
};

/**
 * One move of an item's store: 领用 (issue to a department, with its purpose), 盘点 (the counted
 * quantity; the difference is the move) or 手工入库 (a receipt with its reason). Closes with what
 * the server recorded; a shortage the server finds shows under the quantity.
 */
@Component({
  selector: 'app-move-dialog',
  imports: [FORM_DIALOG_IMPORTS, MatSelectModule],
  template: `
    <form appFormDialog [formGroup]="form" (ngSubmit)="submit()" saveId="move-save" [save]="save" minWidth="min(420px, 80vw)"
      [title]="title[data.kind] | tr: { name: row.name }" [saveLabel]="text.record | tr">
      <p class="muted on-hand" data-testid="move-on-hand">{{ text.onHandNow | tr: { onHand: row.onHand, uom: row.uom } }}</p>
      @if (data.kind === 'issue') {
        <mat-form-field appearance="outline">
          <mat-label>{{ text.department | tr }}</mat-label>
          <mat-select formControlName="departmentId" data-testid="move-department">
            @for (o of departments(); track o.id) {
              <mat-option [value]="o.id"><span [style.padding-inline-start.em]="o.depth">{{ o.label }}</span></mat-option>
            }
          </mat-select>
          <mat-error data-testid="error-departmentId">{{ error('departmentId') }}</mat-error>
        </mat-form-field>
      }
      <mat-form-field appearance="outline">
        <mat-label>{{ (data.kind === 'count' ? text.counted : text.quantity) | tr }}</mat-label>
        <input matInput type="number" inputmode="decimal" formControlName="quantity" cdkFocusInitial data-testid="move-quantity" />
        <span matTextSuffix>{{ row.uom }}</span>
        @if (data.kind === 'count') {
          <mat-hint data-testid="move-delta">{{ countHint() }}</mat-hint>
        }
        <mat-error data-testid="error-quantity">{{ error('quantity') }}</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>{{ (data.kind === 'issue' ? text.purpose : text.reason) | tr }}</mat-label>
        <input matInput formControlName="text" autocomplete="off" maxlength="500" data-testid="move-text" />
        <mat-hint>{{ hint[data.kind] | tr }}</mat-hint>
        <mat-error data-testid="error-text">{{ error('text') }}</mat-error>
      </mat-form-field>
    </form>
  `,
  styles: `
    .on-hand { margin: 0 0 12px; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveDialog {
  protected readonly data = inject<MoveDialogData>(MAT_DIALOG_DATA);
  private readonly api = inject(StockApi);
  private readonly i18n = inject(I18n);
  protected readonly text = STOCK_TEXT;
  protected readonly common = COMMON;
  protected readonly row = this.data.row;
  protected readonly save = new DialogSave<StockMoveResult>();
  protected readonly title = { issue: STOCK_TEXT.issueTitle, count: STOCK_TEXT.countTitle, receipt: STOCK_TEXT.receiptTitle };
  protected readonly hint = { issue: STOCK_TEXT.purposeHint, count: STOCK_TEXT.countReasonHint, receipt: STOCK_TEXT.receiptHint };
  /** Drawn once per dialog: pressing Record again after a lost answer replays, never moves twice. */
  private readonly key = crypto.randomUUID();

  protected readonly form = inject(FormBuilder).group({
    departmentId: [null as number | null, this.data.kind === 'issue' ? [Validators.required] : []],
    quantity: [
      null as number | null,
      [
        Validators.required,
        quantityValidator(this.row.uom, this.data.kind === 'count'),
        ...(this.data.kind === 'issue' ? [notAbove(this.row.onHand)] : []),
      ],
    ],
    text: ['', [Validators.required, Validators.maxLength(500)]],
  });

  protected readonly error = fieldErrors(this.form, {
    quantity: ({ problem }: { problem: QuantityProblem }) =>
      STOCK_TEXT[this.data.kind === 'count' && problem === 'notPositive' ? 'notNegative' : PROBLEM_TEXT[problem]],
    moreThanOnHand: STOCK_TEXT.moreThanOnHand,
    maxlength: COMMON.tooLong,
  });

  /** Any unit may take goods (a department, a centre, a branch), offered as the tree it is. */
  protected readonly departments = signal<{ id: number; label: string; depth: number }[]>([]);

  private readonly quantity = toSignal(this.form.controls.quantity.valueChanges.pipe(map((v) => (v === null || (v as unknown) === '' ? null : Number(v)))), {
    initialValue: null,
  });
  /** What the count will record, as the server will compute it. */
  protected readonly countHint = computed(() => {
    const counted = this.quantity();
    if (counted === null || !Number.isFinite(counted)) return this.i18n.t(STOCK_TEXT.countHint);
    const delta = countAdjustment(counted, this.row.onHand);
    if (delta === 0) return this.i18n.t(STOCK_TEXT.countSame);
    return this.i18n.t(STOCK_TEXT.countDelta, { delta: delta > 0 ? `+${delta}` : delta, uom: this.row.uom });
  });

  constructor() {
    if (this.data.kind === 'issue') {
      inject(UnitsApi)
        .list()
        .subscribe((units) =>
          this.departments.set(
            flattenUnits(units.filter((u) => u.active)).map((n) => ({ id: n.unit.id, label: unitName(n.unit, this.i18n.lang()), depth: n.depth })),
          ),
        );
    }
  }

  static open(dialog: MatDialog, data: MoveDialogData): Observable<StockMoveResult | undefined> {
    return openDialog<StockMoveResult, MoveDialogData>(dialog, MoveDialog, data, '480px');
  }

  protected submit(): void {
    if (!this.save.ready(this.form)) return;
    const v = this.form.getRawValue();
    const quantity = Number(v.quantity);
    const text = (v.text ?? '').trim();
    const itemId = this.row.itemId;
    const request =
      this.data.kind === 'issue'
        ? this.api.issue({ itemId, quantity, departmentId: v.departmentId!, purpose: text }, this.key)
        : this.data.kind === 'count'
          ? this.api.count({ itemId, counted: quantity, reason: text }, this.key)
          : this.api.receive({ itemId, quantity, reason: text }, this.key);
    this.save.run(request, this.form, { aliases: { counted: 'quantity', purpose: 'text', reason: 'text' } });
  }
}
