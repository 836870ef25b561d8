import type { Standing } from '@portal/domain';
import type { Text } from '../../../core/i18n/text';
import { PRICES_TEXT } from '../prices.text';

/** Why a supplier stands where it does, in a sentence the clerk can act on (DOMAIN.md §2's thresholds). */
export function standingReason(standing: Standing, active: boolean): { text: Text; params: Record<string, unknown> } {
  if (!active) return { text: PRICES_TEXT.reasonInactive, params: {} };
  const params = { points: standing.points, rectifyBy: standing.rectifyBy ?? '', on: standing.terminatedOn ?? '' };
  if (standing.status === 'terminated') return { text: PRICES_TEXT.reasonTerminated, params };
  if (standing.status === 'suspended') {
    if (standing.rectificationOverdue) return { text: PRICES_TEXT.reasonOverdue, params };
    return { text: standing.rectifyBy ? PRICES_TEXT.reasonSuspended : PRICES_TEXT.reasonSuspendedNoDeadline, params };
  }
  return { text: PRICES_TEXT.reasonActive, params };
}
