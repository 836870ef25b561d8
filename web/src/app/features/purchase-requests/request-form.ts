import { FormArray, FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import { lineAmountFen, quantityProblem } from '@portal/domain';
import type { Problem } from '../../core/session/session.model';
import type { ItemOption, RequestLine } from './purchase-requests.api';

/** A line asks for a catalogue item of the buying unit, or describes a new one for the clerk to map. */
export type LineKind = 'catalogue' | 'new';

/** One line of the request editor, as typed. `item` holds the picked option, or the text typed while searching. */
export type LineForm = FormGroup<{
  kind: FormControl<LineKind>;
  item: FormControl<ItemOption | string | null>;
  newName: FormControl<string>;
  newSpec: FormControl<string>;
  newUom: FormControl<string>;
  quantity: FormControl<string>;
  neededBy: FormControl<string>;
  purpose: FormControl<string>;
}>;

export type RequestForm = ReturnType<typeof requestForm>;

/** The picked catalogue item of a line, or null while it is only typed text. */
export function pickedItem(value: ItemOption | string | null): ItemOption | null {
  return value && typeof value === 'object' ? value : null;
}

/** The quantity as typed, as a number; null when it is not one (empty, '2,5', 'abc'). */
export function parseQuantity(text: string): number | null {
  const s = text.trim();
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** The unit of measure a line's quantity is counted in: the item's, or the new item's as typed. */
export function lineUom(v: ReturnType<LineForm['getRawValue']>): string {
  return v.kind === 'catalogue' ? (pickedItem(v.item)?.uom ?? '') : v.newUom.trim();
}

/**
 * A line's estimated amount in fen, the way the API stores it (domain lineAmountFen): a
 * catalogue item's prefilled price × the quantity; null without both (a new item has no price).
 */
export function lineEstimateFen(v: ReturnType<LineForm['getRawValue']>): number | null {
  const item = v.kind === 'catalogue' ? pickedItem(v.item) : null;
  const qty = parseQuantity(v.quantity);
  if (!item?.estimate || qty === null || quantityProblem(item.uom, qty) !== null) return null;
  return lineAmountFen(qty, item.estimate.unitPriceFen);
}

const itemPicked = (c: AbstractControl): ValidationErrors | null => {
  const line = c.parent as LineForm | null;
  if (line && line.controls.kind.value !== 'catalogue') return null;
  return pickedItem(c.value as ItemOption | string | null) ? null : c.value ? { pick: true } : { required: true };
};

/** Required only on a new-item line. */
const newItemField = (c: AbstractControl): ValidationErrors | null => {
  const line = c.parent as LineForm | null;
  if (!line || line.controls.kind.value !== 'new') return null;
  return String(c.value ?? '').trim() ? null : { required: true };
};

/** The domain's quantity rule for the line's unit (个 whole, 米 to 3 decimals), so the API's 400 is rarely seen. */
const quantityValid = (c: AbstractControl): ValidationErrors | null => {
  const text = String(c.value ?? '');
  if (!text.trim()) return { required: true };
  const qty = parseQuantity(text);
  if (qty === null) return { notNumber: true };
  const line = c.parent as LineForm | null;
  const problem = quantityProblem(line ? lineUom(line.getRawValue()) : '', qty);
  return problem ? { [problem]: { uom: line ? lineUom(line.getRawValue()) : '' } } : null;
};

/** The editor's form: a note and the lines. Department, buying unit and month are fixed when the request is created. */
export function requestForm() {
  return new FormGroup({
    note: new FormControl('', { nonNullable: true, validators: Validators.maxLength(500) }),
    lines: new FormArray<LineForm>([]),
  });
}

/** A line as saved, or an empty catalogue line (with the needed-by day of the line above: most requests have one). */
export function lineForm(from?: RequestLine, prevNeededBy = ''): LineForm {
  const line: LineForm = new FormGroup({
    kind: new FormControl<LineKind>(from?.newItem ? 'new' : 'catalogue', { nonNullable: true }),
    // A saved line keeps the price it was estimated at when saved; saving again prices it anew.
    item: new FormControl<ItemOption | string | null>(from?.item ? { ...from.item, estimate: from.estimate } : null, itemPicked),
    newName: new FormControl(from?.newItem?.name ?? '', { nonNullable: true, validators: [newItemField, Validators.maxLength(100)] }),
    newSpec: new FormControl(from?.newItem?.spec ?? '', { nonNullable: true, validators: Validators.maxLength(200) }),
    newUom: new FormControl(from?.newItem?.uom ?? '', { nonNullable: true, validators: [newItemField, Validators.maxLength(10)] }),
    quantity: new FormControl(from ? String(from.quantity) : '', { nonNullable: true, validators: quantityValid }),
    neededBy: new FormControl(from?.neededBy ?? prevNeededBy, { nonNullable: true }),
    purpose: new FormControl(from?.purpose ?? '', { nonNullable: true, validators: Validators.maxLength(200) }),
  });
  // Switching kind or item changes which fields are required and how the quantity is counted.
  line.controls.kind.valueChanges.subscribe(() => {
    for (const c of [line.controls.item, line.controls.newName, line.controls.newUom, line.controls.quantity]) c.updateValueAndValidity();
  });
  line.controls.item.valueChanges.subscribe(() => line.controls.quantity.updateValueAndValidity({ emitEvent: false }));
  line.controls.newUom.valueChanges.subscribe(() => line.controls.quantity.updateValueAndValidity({ emitEvent: false }));
  return line;
}

/** A problem's field paths as the form names them: the API speaks of item ids, the form of what was picked or typed. */
export function formPaths(problem: Problem): Problem {
  return {
    ...problem,
    errors: problem.errors?.map((e) => ({
      ...e,
      path: e.path
        .replace(/^lines\.(\d+)\.itemId$/, 'lines.$1.item')
        .replace(/^lines\.(\d+)\.newItem(\.name)?$/, 'lines.$1.newName')
        .replace(/^lines\.(\d+)\.newItem\.spec$/, 'lines.$1.newSpec')
        .replace(/^lines\.(\d+)\.newItem\.uom$/, 'lines.$1.newUom'),
    })),
  };
}
