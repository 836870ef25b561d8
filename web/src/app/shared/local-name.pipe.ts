import { Pipe, PipeTransform, inject } from '@angular/core';
import { localName } from '@portal/domain';
import { I18n } from '../core/i18n/i18n';

/**
 * `{{ slot.name | localName: slot.nameEn }}`: a slot's or an item's English name when the
 * app is in English and it has one, else its Chinese name (domain localName). Impure like
 * `tr`, so a language switch re-renders it.
 */
@Pipe({ name: 'localName', pure: false })
export class LocalNamePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(zh: string | null | undefined, en?: string | null): string {
    return localName(this.i18n.lang(), zh ?? '', en);
  }
}
