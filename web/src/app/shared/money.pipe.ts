import { Pipe, PipeTransform } from '@angular/core';
import { formatFen, formatSharePercent, formatZhe } from '@portal/domain';

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
 * to the nearest tenth as domain/ rounds it for the PDFs and messages too.
 */
@Pipe({ name: 'zhe' })
export class ZhePipe implements PipeTransform {
  transform(bp: number | null | undefined): string {
    return bp === null || bp === undefined ? '' : formatZhe(bp);
  }
}

/** `{{ quote.paidShareBp | sharePercent }}` → '45.0%'. */
@Pipe({ name: 'sharePercent' })
export class SharePercentPipe implements PipeTransform {
  transform(bp: number | null | undefined): string {
    return bp === null || bp === undefined ? '' : formatSharePercent(bp);
  }
}
