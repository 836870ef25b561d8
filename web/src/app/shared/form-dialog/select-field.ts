import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ControlContainer, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { I18n } from '../../core/i18n/i18n';
import type { Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import type { FilterOption } from '../list-frame/select-filter';

/**
 * One pick-from-a-list field of a form, laid out like TextField: outlined, its label, the choices
 * (filterOptions(values, labels)), and the field's error under it (`error-<name>` for tests):
 *
 *   <app-select-field name="platform" [label]="text.platform" [options]="platformOptions" [errors]="error" testId="supplier-platform" />
 */
@Component({
  selector: 'app-select-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatSelectModule, TrPipe],
  // The control is looked up in the form around this field, not in a form of its own.
  viewProviders: [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }],
  template: `
    <mat-form-field appearance="outline" [subscriptSizing]="subscriptSizing()">
      <mat-label>{{ label() | tr }}</mat-label>
      <mat-select [formControlName]="name()" [attr.data-testid]="testId()">
        @for (o of options(); track o.value) {
          <mat-option [value]="o.value">{{ show(o.label) }}</mat-option>
        }
      </mat-select>
      <mat-error [attr.data-testid]="'error-' + name()">{{ message() }}</mat-error>
    </mat-form-field>
  `,
  styles: `
    :host { display: flex; flex-direction: column; }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelectField<V> {
  /** The control's name in the surrounding form. */
  readonly name = input.required<string>();
  readonly label = input.required<Text>();
  readonly options = input.required<readonly FilterOption<V>[]>();
  /** The form's fieldErrors(): the message under a field, or ''. Typed loosely: each form knows its own field names. */
  readonly errors = input.required<(field: never) => string>();
  readonly testId = input<string | null>(null);
  /** 'dynamic' where a row of fields should not keep room for a message that is not there. */
  readonly subscriptSizing = input<'fixed' | 'dynamic'>('fixed');

  private readonly i18n = inject(I18n);

  protected show(label: Text | string): string {
    return typeof label === 'string' ? label : this.i18n.t(label);
  }

  /** Read on every check, not memoised: the control's errors are not signals. */
  protected message(): string {
    return (this.errors() as (field: string) => string)(this.name());
  }
}
