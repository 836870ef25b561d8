import { inject } from '@angular/core';
import type { AbstractControl, FormGroup } from '@angular/forms';
import { I18n } from '../core/i18n/i18n';
import { COMMON, type Text } from '../core/i18n/text';
import { serverError } from './server-errors';

/** A validator's error key → its message, or a function that picks one from the error and the field. */
export type FieldChecks = Record<string, Text | ((error: never, field: string) => Text)>;

/**
 * The message under a field, in one order for every form: the server's words first, then
 * 必填, then the form's own checks in the order given. `{min}` and `{max}` in a message are the
 * limit the failing validator holds (minlength/maxlength's requiredLength, min's min, max's max);
 * any other {placeholder} is read from the validator's error object.
 * Call it in a field initializer: `protected readonly error = fieldErrors(this.form, { pattern: TEXT.codeFormat })`.
 */
export function fieldErrors<F extends FormGroup>(form: F, checks: FieldChecks = {}): (field: keyof F['controls'] & string) => string {
  const message = controlErrors(checks);
  return (field) => message(form.controls[field], field);
}

/** The same, for a control reached some other way (a row of a FormArray). */
export function controlErrors(checks: FieldChecks = {}): (control: AbstractControl, field?: string) => string {
  const i18n = inject(I18n);
  const all: FieldChecks = { required: COMMON.required, ...checks };
  const order = ['required', ...Object.keys(checks).filter((k) => k !== 'required')];
  return (control, field = '') => {
    const server = serverError(control);
    if (server) return server;
    for (const key of order) {
      const error: unknown = control.getError(key);
      if (error === null || error === undefined) continue;
      const check = all[key];
      const text = typeof check === 'function' ? check(error as never, field) : check;
      return i18n.t(text, limits(error));
    }
    return '';
  };
}

function limits(error: unknown): Record<string, unknown> | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as Record<string, unknown>;
  return { ...e, min: e['requiredLength'] ?? e['min'], max: e['requiredLength'] ?? e['max'] };
}
