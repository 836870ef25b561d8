import { Pipe, PipeTransform, inject } from '@angular/core';
import { explainZhe, formatFen, formatSharePercent } from '@portal/domain';
import { I18n } from '../core/i18n/i18n';

/** `{{ line.netFen | fen }}` → '¥12,345.60'. Money travels as integer fen; only the screen shows yuan. */
@Pipe({ name: 'fen' })
export class FenPipe implements PipeTransform {
  transform(fen: number | null | undefined, symbol = true): string {
    if (fen === null || fen === undefined) return '';
    return (symbol ? '¥' : '') + formatFen(fen);
  }
}

/**
 * `{{ quote.paidShareBp | zhe }}` → '6.4折' for 6380 (the users' word for the paid share of list price),
 * to the nearest tenth as domain/ rounds it for the PDFs and messages too; in English
 * '6.4折 — pays 63.8% of list' (domain explainZhe). Impure so a language switch re-renders it.
 */
@Pipe({ name: 'zhe', pure: false })
export class ZhePipe implements PipeTransform {
  private readonly i18n = inject(I18n);
  transform(bp: number | null | undefined): string {
    return bp === null || bp === undefined ? '' : explainZhe(bp, this.i18n.lang());
  }
}

/**
 * `{{ quote.paidShareBp | sharePercent }}` → '45.0%'. Beside a `zhe` (`| sharePercent: 'besideZhe'`)
 * it says nothing in English, where the explained 折 already names the percentage.
 */
@Pipe({ name: 'sharePercent', pure: false })
export class SharePercentPipe implements PipeTransform {
  private readonly i18n = inject(I18n, { optional: true });
  transform(bp: number | null | undefined, where?: 'besideZhe'): string {
    if (bp === null || bp === undefined || (where === 'besideZhe' && this.i18n?.lang() === 'en')) return '';
    return formatSharePercent(bp);
  }
}
