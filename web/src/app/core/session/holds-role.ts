import { createSelector } from '@ngrx/store';
import type { Role } from '@portal/domain';
import { selectRoles } from './session.reducer';

/**
 * Whether the signed-in user holds any of `roles`, in whichever unit: what a page asks before it offers
 * an action the API would refuse otherwise (`inject(Store).selectSignal(selectHoldsAny(LEDGER_WRITER_ROLES))`).
 */
export const selectHoldsAny = (roles: readonly Role[]) => createSelector(selectRoles, (held) => held.some((r) => roles.includes(r)));
