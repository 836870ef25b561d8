import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18n } from './i18n';
import type { Text } from './text';

/**
 * `{{ text.title | tr }}`. Impure on purpose: it must re-render when the
 * language signal changes, and a lookup costs next to nothing.
 */
@Pipe({ name: 'tr', pure: false })
export class TrPipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(text: Text | null | undefined, params?: Record<string, unknown>): string {
    if (!text) return '';
    this.i18n.lang();
    return this.i18n.t(text, params);
  }
}
