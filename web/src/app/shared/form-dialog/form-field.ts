import { Directive, inject, input, type Provider } from '@angular/core';
import { ControlContainer } from '@angular/forms';
import type { Text } from '../../core/i18n/text';

/** A field component's controls are looked up in the form around it, not in a form of its own. */
export const IN_SURROUNDING_FORM: Provider[] = [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }];

/** What every field of a form dialog (TextField, SelectField) takes: its control's name, label, error messages and test id. */
@Directive()
export abstract class FormField {
  /** The control's name in the surrounding form. */
  readonly name = input.required<string>();
  readonly label = input.required<Text>();
  /** The form's fieldErrors(): the message under a field, or ''. Typed loosely: each form knows its own field names. */
  readonly errors = input.required<(field: never) => string>();
  readonly testId = input<string | null>(null);
  /** 'dynamic' where a row of fields should not keep room for a message that is not there. */
  readonly subscriptSizing = input<'fixed' | 'dynamic'>('fixed');

  /** Read on every check, not memoised: the control's errors are not signals. */
  protected message(): string {
    return (this.errors() as (field: string) => string)(this.name());
  }
}
