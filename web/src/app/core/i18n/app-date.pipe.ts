import { Pipe, PipeTransform, inject } from '@angular/core';
import { formatIn, type DateStyle } from './dates';
import { I18n } from './i18n';

/**
 * `{{ quote.validUntil | appDate }}`, `{{ entry.at | appDate: 'dateTime' }}`: dates in the app's
 * language, not the browser's. Impure like `tr`, so switching language re-renders them.
 */
@Pipe({ name: 'appDate', pure: false })
export class AppDatePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(value: Date | string | number | null | undefined, style: DateStyle = 'day'): string {
    return formatIn(this.i18n.lang(), value, style);
  }
}
