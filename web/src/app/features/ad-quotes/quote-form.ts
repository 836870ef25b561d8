import { FormArray, FormControl, FormGroup, Validators, type AbstractControl, type ValidationErrors } from '@angular/forms';
import type { Problem } from '../../core/session/session.model';
import type { Customer } from './ad-quotes.api';
import { isDay, parseZhe, zheInput } from './quote-editor.state';

/** One line of the quote editor: a slot, its flight and its discount as typed (折). */
export type LineForm = FormGroup<{
  slotId: FormControl<number | null>;
  startsOn: FormControl<string>;
  endsOn: FormControl<string>;
  discount: FormControl<string>;
}>;

const zheValidator = (c: AbstractControl): ValidationErrors | null => (parseZhe(c.value as string) === null ? { zhe: true } : null);
const customerPicked = (c: AbstractControl): ValidationErrors | null =>
  c.value && typeof c.value === 'object' ? null : c.value ? { pick: true } : { required: true };
const flightOrder = (g: AbstractControl): ValidationErrors | null => {
  const { startsOn, endsOn } = (g as LineForm).getRawValue();
  return isDay(startsOn) && isDay(endsOn) && endsOn < startsOn ? { order: true } : null;
};

function today(offsetDays = 0): string {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The quote editor's form: owner unit, a customer picked from the list, validity (a month by default), 折 and lines. */
export function quoteForm() {
  return new FormGroup({
    unitId: new FormControl<number | null>(null, Validators.required),
    customer: new FormControl<Customer | string | null>(null, customerPicked),
    validUntil: new FormControl(today(30), { nonNullable: true, validators: Validators.required }),
    bundle: new FormControl('', { nonNullable: true, validators: zheValidator }),
    note: new FormControl('', { nonNullable: true }),
    lines: new FormArray<LineForm>([]),
  });
}

/** A line as saved, or a new one that starts with the flight of the line above (most quotes run one flight). */
export function lineForm(from?: { slotId: number | null; startsOn: string; endsOn: string; shareBp: number }, prev?: { startsOn: string; endsOn: string } | null): LineForm {
  return new FormGroup(
    {
      slotId: new FormControl<number | null>(from?.slotId ?? null, Validators.required),
      startsOn: new FormControl(from?.startsOn ?? prev?.startsOn ?? '', { nonNullable: true, validators: Validators.required }),
      endsOn: new FormControl(from?.endsOn ?? prev?.endsOn ?? '', { nonNullable: true, validators: Validators.required }),
      discount: new FormControl(from ? zheInput(from.shareBp) : '', { nonNullable: true, validators: zheValidator }),
    },
    { validators: flightOrder },
  );
}

/** A problem's field paths as the form names them: the API speaks of ids and basis points, the form of what the clerk typed. */
export function formPaths(problem: Problem): Problem {
  return {
    ...problem,
    errors: problem.errors?.map((e) => ({
      ...e,
      path: e.path
        .replace(/^customerId$/, 'customer')
        .replace(/^bundleShareBp$/, 'bundle')
        .replace(/^lines\.(\d+)\.shareBp$/, 'lines.$1.discount'),
    })),
  };
}
