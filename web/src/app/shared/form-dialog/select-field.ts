import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { I18n } from '../../core/i18n/i18n';
import type { Text } from '../../core/i18n/text';
import { TrPipe } from '../../core/i18n/tr.pipe';
import { FormField, IN_SURROUNDING_FORM } from './form-field';
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
  viewProviders: IN_SURROUNDING_FORM,
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
export class SelectField<V> extends FormField {
  readonly options = input.required<readonly FilterOption<V>[]>();

  private readonly i18n = inject(I18n);

  protected show(label: Text | string): string {
    return typeof label === 'string' ? label : this.i18n.t(label);
  }
}
