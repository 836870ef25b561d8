import { explainZhe, formatFen, formatSharePercent, type StepCondition } from '@portal/domain';
import type { I18n } from '../../core/i18n/i18n';
import { APPROVALS_TEXT } from './approvals.text';

/** A step's condition in words: "始终", "金额 ≥ ¥100,000.00", "低于 5折（付费比例 < 50.0%）". */
export function conditionText(i18n: I18n, c: StepCondition): string {
  switch (c.kind) {
    case 'always':
      return i18n.t(APPROVALS_TEXT.conditionAlways);
    case 'amountAtLeast':
      return i18n.t(APPROVALS_TEXT.amountAtLeast, { amount: '¥' + formatFen(c.amountFen) });
    case 'paidShareBelow':
      return i18n.t(APPROVALS_TEXT.paidShareBelow, { zhe: explainZhe(c.paidShareBp, i18n.lang()), percent: formatSharePercent(c.paidShareBp) });
    case 'overBudget':
      return i18n.t(APPROVALS_TEXT.conditionOverBudget);
  }
}
